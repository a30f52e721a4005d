/*
 * Drives one execution for the debugger: runs it event by event, decides where to stop
 * (breakpoints, steps, exceptions, pause, a task waiting for its token), and goes back in time by
 * replaying the deterministic execution to an earlier event, re-applying what the user did
 * (edited inputs, answered task tokens) at the same points. Knows nothing of DAP.
 */
import type { Execution, ExecutionResult, RunControl } from '../interpreter/execution';
import {
  STATE_ENTERED_EVENTS,
  type HistoryEvent,
  type HistoryEventType,
  type HistoryLog,
} from '../interpreter/history';
import type { EventWatch } from '../interpreter/watch';
import { FAILURE_EVENTS, isAncestor, isStateEntered, UNCAUGHT_END_EVENTS } from './frames';

export type Motion =
  | { readonly kind: 'entry' }
  | { readonly kind: 'continue' }
  | { readonly kind: 'next' | 'stepIn' | 'stepOut'; readonly frame: string };

export type StopReason = 'entry' | 'step' | 'breakpoint' | 'function breakpoint' | 'exception' | 'pause';

export interface Stop {
  readonly reason: StopReason;
  /** Label of the frame (thread) that stopped. */
  readonly frame: string;
  readonly description: string;
  /** Index in `events` of the event the execution stopped after. */
  readonly at: number;
  readonly error?: { readonly error: string; readonly cause: string };
  readonly breakpointIds?: readonly number[];
  /** Stopped because only a task token answer can move the execution. */
  readonly waitingForToken?: boolean;
}

export interface BreakpointHit {
  readonly reason: 'breakpoint' | 'function breakpoint';
  readonly ids: readonly number[];
}

export interface StopPolicy {
  /** At a StateEntered event: a breakpoint hit (logpoints print and give undefined). */
  breakpointAt(e: HistoryEvent, execution: Execution): Promise<BreakpointHit | undefined> | undefined;
  /** Whether a state has a breakpoint at all (reverse continue). */
  hasBreakpoint(state: string): boolean;
  /** States with any breakpoint (logpoints and conditional ones too): entering one must be checked. */
  watchedStates(): ReadonlySet<string>;
  /** Changes whenever breakpoints or the exception mode change (a running watch is then rebuilt). */
  readonly revision: number;
  readonly exceptions: 'none' | 'all' | 'uncaught';
}

export interface RunnerListener {
  stopped(stop: Stop): void;
  ended(result: ExecutionResult): void;
  /** About every 100 ms while running. */
  progress(): void;
  /** The execution was replayed to an earlier point (`eventCount` events now). */
  rewound(): void;
}

/** Something the user did to the execution, re-applied at the same point on replay. */
type Action = { readonly at: number; readonly apply: (execution: Execution) => void };

const PROGRESS_MS = 100;

/** The events each exception mode stops at. */
const EXCEPTION_EVENTS: Record<StopPolicy['exceptions'], ReadonlySet<HistoryEventType> | undefined> = {
  none: undefined,
  all: FAILURE_EVENTS,
  uncaught: UNCAUGHT_END_EVENTS,
};

/** How the runner's executions hand the event loop back (pause, terminate and DAP requests are seen in between). */
function yieldingControl(base: Partial<RunControl>, onYield: () => void): RunControl {
  return {
    ...base,
    stopwatch: base.stopwatch ?? (() => performance.now()),
    yieldToHost: async () => {
      await (base.yieldToHost?.() ?? new Promise<void>((done) => setImmediate(done)));
      onYield();
    },
  };
}

export class Runner {
  private execution: Execution;
  private actions: Action[] = [];
  private current: Stop | undefined;
  private pauseRequested = false;
  private terminated = false;
  private running = false;
  /** Uncaught-error stops are not repeated for an end event at or before this index. */
  private uncaughtShownAt = -1;
  private lastProgress = 0;
  private readonly control: RunControl;
  private readonly replayControl: RunControl;

