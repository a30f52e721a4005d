/*
 * The engine: frames, the ready queue, timers on the injected clock, history recording and the
 * state-independent steps (enter, exit, finishing a branch), and the one dispatcher (`runPhase`)
 * that runs a phase and applies its outcome: a failed state goes to Retry/Catch here and nowhere
 * else, sync or async alike. State types live in states/*.ts. No I/O; the only asynchrony comes
 * from JSONata, handlers and real-time waits.
 */
import type { CompiledState } from './compile';
import { DEFAULT_MAX_HISTORY_EVENTS, type Environment } from './environment';
import { Failure, LocatedFailure, type PhaseOutcome, type PhaseResult } from './failure';
import type { Frame, Phase } from './frame';
import { HistoryLog, SAME_AS_PREVIOUS_OUTPUT, type EventDetails, type HistoryEventType } from './history';
import type { ExecutionContextBase } from './context';
import type { Json } from './value';
import { exceedsDepthLimit, exceedsPayloadLimit } from './limits';
import { tooDeepMessage } from './guards';
import { TimerQueue } from './timers';
import { STATE_HANDLERS } from './states';
import { handleStateError } from './catch';
import { childFinished } from './children';
import { stagesOf, type StateStages } from './snapshot';
import { locateFailure, payloadFailure, payloadLimitFailure } from './causes';

export type ExecutionStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED';

const ENTERED: Record<string, HistoryEventType> = {
  Pass: 'PassStateEntered',
  Task: 'TaskStateEntered',
  Choice: 'ChoiceStateEntered',
  Wait: 'WaitStateEntered',
  Succeed: 'SucceedStateEntered',
  Fail: 'FailStateEntered',
  Parallel: 'ParallelStateEntered',
  Map: 'MapStateEntered',
};
const EXITED: Record<string, HistoryEventType> = {
  Pass: 'PassStateExited',
  Task: 'TaskStateExited',
  Choice: 'ChoiceStateExited',
  Wait: 'WaitStateExited',
  Succeed: 'SucceedStateExited',
  Parallel: 'ParallelStateExited',
  Map: 'MapStateExited',
};

export class Engine {
  readonly events = new HistoryLog();
  /** StateExited event index → the stages of the state that exited (only with `env.recordStages`). */
  readonly exitStages = new Map<number, StateStages>();
  status: ExecutionStatus = 'RUNNING';
  output: Json | undefined = undefined;
  error: string | undefined = undefined;
  cause: string | undefined = undefined;
  transitions = 0;
  readonly timers = new TimerQueue();
  /** Frames ready to run, front first; `current` keeps running until it blocks. */
  ready: Frame[] = [];
  current: Frame | undefined = undefined;
  readonly tokens = new Map<string, Frame>();
  /** Frames blocked on something only the outside world can resolve (task tokens). */
  externalWaits = 0;
  private eventId = 0;
  /** Events of this execution's own history (a distributed Map child has its own, as in AWS). */
  historyEvents = 0;
  root!: Frame;

  constructor(
    readonly env: Environment,
    readonly base: ExecutionContextBase,
  ) {}

  now(): number {
    return this.env.clock.now();
  }

  emit(frame: Frame | undefined, type: HistoryEventType, details: EventDetails): void {
    const id = ++this.eventId;
    if (frame === undefined || !frame.inChildExecution) this.historyEvents++;
    if (this.env.recordHistory) {
      this.events.add(
        type,
        this.now(),
        frame ? frame.lastEventId : id - 1,
        frame ? frame.label : 'root',
        undefined,
        undefined,
        details,
      );
    }
    if (frame) frame.lastEventId = id;
  }

  /** StateEntered / StateExited without allocating a details object. */
  emitState(frame: Frame, type: HistoryEventType, name: string, payload: Json, extra?: EventDetails): void {
    const id = ++this.eventId;
    if (!frame.inChildExecution) this.historyEvents++;
    if (this.env.recordHistory)
      this.events.add(
        type,
        this.now(),
        frame.lastEventId,
        frame.label,
        name,
        this.env.historyPayloads ? payload : undefined,
        extra,
      );
    frame.lastEventId = id;
  }

