/*
 * The run limits every launch takes (`asl run` options, debugger launch attributes): the wall-clock
 * budget, the history quota and the budget of one JSONata expression, validated once here into
 * interpreter options. Callers name the values their own way (`--timeout`, `"timeout"`).
 */
import type { EnvironmentOptions } from '../interpreter/environment';
import { DEFAULT_EXPRESSION_LIMITS } from '../interpreter/environment';

/**
 * The largest history quota (10x AWS's): a history this long, printed with --history, fits in
 * 256 MB of heap.
 */
export const MAX_HISTORY_EVENTS_OPTION = 250_000;

/** The limits as given: text (command line) or numbers (launch configuration); undefined: the default. */
export interface LimitValues {
  /** Seconds of wall-clock time. */
  readonly timeout?: unknown;
  readonly maxHistoryEvents?: unknown;
  /** Seconds of one JSONata expression. */
  readonly expressionTimeout?: unknown;
  readonly expressionMaxDepth?: unknown;
}

export interface RunLimits {
  readonly env: Pick<EnvironmentOptions, 'maxHistoryEvents' | 'expressionLimits'>;
  /** Wall-clock budget in ms, if any. */
  readonly timeoutMs?: number;
}

/** The limits the values ask for, or a message naming the bad one as `nameOf` spells it. */
export function runLimitsOf(values: LimitValues, nameOf: (key: keyof LimitValues) => string): RunLimits | string {
  const timeout = positive(values.timeout, nameOf('timeout'), false);
  const history = positive(values.maxHistoryEvents, nameOf('maxHistoryEvents'), true);
  const exprTimeout = positive(values.expressionTimeout, nameOf('expressionTimeout'), false);
  const exprDepth = positive(values.expressionMaxDepth, nameOf('expressionMaxDepth'), true);
  for (const v of [timeout, history, exprTimeout, exprDepth]) if (typeof v === 'string') return v;
  if (typeof history === 'number' && history > MAX_HISTORY_EVENTS_OPTION)
    return `${nameOf('maxHistoryEvents')} must be at most ${MAX_HISTORY_EVENTS_OPTION}`;
  const timeoutMs = typeof timeout === 'number' ? timeout * 1000 : undefined;
  // A run's budget also bounds each expression: nothing may run past the timeout.
  const exprMs = Math.min(
    typeof exprTimeout === 'number' ? exprTimeout * 1000 : DEFAULT_EXPRESSION_LIMITS.timeoutMs,
    timeoutMs ?? Infinity,
  );
  const expressionLimits = { timeoutMs: exprMs, ...(typeof exprDepth === 'number' && { maxDepth: exprDepth }) };
  return { env: { maxHistoryEvents: history as number | undefined, expressionLimits }, timeoutMs };
}

function positive(given: unknown, name: string, integer: boolean): number | string | undefined {
  if (given === undefined) return undefined;
  const value = typeof given === 'string' && given.trim() !== '' ? Number(given) : given;
  const ok = typeof value === 'number' && Number.isFinite(value) && value > 0 && (!integer || Number.isInteger(value));
  return ok ? value : `${name} must be a positive ${integer ? 'integer' : 'number'}`;
}
