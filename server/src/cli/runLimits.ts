/*
 * The budgets of `asl run`: what a run may spend and how it is stopped. Parses --timeout,
 * --max-history-events, --expression-timeout and --expression-max-depth into interpreter options,
 * and builds the RunControl that keeps the run interruptible (Ctrl+C, the wall-clock budget).
 * Knows the interpreter's limits only through its exported defaults.
 */
import { DEFAULT_EXPRESSION_LIMITS } from '../interpreter/environment';
import type { RunControl } from '../interpreter/execution';
import { MAX_HISTORY_EVENTS_OPTION, runLimitsOf, type LimitValues, type RunLimits } from '../launch/runLimits';

export const LIMIT_OPTIONS = ['timeout', 'max-history-events', 'expression-timeout', 'expression-max-depth'] as const;

export const LIMITS_USAGE = `  --timeout <seconds>                    stop the run (TIMED_OUT, States.Timeout) after this much wall-clock time
  --max-history-events <n>               the history quota (default 25000 as in AWS; at most ${MAX_HISTORY_EVENTS_OPTION})
  --expression-timeout <seconds>         wall-clock budget of one JSONata expression (default ${DEFAULT_EXPRESSION_LIMITS.timeoutMs / 1000})
  --expression-max-depth <n>             evaluation depth of one JSONata expression (default ${DEFAULT_EXPRESSION_LIMITS.maxDepth})`;

const OPTION_OF: Record<keyof LimitValues, (typeof LIMIT_OPTIONS)[number]> = {
  timeout: 'timeout',
  maxHistoryEvents: 'max-history-events',
  expressionTimeout: 'expression-timeout',
  expressionMaxDepth: 'expression-max-depth',
};

/** The limits the options ask for, or a message naming the bad option (launch/runLimits.ts validates). */
export function parseRunLimits(opts: Readonly<Record<string, string>>): RunLimits | string {
  const values: LimitValues = {
    timeout: opts[OPTION_OF.timeout],
    maxHistoryEvents: opts[OPTION_OF.maxHistoryEvents],
    expressionTimeout: opts[OPTION_OF.expressionTimeout],
    expressionMaxDepth: opts[OPTION_OF.expressionMaxDepth],
  };
  return runLimitsOf(values, (key) => `--${OPTION_OF[key]}`);
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