  /**
   * `control`: the run's limits and interruption (deadline, abort signal), as `asl run` gets them.
   * `budgetMs`: the wall-clock time each run between stops may take (then TIMED_OUT), if any.
   */
  constructor(
    private readonly start: () => Execution,
    private readonly policy: StopPolicy,
    private readonly listener: RunnerListener,
    control: Partial<RunControl> = {},
    private readonly budgetMs?: number,
  ) {
    this.execution = start();
    this.control = yieldingControl(control, () => this.progressDue());
    this.replayControl = yieldingControl(control, () => undefined);
  }

  /** The control of one run between stops: the budget starts again at each resume. */
  private runControl(): RunControl {
    if (this.budgetMs === undefined) return this.control;
    const seconds = this.budgetMs / 1000;
    return {
      ...this.control,
      deadline: this.control.stopwatch() + this.budgetMs,
      deadlineCause: `The run took longer than its "timeout" of ${seconds} s between stops (wall-clock time).`,
    };
  }

  /** Number of history events delivered so far (the events the user has seen). */
  get eventCount(): number {
    return this.execution.deliveredEvents;
  }

  /** The event at `index` (< eventCount). */
  eventAt(index: number): HistoryEvent {
    return this.execution.log.get(index);
  }

  get stop(): Stop | undefined {
    return this.current;
  }

  get exec(): Execution {
    return this.execution;
  }

  get isRunning(): boolean {
    return this.running;
  }

  pause(): void {
    if (this.running) this.pauseRequested = true;
  }

  /** Ends the execution (ABORTED when it still runs) and every later run. */
  terminate(): void {
    this.terminated = true;
    if (this.execution.status === 'RUNNING') this.execution.stop('Terminated', 'The debug session was terminated.');
  }

  /** Applies a user action now and records it for replays. */
  act(apply: (execution: Execution) => void): void {
    apply(this.execution);
    this.actions.push({ at: this.eventCount, apply });
  }

  /** Runs until a stop or the end; the listener hears which. */
  async resume(motion: Motion, ignoreBreakpoints = false): Promise<void> {
    if (this.running || this.terminated) return;
    this.running = true;
    this.current = undefined;
    this.lastProgress = performance.now();
    try {
      await this.drive(motion, ignoreBreakpoints);
    } finally {
      this.running = false;
      this.pauseRequested = false;
    }
  }

  /**
   * Lets the interpreter run at full speed between the events that could stop it (a state with a
   * breakpoint, a step target, an error the exception mode stops at); each of those is checked in
   * full. A pause, or a change of breakpoints, is seen at the interpreter's yields.
   */
  private async drive(motion: Motion, ignoreBreakpoints: boolean): Promise<void> {
    const control = this.runControl();
    while (!this.terminated) {
      const revision = this.policy.revision;
      const watch = this.watchFor(motion, ignoreBreakpoints);
      const interrupted = () => this.pauseRequested || this.terminated || this.policy.revision !== revision;
      const next = await this.execution.runUntil(watch, control, interrupted);
      if (this.terminated) return;
      if (next.kind === 'idle') return this.idle();
      if (next.kind === 'paused') {
        if (this.pauseRequested) return this.stopWith(this.pauseStop());
        continue;
      }
      const check = this.stopAt(this.eventAt(next.index), motion, ignoreBreakpoints, next.index);
      const stop = check instanceof Promise ? await check : check;
      if (stop !== undefined) return this.stopWith(stop);
    }
  }

  /** The events that could stop this motion: anything else runs without a look. */
  private watchFor(motion: Motion, ignoreBreakpoints: boolean): EventWatch {
    const frames = stepFrames(motion);
    if (ignoreBreakpoints) return { frames };
    const types = EXCEPTION_EVENTS[this.policy.exceptions];
    return { frames, types, states: this.policy.watchedStates() };
  }

  private progressDue(): void {
    const now = performance.now();
    if (now - this.lastProgress < PROGRESS_MS) return;
    this.lastProgress = now;
    this.listener.progress();
  }

  private pauseStop(): Stop {
    const at = this.eventCount - 1;
    const frame = at < 0 ? 'root' : this.execution.log.frameAt(at);
    return { reason: 'pause', frame, description: 'Paused', at };
  }

