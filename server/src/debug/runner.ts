/*
 * Drives one execution for the debugger: runs it event by event, decides where to stop
 * (breakpoints, steps, exceptions, pause, a task waiting for its token), and goes back in time by
 * replaying the deterministic execution to an earlier event, re-applying what the user did
 * (edited inputs, answered task tokens) at the same points. Knows nothing of DAP.
 */
import type { Execution, ExecutionResult } from '../interpreter/execution';
import type { HistoryEvent } from '../interpreter/history';
import { isAncestor, isFailureEvent, isStateEntered, isUncaughtEnd } from './frames';

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
  readonly exceptions: 'none' | 'all' | 'uncaught';
}

export interface RunnerListener {
  event(e: HistoryEvent): void;
  stopped(stop: Stop): void;
  ended(result: ExecutionResult): void;
  /** About every 100 ms while running. */
  progress(): void;
  /** The execution was replayed to an earlier point: `events` is the history now. */
  rewound(events: readonly HistoryEvent[]): void;
}

/** Something the user did to the execution, re-applied at the same point on replay. */
type Action = { readonly at: number; readonly apply: (execution: Execution) => void };

const PROGRESS_MS = 100;

export class Runner {
  private execution: Execution;
  private readonly recorded: HistoryEvent[] = [];
  private actions: Action[] = [];
  private current: Stop | undefined;
  private pauseRequested = false;
  private terminated = false;
  private running = false;
  /** Uncaught-error stops are not repeated for an end event at or before this index. */
  private uncaughtShownAt = -1;

  constructor(
    private readonly start: () => Execution,
    private readonly policy: StopPolicy,
    private readonly listener: RunnerListener,
  ) {
    this.execution = start();
  }

  get events(): readonly HistoryEvent[] {
    return this.recorded;
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
    this.actions.push({ at: this.recorded.length, apply });
  }

  /** Runs until a stop or the end; the listener hears which. */
  async resume(motion: Motion, ignoreBreakpoints = false): Promise<void> {
    if (this.running || this.terminated) return;
    this.running = true;
    this.current = undefined;
    try {
      await this.drive(motion, ignoreBreakpoints);
    } finally {
      this.running = false;
      this.pauseRequested = false;
    }
  }

  private async drive(motion: Motion, ignoreBreakpoints: boolean): Promise<void> {
    let lastProgress = Date.now();
    for (let n = 1; !this.terminated; n++) {
      const step = this.execution.step();
      const e = step instanceof Promise ? await step : step;
      if (e === undefined) return this.idle();
      this.recorded.push(e);
      this.listener.event(e);
      const check = this.stopAt(e, motion, ignoreBreakpoints);
      const stop = check instanceof Promise ? await check : check;
      if (stop !== undefined) return this.stopWith(stop);
      if ((n & 255) === 0 && Date.now() - lastProgress >= PROGRESS_MS) {
        await new Promise<void>((done) => setImmediate(done));
        lastProgress = Date.now();
        this.listener.progress();
      }
    }
  }

  /** step() gave nothing: the end, or a task waiting for its token. */
  private idle(): void {
    const execution = this.execution;
    if (execution.status !== 'RUNNING') return this.listener.ended(execution.result);
    const pending = execution.pendingTokens()[0];
    this.stopWith({
      reason: 'pause',
      frame: pending?.frame ?? 'root',
      description: `Waiting for a task token${pending ? ` (state "${pending.state}")` : ''}: send task success or failure`,
      at: this.recorded.length - 1,
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
  ): Stop | undefined | Promise<Stop | undefined> {
    const at = this.recorded.length - 1;
    if (this.pauseRequested) return { reason: 'pause', frame: e.frame, description: 'Paused', at };
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
    if (this.policy.exceptions === 'all' && isFailureEvent(e)) return exceptionStop(e, at, this.stateOf(e, at));
    if (this.policy.exceptions === 'uncaught' && isUncaughtEnd(e) && at > this.uncaughtShownAt)
      return this.uncaught(e, at);
    return undefined;
  }

  /** The execution failed: go back to the event that raised the error and stop there. */
  private async uncaught(end: HistoryEvent, endAt: number): Promise<Stop | undefined> {
    this.uncaughtShownAt = endAt;
    let cause = endAt - 1;
    while (cause >= 0 && !isFailureEvent(this.recorded[cause])) cause--;
    if (cause < 0) return exceptionStop(end, endAt, undefined);
    await this.replayTo(cause + 1);
    const stop = exceptionStop(this.recorded[cause], cause, this.stateOf(this.recorded[cause], cause));
    return { ...stop, error: { error: end.details.error ?? '', cause: end.details.cause ?? '' } };
  }

  /** The state a frame was in at event `at` (the name of its last StateEntered). */
  private stateOf(e: HistoryEvent, at: number): string | undefined {
    if (e.details.name !== undefined) return e.details.name;
    const i = this.findBack(at, (x) => x.frame === e.frame && isStateEntered(x));
    return i === undefined ? undefined : this.recorded[i].details.name;
  }

  /** Step back: the previous state entered in this frame (or an enclosing one), else any earlier one. */
  async stepBack(frame: string): Promise<void> {
    const from = this.current?.at ?? this.recorded.length;
    const inFrame = (e: HistoryEvent) => isStateEntered(e) && (e.frame === frame || isAncestor(e.frame, frame));
    const target = this.findBack(from, inFrame) ?? this.findBack(from, isStateEntered);
    await this.goBack(target, 'step', frame);
  }

  /** Reverse continue: the previous state with a breakpoint, else the first state entered. */
  async reverseContinue(frame: string): Promise<void> {
    const from = this.current?.at ?? this.recorded.length;
    const hasBreakpoint = (e: HistoryEvent) => isStateEntered(e) && this.policy.hasBreakpoint(e.details.name ?? '');
    const target = this.findBack(from, hasBreakpoint) ?? this.firstEntered(from);
    await this.goBack(
      target,
      target !== undefined && hasBreakpoint(this.recorded[target]) ? 'breakpoint' : 'entry',
      frame,
    );
  }

  private findBack(from: number, accept: (e: HistoryEvent) => boolean): number | undefined {
    for (let i = Math.min(from, this.recorded.length) - 1; i >= 0; i--) if (accept(this.recorded[i])) return i;
    return undefined;
  }

  private firstEntered(before: number): number | undefined {
    const i = this.recorded.findIndex(isStateEntered);
    return i >= 0 && i < before ? i : undefined;
  }

  private async goBack(target: number | undefined, reason: StopReason, frame: string): Promise<void> {
    if (target === undefined) {
      const here = this.current ?? { reason: 'entry' as const, frame, description: 'At the start', at: -1 };
      return this.stopWith(here);
    }
    await this.replayTo(target + 1);
    const e = this.recorded[target];
    this.uncaughtShownAt = -1;
    this.stopWith({ reason, frame: e.frame, description: `Back at "${e.details.name}" (event ${e.id})`, at: target });
  }

  /** A fresh execution run to exactly `count` events, with the user's actions re-applied in place. */
  private async replayTo(count: number): Promise<void> {
    const execution = this.start();
    const actions = this.actions.filter((a) => a.at <= count);
    let delivered = 0;
    for (;;) {
      for (const a of actions) if (a.at === delivered) a.apply(execution);
      if (delivered >= count) break;
      const step = execution.step();
      if ((step instanceof Promise ? await step : step) === undefined) break;
      delivered++;
    }
    this.execution = execution;
    this.actions = actions;
    this.recorded.length = delivered;
    this.listener.rewound(this.recorded);
  }
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
