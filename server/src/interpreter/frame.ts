/*
 * A frame is one thread of control: the top-level machine, one Parallel branch, one Map
 * iteration or one distributed Map child. It holds the current state, its phase and the
 * data-flow stages of that state (the snapshot reads them). Frames are small plain objects so
 * that thousands of Map iterations stay cheap; values are shared, never copied.
 */
import type { CompiledMachine, CompiledState } from './compile';
import type { Failure } from './failure';
import type { EvalScope, Json } from './value';
import type { VariableScope } from './variables';
import type { EvaluationBudget } from './environment';
import type { ChildGroup } from './group';
import { buildContext, RETRYING_STATE_TYPES, type ExecutionContextBase } from './context';
import type { TaskRun } from './states/taskTimeouts';
import type { MapRun } from './states/mapPlan';

/**
 * Where a frame is within its current state; each phase usually emits one history event.
 * enter → prepare → (Task: started → waitToken → result | taskFailed | timedOut)
 * (Parallel/Map: run → childrenDone | childrenFailed) → complete → finish | failFinish → done.
 */
export type Phase =
  | 'enter'
  | 'prepare'
  | 'run'
  | 'started'
  | 'waitToken'
  | 'result'
  | 'taskFailed'
  | 'timedOut'
  | 'complete'
  | 'childrenDone'
  | 'childrenFailed'
  | 'finish'
  | 'failFinish'
  | 'done';

export type FrameKind = 'root' | 'branch' | 'iteration' | 'child';

export class Frame implements EvalScope {
  state: CompiledState;
  phase: Phase = 'enter';
  /** Stages of the current state (TestState inspectionData names). */
  input: Json = null;
  afterInputPath: Json | undefined = undefined;
  afterParameters: Json | undefined = undefined;
  result: Json | undefined = undefined;
  afterResultSelector: Json | undefined = undefined;
  afterResultPath: Json | undefined = undefined;
  output: Json | undefined = undefined;
  /** Pending Assign values, applied when the state exits. */
  assigned: Record<string, Json> | undefined = undefined;
  nextState: string | undefined = undefined;
  failure: Failure | undefined = undefined;
  retryCounts: number[] | undefined = undefined;
  retryCount = 0;
  enteredAt = 0;
  /** Id of the current state's …StateEntered event (AWS names it in the causes it words). */
  enteredEventId = 0;
  lastEventId: number;
  token: string | undefined = undefined;
  /** The Parallel/Map group this frame is waiting for. */
  waiting: ChildGroup | undefined = undefined;
  blocked = false;
  /** The input was already checked against the payload limit (as the previous state's output). */
  inputChecked = false;
  aborted = false;
  /** Inside a distributed Map child execution: its events are not in the parent's 25,000-event history. */
  inChildExecution = false;
  /** The environment's JSONata budget (EvalScope), shared by every frame of the execution. */
  budget: EvaluationBudget | undefined = undefined;
  /** Bumped whenever a pending timer or token must be ignored. */
  epoch = 0;
  /** The current Task's timeouts and dispatch outcome (set when it is scheduled). */
  task: TaskRun | undefined = undefined;
  /** The current distributed Map's run data (child inputs, start time), for its ResultWriter. */
  mapRun: MapRun | undefined = undefined;
  private contextCache: Json | undefined = undefined;

  constructor(
    readonly kind: FrameKind,
    readonly machine: CompiledMachine,
    readonly label: string,
    readonly vars: VariableScope,
    readonly base: ExecutionContextBase,
    readonly random: () => number,
    readonly group: ChildGroup | undefined,
    readonly index: number,
    initialInput: Json,
    previousEventId: number,
  ) {
    this.state = machine.states.get(machine.startAt) as CompiledState;
    this.input = initialInput;
    this.lastEventId = previousEventId;
  }

  /** `$$` / `$states.context`, built lazily once per state visit. */
  get context(): Json {
    return (this.contextCache ??= buildContext(
      this.base,
      this.state.name,
      this.enteredAt,
      RETRYING_STATE_TYPES.has(this.state.type) ? this.retryCount : undefined,
      this.token,
    ));
  }

  readonly variable = (name: string): Json | undefined => this.vars.get(name);

  invalidateContext(): void {
    this.contextCache = undefined;
  }

  /** Resets the per-visit data when a new state is entered. */
  enter(state: CompiledState, input: Json): void {
    this.state = state;
    this.phase = 'enter';
    this.input = input;
    this.afterInputPath =
      this.afterParameters =
      this.result =
      this.afterResultSelector =
      this.afterResultPath =
      this.output =
        undefined;
    this.assigned = undefined;
    this.nextState = undefined;
    this.failure = undefined;
    this.retryCounts = undefined;
    this.retryCount = 0;
    this.token = undefined;
    this.task = undefined;
    this.mapRun = undefined;
    this.contextCache = undefined;
    this.inputChecked = false;
  }
}