  get lastEventId(): number {
    return this.eventId;
  }

  /**
   * The dispatcher: runs one phase of the frame and applies what it returned. A failure goes to
   * Retry/Catch, whose JSONata catchers are asynchronous; the promise is returned, never dropped.
   */
  runPhase(frame: Frame): void | Promise<void> {
    if (this.historyEvents >= this.env.maxHistoryEvents)
      return this.terminate('FAILED', 'States.Runtime', historyQuotaCause(this.env.maxHistoryEvents));
    const result = this.phaseResult(frame);
    if (result instanceof Promise) return result.then((outcome) => this.settle(frame, outcome));
    if (result !== undefined) return this.settle(frame, result);
  }

  private phaseResult(frame: Frame): PhaseResult {
    switch (frame.phase) {
      case 'enter':
        return this.enterState(frame);
      case 'finish':
      case 'failFinish':
        childFinished(this, frame, frame.phase === 'failFinish' ? frame.failure : undefined);
        return undefined;
      default:
        return STATE_HANDLERS[frame.state.type](this, frame);
    }
  }

  /** Applies a phase's outcome: a located (JSONata) failure is recorded as EvaluationFailed first. */
  private settle(frame: Frame, outcome: PhaseOutcome): void | Promise<void> {
    if (outcome === undefined || frame.aborted || this.status !== 'RUNNING') return;
    if (outcome instanceof LocatedFailure) {
      const failure = this.locate(frame, outcome.failure);
      this.recordEvaluationFailure(frame, failure, outcome.location);
      return handleStateError(this, frame, failure);
    }
    return handleStateError(this, frame, this.locate(frame, outcome));
  }

  /** The failure worded as AWS words the failures it raises in the frame's current state (causes.ts). */
  private locate(frame: Frame, failure: Failure): Failure {
    return frame.state === undefined ? failure : locateFailure(failure, frame.state.name, frame.enteredEventId);
  }

  private recordEvaluationFailure(frame: Frame, failure: Failure, location: string): void {
    const { error, cause } = failure;
    if (error !== 'States.QueryEvaluationError') return;
    this.emit(frame, 'EvaluationFailed', { state: frame.state.name, error, cause, location });
  }

  private enterState(frame: Frame): PhaseOutcome {
    const state = frame.state;
    if (state === undefined) {
      const cause = `The machine ${frame.machine.id} has no state named by its StartAt '${frame.machine.startAt}'.`;
      this.failFrame(frame, new Failure('States.Runtime', cause));
      return undefined;
    }
    if (++this.transitions > this.env.maxTransitions) {
      const cause = `The execution exceeded its budget of ${this.env.maxTransitions} state transitions (raise it with --max-transitions).`;
      this.terminate('FAILED', 'States.Runtime', cause);
      return undefined;
    }
    frame.enteredAt = this.now();
    const entered = ENTERED[state.type] ?? 'PassStateEntered';
    this.emitState(frame, entered, state.name, frame.inputChecked ? SAME_AS_PREVIOUS_OUTPUT : frame.input);
    frame.enteredEventId = this.eventId;
    if (ENTERED[state.type] === undefined)
      return new Failure('States.Runtime', `State '${state.name}' has an unknown Type '${String(state.type)}'.`);
    frame.phase = 'prepare';
    if (!frame.inputChecked && exceedsPayloadLimit(frame.input)) return payloadLimitFailure(state.name);
    return undefined;
  }