  /** Nothing more can happen now: the end, or a task waiting for its token. */
  private idle(): void {
    const execution = this.execution;
    if (execution.status !== 'RUNNING') return this.listener.ended(execution.result);
    const pending = execution.pendingTokens()[0];
    this.stopWith({
      reason: 'pause',
      frame: pending?.frame ?? 'root',
      description: `Waiting for a task token${pending ? ` (state "${pending.state}")` : ''}: send task success or failure`,
      at: this.eventCount - 1,
      waitingForToken: true,
    });
  }

  private stopWith(stop: Stop): void {
    this.current = stop;
    this.listener.stopped(stop);
  }

  /** Synchronous unless a breakpoint condition needs evaluating or an uncaught error replays. */
  private stopAt(
    e: HistoryEvent,
    motion: Motion,
    ignoreBreakpoints: boolean,
    at: number,
  ): Stop | undefined | Promise<Stop | undefined> {
    if (!isStateEntered(e)) return ignoreBreakpoints ? undefined : this.exceptionAt(e, at);
    const check = ignoreBreakpoints ? undefined : this.policy.breakpointAt(e, this.execution);
    if (check === undefined) return this.stepAt(e, motion, at, ignoreBreakpoints);
    return check.then((hit) =>
      hit === undefined ? this.stepAt(e, motion, at, ignoreBreakpoints) : breakpointStop(e, hit, at),
    );
  }

  private stepAt(
    e: HistoryEvent,
    motion: Motion,
    at: number,
    ignoreBreakpoints: boolean,
  ): Stop | undefined | Promise<Stop | undefined> {
    const reason = stepReason(motion, e.frame);
    if (reason !== undefined) return { reason, frame: e.frame, description: `At "${e.details.name}"`, at };
    return ignoreBreakpoints ? undefined : this.exceptionAt(e, at);
  }

  private exceptionAt(e: HistoryEvent, at: number): Stop | undefined | Promise<Stop | undefined> {
    if (this.policy.exceptions === 'all' && FAILURE_EVENTS.has(e.type))
      return exceptionStop(e, at, this.stateOf(e, at));
    if (this.policy.exceptions === 'uncaught' && UNCAUGHT_END_EVENTS.has(e.type) && at > this.uncaughtShownAt)
      return this.uncaught(e, at);
    return undefined;
  }

  /** The execution failed: go back to the event that raised the error and stop there. */
  private async uncaught(end: HistoryEvent, endAt: number): Promise<Stop | undefined> {
    this.uncaughtShownAt = endAt;
    const cause = this.findBack(endAt, (log, i) => FAILURE_EVENTS.has(log.typeAt(i)));
    if (cause === undefined) return exceptionStop(end, endAt, undefined);
    await this.replayTo(cause + 1);
    const raised = this.eventAt(cause);
    const stop = exceptionStop(raised, cause, this.stateOf(raised, cause));
    return { ...stop, error: { error: end.details.error ?? '', cause: end.details.cause ?? '' } };
  }

  /** The state a frame was in at event `at` (the name of its last StateEntered). */
  private stateOf(e: HistoryEvent, at: number): string | undefined {
    if (e.details.name !== undefined) return e.details.name;
    const i = this.findBack(at, (log, x) => enteredAt(log, x) && log.frameAt(x) === e.frame);
    return i === undefined ? undefined : this.execution.log.nameAt(i);
  }

  /** Step back: the previous state entered in this frame (or an enclosing one), else any earlier one. */
  async stepBack(frame: string): Promise<void> {
    const from = this.current?.at ?? this.eventCount;
    const inFrame = (log: HistoryLog, i: number) => {
      if (!enteredAt(log, i)) return false;
      const label = log.frameAt(i);
      return label === frame || isAncestor(label, frame);
    };
    const target = this.findBack(from, inFrame) ?? this.findBack(from, enteredAt);
    await this.goBack(target, 'step', frame);
  }

