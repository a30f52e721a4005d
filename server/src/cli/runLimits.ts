/*
 * The budgets of `asl run`: what a run may spend and how it is stopped. Parses --timeout,
 * --max-history-events, --expression-timeout and --expression-max-depth into interpreter options,
 * and builds the RunControl that keeps the run interruptible (Ctrl+C, the wall-clock budget).
 * Knows the interpreter's limits only through its exported defaults.
 */
import type { EnvironmentOptions } from '../interpreter/environment';
import { DEFAULT_EXPRESSION_LIMITS } from '../interpreter/environment';
import type { RunControl } from '../interpreter/execution';

/**
 * The largest --max-history-events (10x AWS's quota): a history this long, printed with --history,
 * fits in 256 MB of heap.
 */
export const MAX_HISTORY_EVENTS_OPTION = 250_000;

export const LIMIT_OPTIONS = ['timeout', 'max-history-events', 'expression-timeout', 'expression-max-depth'] as const;

export const LIMITS_USAGE = `  --timeout <seconds>                    stop the run (TIMED_OUT, States.Timeout) after this much wall-clock time
  --max-history-events <n>               the history quota (default 25000 as in AWS; at most ${MAX_HISTORY_EVENTS_OPTION})
  --expression-timeout <seconds>         wall-clock budget of one JSONata expression (default ${DEFAULT_EXPRESSION_LIMITS.timeoutMs / 1000})
  --expression-max-depth <n>             evaluation depth of one JSONata expression (default ${DEFAULT_EXPRESSION_LIMITS.maxDepth})`;

export interface RunLimits {
  readonly env: Pick<EnvironmentOptions, 'maxHistoryEvents' | 'expressionLimits'>;
  /** Wall-clock budget of the whole run in ms, if any. */
  readonly timeoutMs?: number;
}

/** The limits the options ask for, or a message naming the bad option. */
export function parseRunLimits(opts: Readonly<Record<string, string>>): RunLimits | string {
  const timeout = positive(opts, 'timeout', false);
  const history = positive(opts, 'max-history-events', true);
  const exprTimeout = positive(opts, 'expression-timeout', false);
  const exprDepth = positive(opts, 'expression-max-depth', true);
  for (const v of [timeout, history, exprTimeout, exprDepth]) if (typeof v === 'string') return v;
  if (typeof history === 'number' && history > MAX_HISTORY_EVENTS_OPTION)
    return `--max-history-events must be at most ${MAX_HISTORY_EVENTS_OPTION}`;
  const timeoutMs = typeof timeout === 'number' ? timeout * 1000 : undefined;
  // A run's budget also bounds each expression: nothing may run past --timeout.
  const exprMs = Math.min(
    typeof exprTimeout === 'number' ? exprTimeout * 1000 : DEFAULT_EXPRESSION_LIMITS.timeoutMs,
    timeoutMs ?? Infinity,
  );
  const expressionLimits = { timeoutMs: exprMs, ...(typeof exprDepth === 'number' && { maxDepth: exprDepth }) };
  return { env: { maxHistoryEvents: history as number | undefined, expressionLimits }, timeoutMs };
}

function positive(opts: Readonly<Record<string, string>>, name: string, integer: boolean): number | string | undefined {
  const text = opts[name];
  if (text === undefined) return undefined;
  const value = Number(text);
  const ok = text.trim() !== '' && Number.isFinite(value) && value > 0 && (!integer || Number.isInteger(value));
  return ok ? value : `--${name} must be a positive ${integer ? 'integer' : 'number'}`;
}

/** The control of one CLI run: yields to the event loop (so Ctrl+C is seen) and enforces --timeout. */
export function runControl(limits: RunLimits, signal: AbortSignal): RunControl {
  // process.hrtime, not performance.now: the `performance` global loads perf_hooks (~2 ms of start-up)
  const stopwatch = () => Number(process.hrtime.bigint()) / 1e6;
  const seconds = (limits.timeoutMs ?? 0) / 1000;
  return {
    stopwatch,
    signal,
    abortError: 'Interrupted',
    abortCause: 'The run was interrupted (Ctrl+C).',
    ...(limits.timeoutMs !== undefined && {
      deadline: stopwatch() + limits.timeoutMs,
      deadlineCause: `The run took longer than its --timeout of ${seconds} s (wall-clock time).`,
    }),
    yieldToHost: () => new Promise<void>((resolve) => setImmediate(resolve)),
  };
}
