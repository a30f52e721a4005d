/*
 * What an execution may use from the outside world, all injected: the clock (simulated by
 * default: Waits and retry back-off advance virtual time instantly), a seeded random source,
 * task dispatch (mocks / local handlers) and the distributed Map's item and result-writer files.
 * The interpreter itself does no I/O and reads no real timers.
 */
import type { Failure } from './failure';
import type { TaskDispatcher } from './tasks';
import { seededRandom, uuidFrom } from './random';

export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Moves time forward to `at` (simulated) or really waits until then (real time). */
  advanceTo(at: number): void | Promise<void>;
  /** True when advanceTo really waits. */
  readonly realTime: boolean;
}

export class SimulatedClock implements Clock {
  readonly realTime = false;
  constructor(private time: number = Date.UTC(2024, 0, 1)) {}
  now(): number {
    return this.time;
  }
  advanceTo(at: number): void {
    if (at > this.time) this.time = at;
  }
}

/** Real time, for `--real-time`: waits with setTimeout (the only timer, injected by the caller). */
export class RealClock implements Clock {
  readonly realTime = true;
  constructor(
    private readonly sleep: (ms: number) => Promise<void>,
    private readonly nowFn: () => number,
  ) {}
  now(): number {
    return this.nowFn();
  }
  advanceTo(at: number): Promise<void> | void {
    const ms = at - this.nowFn();
    return ms > 0 ? this.sleep(ms) : undefined;
  }
}

/** The distributed Map's window on files the user configured (`--items-dir`, `--result-dir`). */
export interface ObjectStore {
  /** Text of s3://bucket/key, or a Failure (States.ItemReaderFailed) when it cannot be read. */
  getObject(bucket: string, key: string): string | Failure;
  /** Keys under s3://bucket/prefix with their sizes (s3:listObjectsV2). */
  listObjects?(bucket: string, prefix: string): { Key: string; Size: number }[] | Failure;
  /** Writes s3://bucket/key (ResultWriter); a Failure becomes States.ResultWriterFailed. */
  putObject?(bucket: string, key: string, body: string): void | Failure;
}

export interface ExecutionIdentity {
  readonly stateMachineName: string;
  readonly executionName: string;
  readonly region: string;
  readonly account: string;
  readonly roleArn: string;
}

/** Which branch of a state an execution took: a Choice rule or Default, a retrier, a catcher. */
export type BranchKind = 'choiceRule' | 'choiceDefault' | 'retry' | 'catch';

/**
 * Told each time a state takes a branch (`asl test` coverage). `index` is the rule's, retrier's or
 * catcher's position in its array (0 for a Default). Optional; it must not throw.
 */
export interface BranchObserver {
  branchTaken(kind: BranchKind, state: string, index: number): void;
}

export interface Environment {
  /** Told which Choice rules, retriers and catchers the execution took (coverage); absent: nobody listens. */
  readonly observer?: BranchObserver;
  readonly clock: Clock;
  readonly random: () => number;
  readonly tasks: TaskDispatcher;
  readonly objects?: ObjectStore;
  readonly identity: ExecutionIdentity;
  /** Maximum number of state transitions before the execution fails (no input hangs the process). */
  readonly maxTransitions: number;
  /** History events after which the execution fails with States.Runtime (AWS's quota: 25,000). */
  readonly maxHistoryEvents: number;
  /** Per-expression budgets of JSONata evaluation, measured on a real (not simulated) stopwatch. */
  readonly evaluationBudget: EvaluationBudget;
  /** Record history events (on by default; the debugger and `--history` need them). */
  readonly recordHistory: boolean;
  /**
   * Keep the data-flow stages of every state that exits (After InputPath … After ResultPath), for the
   * debugger's view of states already left (`Execution.stagesAt`). Off by default: no cost to `asl run`.
   */
  readonly recordStages: boolean;
  /**
   * Keep state inputs/outputs in StateEntered/StateExited events (on by default; `asl run` without --history turns it
   * off).
   */
  readonly historyPayloads: boolean;
  /**
   * When every active branch waits for a task token nobody can send (the CLI), let virtual time run
   * so that task timeouts fire; otherwise (the debugger) run() returns and the execution stays RUNNING.
   */
  readonly advanceWhenIdle: boolean;
}