  /** Reverse continue: the previous state with a breakpoint, else the first state entered. */
  async reverseContinue(frame: string): Promise<void> {
    const from = this.current?.at ?? this.eventCount;
    const hasBreakpoint = (log: HistoryLog, i: number) =>
      enteredAt(log, i) && this.policy.hasBreakpoint(log.nameAt(i) ?? '');
    const onBreakpoint = this.findBack(from, hasBreakpoint);
    const target = onBreakpoint ?? this.firstEntered(from);
    await this.goBack(target, onBreakpoint !== undefined ? 'breakpoint' : 'entry', frame);
  }

  private findBack(from: number, accept: (log: HistoryLog, index: number) => boolean): number | undefined {
    const log = this.execution.log;
    for (let i = Math.min(from, this.eventCount) - 1; i >= 0; i--) if (accept(log, i)) return i;
    return undefined;
  }

  private firstEntered(before: number): number | undefined {
    const log = this.execution.log;
    for (let i = 0; i < Math.min(before, this.eventCount); i++) if (enteredAt(log, i)) return i;
    return undefined;
  }

  private async goBack(target: number | undefined, reason: StopReason, frame: string): Promise<void> {
    if (target === undefined) {
      const here = this.current ?? { reason: 'entry' as const, frame, description: 'At the start', at: -1 };
      return this.stopWith(here);
    }
    await this.replayTo(target + 1);
    const e = this.eventAt(target);
    this.uncaughtShownAt = -1;
    this.stopWith({ reason, frame: e.frame, description: `Back at "${e.details.name}" (event ${e.id})`, at: target });
  }

  /**
   * A fresh execution run to exactly `count` events, with the user's actions re-applied in place.
   * It runs at full speed between the actions (no event object is built), so a replay costs about
   * what running that far costs `asl run`.
   */
  private async replayTo(count: number): Promise<void> {
    const execution = this.start();
    const actions = this.actions.filter((a) => a.at <= count);
    for (const a of actions) {
      if (!(await this.advance(execution, a.at))) break;
      a.apply(execution);
    }
    await this.advance(execution, count);
    this.execution = execution;
    this.actions = actions;
    this.listener.rewound();
  }

  /** Runs `execution` until `count` events are delivered; false when it cannot get that far. */
  private async advance(execution: Execution, count: number): Promise<boolean> {
    if (execution.deliveredEvents < count) await execution.runUntil({ until: count }, this.replayControl);
    return execution.deliveredEvents >= count;
  }
}

/** The frames whose StateEntered a motion stops at: every one for entry, none for continue. */
function stepFrames(motion: Motion): EventWatch['frames'] {
  if (motion.kind === 'entry') return true;
  if (motion.kind === 'continue') return undefined;
  return (label) => stepReason(motion, label) !== undefined;
}

function enteredAt(log: HistoryLog, index: number): boolean {
  return STATE_ENTERED_EVENTS.has(log.typeAt(index));
}

function stepReason(motion: Motion, frame: string): StopReason | undefined {
  switch (motion.kind) {
    case 'entry':
      return 'entry';
    case 'continue':
      return undefined;
    case 'next':
      return frame === motion.frame || isAncestor(frame, motion.frame) ? 'step' : undefined;
    case 'stepIn':
      return frame === motion.frame || isAncestor(frame, motion.frame) || isAncestor(motion.frame, frame)
        ? 'step'
        : undefined;
    case 'stepOut':
      return isAncestor(frame, motion.frame) ? 'step' : undefined;
    default: {
      const never: never = motion;
      return never;
    }
  }
}

function breakpointStop(e: HistoryEvent, hit: BreakpointHit, at: number): Stop {
  return {
    reason: hit.reason,
    frame: e.frame,
    description: `Breakpoint at "${e.details.name}"`,
    at,
    breakpointIds: hit.ids,
  };
}

function exceptionStop(e: HistoryEvent, at: number, state: string | undefined): Stop {
  const error = e.details.error ?? '';
  const cause = e.details.cause ?? '';
  const where = state === undefined ? '' : ` in "${state}"`;
  return {
    reason: 'exception',
    frame: e.frame,
    description: `${error || 'Error'}${where}`,
    at,
    error: { error, cause },
  };
}