  /** Leaves the current state with its output: Exited event, variables, then the next state or the end. */
  exitState(frame: Frame, output: Json): PhaseOutcome {
    const state = frame.state;
    const outputFailure =
      output === frame.input ? undefined : payloadFailure(output, state.name, `The output of state '${state.name}'`);
    if (outputFailure !== undefined) return outputFailure;
    frame.output = output;
    const assigned = frame.assigned;
    if (assigned !== undefined) {
      const what = `The variables assigned by state '${state.name}'`;
      if (exceedsDepthLimit(assigned)) return new Failure('States.Runtime', tooDeepMessage(what));
      if (exceedsPayloadLimit(assigned)) return dataLimit(what);
      frame.vars.assignAll(assigned);
    }
    const details = assigned === undefined ? undefined : { assignedVariables: assigned };
    if (this.env.recordStages && this.env.recordHistory) this.exitStages.set(this.events.length, stagesOf(frame));
    this.emitState(frame, EXITED[state.type], state.name, output, details);
    return this.transition(frame, state, frame.nextState ?? (state.end ? undefined : state.next), output);
  }

  /** Moves to `next` in the same machine, or finishes the frame when there is none. */
  private transition(frame: Frame, state: CompiledState, next: string | undefined, output: Json): PhaseOutcome {
    if (next === undefined || state.type === 'Succeed') {
      frame.output = output;
      frame.phase = 'finish';
      return undefined;
    }
    const target = state.machine.states.get(next);
    if (target === undefined)
      return new Failure('States.Runtime', `State '${state.name}' names a next state '${next}' that does not exist.`);
    frame.enter(target, output);
    frame.inputChecked = true;
    return undefined;
  }

  /** The frame (branch, iteration or execution) fails with `failure`; no Retry or Catch. */
  failFrame(frame: Frame, failure: Failure): void {
    frame.failure = this.locate(frame, failure);
    frame.phase = 'failFinish';
  }

  // ---- scheduling -------------------------------------------------------------------------

  block(frame: Frame): void {
    frame.blocked = true;
    if (this.current === frame) this.current = undefined;
  }

  /** Makes a blocked frame runnable again; `front` resumes it before anything else. */
  wake(frame: Frame, front: boolean): void {
    if (frame.aborted || frame.phase === 'done') return;
    frame.blocked = false;
    if (front) this.ready.unshift(frame);
    else this.ready.push(frame);
  }

  /** Blocks the frame until virtual time `at`, then continues at `phase`. */
  sleepUntil(frame: Frame, at: number, phase: Phase, kind: 'wait' | 'retry'): void {
    this.block(frame);
    const epoch = ++frame.epoch;
    this.timers.add(
      at,
      kind,
      () => frame.epoch === epoch && !frame.aborted,
      () => {
        frame.phase = phase;
        this.wake(frame, false);
      },
    );
  }

  /** Ends the whole execution (timeout, abort, budget, uncaught failure at the top). */
  terminate(status: ExecutionStatus, error?: string, cause?: string): void {
    if (this.status !== 'RUNNING') return;
    this.status = status;
    this.error = error;
    this.cause = cause;
    const details: EventDetails = { error, cause };
    if (status === 'FAILED') this.emit(undefined, 'ExecutionFailed', details);
    else if (status === 'TIMED_OUT') this.emit(undefined, 'ExecutionTimedOut', details);
    else if (status === 'ABORTED') this.emit(undefined, 'ExecutionAborted', details);
    this.ready = [];
    this.current = undefined;
    this.timers.clear();
  }

  succeed(output: Json): void {
    this.status = 'SUCCEEDED';
    this.output = output;
    this.emit(undefined, 'ExecutionSucceeded', { output });
    this.timers.clear();
  }
}

function historyQuotaCause(limit: number): string {
  return limit === DEFAULT_MAX_HISTORY_EVENTS
    ? `The execution history reached the quota of ${limit} events (AWS fails an execution there; raise it locally with --max-history-events).`
    : `The execution history reached the limit of ${limit} events set by --max-history-events.`;
}

export function dataLimit(what: string): Failure {
  return new Failure('States.DataLimitExceeded', `${what} is larger than the 262144-byte (256 KiB) payload quota.`);
}