export interface EnvironmentOptions {
  clock?: Clock;
  seed?: number;
  tasks?: TaskDispatcher;
  objects?: ObjectStore;
  identity?: Partial<ExecutionIdentity>;
  maxTransitions?: number;
  maxHistoryEvents?: number;
  /** Real wall clock (ms) for the evaluation budgets; performance.now by default. */
  stopwatch?: () => number;
  expressionLimits?: Partial<ExpressionLimits>;
  recordHistory?: boolean;
  recordStages?: boolean;
  historyPayloads?: boolean;
  advanceWhenIdle?: boolean;
  observer?: BranchObserver;
}

export const DEFAULT_MAX_TRANSITIONS = 10_000_000;
/** AWS's hard quota on one execution's history. */
export const DEFAULT_MAX_HISTORY_EVENTS = 25_000;
/** AWS's maximum execution time (Standard workflows): past it the execution times out with States.Timeout. */
export const MAX_EXECUTION_MS = 365 * 24 * 3600 * 1000;

/** Local limits on one JSONata evaluation (AWS documents none; these keep a run from hanging). */
export interface ExpressionLimits {
  /** Wall-clock milliseconds one expression may evaluate (default 10 s, `--expression-timeout`). */
  readonly timeoutMs: number;
  /** Evaluation steps in progress at once (recursion depth), default 20,000 (~45 MB of heap). */
  readonly maxDepth: number;
}

export const DEFAULT_EXPRESSION_LIMITS: ExpressionLimits = { timeoutMs: 10_000, maxDepth: 20_000 };

/** The limits with the wall clock that measures them. */
export interface EvaluationBudget extends ExpressionLimits {
  readonly stopwatch: () => number;
}

export const DEFAULT_EVALUATION_BUDGET: EvaluationBudget = {
  ...DEFAULT_EXPRESSION_LIMITS,
  stopwatch: defaultStopwatch(),
};

/** Reads the `performance` global on first use only: in Node its getter loads perf_hooks (CLI start-up). */
function defaultStopwatch(): () => number {
  let clock: (() => number) | undefined;
  return () => (clock ??= pickClock())();
}

function pickClock(): () => number {
  const perf = (globalThis as { performance?: { now(): number } }).performance;
  return perf ? () => perf.now() : Date.now;
}

export function createEnvironment(options: EnvironmentOptions = {}, defaultTasks?: TaskDispatcher): Environment {
  const random = seededRandom(options.seed ?? 1);
  return {
    clock: options.clock ?? new SimulatedClock(),
    random,
    tasks: options.tasks ?? defaultTasks ?? { dispatch: () => undefined },
    objects: options.objects,
    identity: {
      stateMachineName: 'StateMachine',
      executionName: uuidFrom(seededRandom((options.seed ?? 1) + 7)),
      region: 'us-east-1',
      account: '123456789012',
      roleArn: 'arn:aws:iam::123456789012:role/StepFunctionsLocal',
      ...options.identity,
    },
    maxTransitions: options.maxTransitions ?? DEFAULT_MAX_TRANSITIONS,
    maxHistoryEvents: options.maxHistoryEvents ?? DEFAULT_MAX_HISTORY_EVENTS,
    evaluationBudget: {
      ...DEFAULT_EXPRESSION_LIMITS,
      ...options.expressionLimits,
      stopwatch: options.stopwatch ?? DEFAULT_EVALUATION_BUDGET.stopwatch,
    },
    recordHistory: options.recordHistory ?? true,
    recordStages: options.recordStages ?? false,
    historyPayloads: options.historyPayloads ?? true,
    advanceWhenIdle: options.advanceWhenIdle ?? false,
    observer: options.observer,
  };
}
