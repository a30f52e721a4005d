// Checks that a value received from another process (a DAP event body, the overlay file `asl run`
// writes) has the ExecutionOverlay shape of server/src/debugProtocol.ts before the bus gets it.
// Pure: no `vscode`, no I/O.
import type { ExecutionOverlay, ExecutionStatus } from '../../../server/src/debugProtocol';

const STATUSES: readonly ExecutionStatus[] = ['RUNNING', 'SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED'];

export function asOverlay(value: unknown): ExecutionOverlay | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const o = value as Partial<Record<keyof ExecutionOverlay, unknown>>;
  const ok =
    typeof o.definitionPath === 'string' &&
    (o.source === 'debug' || o.source === 'run') &&
    STATUSES.includes(o.status as ExecutionStatus) &&
    Array.isArray(o.states) &&
    o.states.every((s) => typeof (s as { name?: unknown } | null)?.name === 'string') &&
    isStringArray(o.current) &&
    isStringArray(o.path);
  return ok ? (value as ExecutionOverlay) : undefined;
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}
