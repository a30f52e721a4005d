/*
 * The interpreter's public API: `new Execution(definition, input, env)`, then step() (exactly one
 * history event), run() (to the end, or until only the outside world can make progress),
 * snapshot(), sendTaskSuccess/Failure/Heartbeat and stop(). Pure and deterministic: everything
 * from the outside comes through the Environment. step() and run() stay synchronous (no promise)
 * while no JSONata, async handler or real-time wait is involved.
 */
import { compileDefinition, type CompiledMachine } from './compile';
import { createEnvironment, MAX_EXECUTION_MS, type Environment, type EnvironmentOptions } from './environment';
import { isStackOverflow } from './guards';
import { Engine, type ExecutionStatus } from './engine';
import { Frame } from './frame';
import { contextBase } from './context';
import { VariableScope } from './variables';
import { Failure } from './failure';
import { abortFrame } from './children';
import { armHeartbeat, releaseToken } from './states/taskTimeouts';
import { snapshotFrame, type FrameSnapshot } from './snapshot';
import type { HistoryEvent } from './history';
import { isJsonObject, type Json } from './value';

export type { ExecutionStatus } from './engine';

export interface ExecutionResult {
  readonly status: ExecutionStatus;
  readonly output?: Json;
  readonly error?: string;
  readonly cause?: string;
}

/** How a host keeps a run interruptible (asl run's Ctrl+C and --timeout, the debugger, test runners). */
export interface RunControl {
  /** A real clock in ms (performance.now), for the deadline and the yields. */
  readonly stopwatch: () => number;
  /** stopwatch() value at which the run ends TIMED_OUT (States.Timeout) with `deadlineCause`. */
  readonly deadline?: number;
  readonly deadlineCause?: string;
  /** Aborted: the run ends ABORTED with `abortError` / `abortCause`. */
  readonly signal?: AbortSignal;
  readonly abortError?: string;
  readonly abortCause?: string;
  /** Lets the host's event loop run (a macrotask such as setImmediate), every `yieldEveryMs` (50) of work. */
  readonly yieldToHost?: () => Promise<void>;
  readonly yieldEveryMs?: number;
}

export type TokenResponse =
  | { readonly ok: true }
  | { readonly ok: false; readonly error: 'TaskDoesNotExist' | 'InvalidToken'; readonly message: string };

export class Execution {
  readonly env: Environment;
  private readonly engine: Engine;
  private readonly machine: CompiledMachine;
  private delivered = 0;
  private readonly startedAt: number;

  constructor(definition: Json, input: Json, env: Environment | EnvironmentOptions = {}) {
    this.env = isEnvironment(env) ? env : createEnvironment(env);
    this.machine = compileDefinition(definition);
    const start = (this.startedAt = this.env.clock.now());
    const engine = (this.engine = new Engine(this.env, contextBase(this.env.identity, input, start)));
    engine.emit(undefined, 'ExecutionStarted', { input, roleArn: this.env.identity.roleArn });
    engine.root = new Frame(
      'root',
      this.machine,
      'root',
      new VariableScope(),
      engine.base,
      this.env.random,
      undefined,
      0,
      input,
      engine.lastEventId,
    );
    engine.root.budget = this.env.evaluationBudget;
    engine.current = engine.root;
    if (engine.root.state === undefined)
      engine.terminate(
        'FAILED',
        'States.Runtime',
        `StartAt names a state '${this.machine.startAt}' that does not exist.`,
      );
    this.armExecutionTimeout(definition, start);
  }

  private armExecutionTimeout(definition: Json, start: number): void {
    const seconds = isJsonObject(definition) ? definition.TimeoutSeconds : undefined;
    if (typeof seconds !== 'number' || seconds <= 0) return;
    this.engine.timers.add(
      start + seconds * 1000,
      'executionTimeout',
      () => true,
      () => {
        abortFrame(this.engine, this.engine.root);
        this.machineTimedOut = true;
        this.engine.terminate(
          'TIMED_OUT',
          'States.Timeout',
          `The execution ran longer than its TimeoutSeconds (${seconds} s).`,
        );
      },
    );
  }

  /** The definition's own TimeoutSeconds ended the run (DescribeExecution then has no error or cause). */
  private machineTimedOut = false;

  get status(): ExecutionStatus {
    return this.engine.status;
  }

  get history(): readonly HistoryEvent[] {
    return this.engine.events.all();
  }

  get result(): ExecutionResult {
    const e = this.engine;
    if (e.status === 'SUCCEEDED') return { status: e.status, output: e.output };
    if (e.status === 'RUNNING') return { status: e.status };
    // DescribeExecution of a machine-level TimeoutSeconds has no error or cause (the history event keeps
    // them); the local limits (--timeout, the 1-year maximum) keep theirs, which say which limit it was
    if (this.machineTimedOut) return { status: e.status };
    return { status: e.status, error: e.error, cause: e.cause };
  }

  /** Number of state transitions so far. */
  get transitions(): number {
    return this.engine.transitions;
  }

  /** True when the execution is RUNNING but only a task token answer (or time) can move it. */
  get waitingForTokens(): boolean {
    return this.engine.status === 'RUNNING' && this.engine.externalWaits > 0 && !this.hasRunnable();
  }

  /** Advances to the next history event and returns it; undefined when nothing more can happen now. */
  step(): HistoryEvent | undefined | Promise<HistoryEvent | undefined> {
    const events = this.engine.events;
    while (this.delivered >= events.length) {
      const r = this.advance();
      if (r === false) return undefined;
      if (r !== true) return r.then((more) => (more || this.delivered < events.length ? this.step() : undefined));
    }
    return events.get(this.delivered++);
  }

  /**
   * Runs until the execution ends or waits for the outside world (task tokens). With a control,
   * the run hands the event loop back to the host every `yieldEveryMs` and stops when its signal
   * is aborted (ABORTED) or its wall-clock deadline passes (TIMED_OUT).
   */
  async run(control?: RunControl): Promise<ExecutionResult> {
    this.control = control;
    let lastYield = control?.stopwatch() ?? 0;
    let checkNow = control !== undefined;
    for (let n = 1; ; n++) {
      if (control && (checkNow || (n & 1023) === 0)) {
        lastYield = await this.yieldIfDue(control, lastYield);
        if (this.stopRequested()) break;
        checkNow = false;
      }
      const r = this.advance();
      if (r === false) break;
      if (r !== true) {
        checkNow = control !== undefined;
        if (!(await r)) break;
      }
    }
    this.control = undefined;
    this.delivered = this.engine.events.length;
    return this.result;
  }

  private control: RunControl | undefined = undefined;

  private async yieldIfDue(control: RunControl, lastYield: number): Promise<number> {
    const now = control.stopwatch();
    if (control.yieldToHost === undefined || now - lastYield < (control.yieldEveryMs ?? 50)) return lastYield;
    await control.yieldToHost();
    return control.stopwatch();
  }

  /** Ends the execution when the run's control asks for it; true when it did. */
  private stopRequested(): boolean {
    const control = this.control;
    if (control === undefined || this.engine.status !== 'RUNNING') return false;
    if (control.signal?.aborted) {
      this.stop(control.abortError ?? 'Interrupted', control.abortCause ?? 'The run was interrupted.');
      return true;
    }
    if (control.deadline === undefined || control.stopwatch() < control.deadline) return false;
    abortFrame(this.engine, this.engine.root);
    this.engine.terminate(
      'TIMED_OUT',
      'States.Timeout',
      control.deadlineCause ?? 'The run exceeded its wall-clock budget.',
    );
    return true;
  }

  /** run() without promises; throws if the definition needs asynchronous work (JSONata, async handlers, real time). */
  runSync(): ExecutionResult {
    for (;;) {
      const r = this.advance();
      if (r === false) break;
      if (r !== true) throw new Error('runSync: this execution needs asynchronous evaluation; use run()');
    }
    this.delivered = this.engine.events.length;
    return this.result;
  }

  snapshot(): FrameSnapshot | undefined {
    const root = this.engine.root;
    return root.phase === 'done' && this.engine.status !== 'RUNNING' ? undefined : snapshotFrame(root);
  }

  sendTaskSuccess(token: string, output: Json): TokenResponse {
    const frame = this.tokenFrame(token);
    if (!(frame instanceof Frame)) return frame;
    releaseToken(this.engine, frame);
    frame.result = output;
    frame.phase = 'result';
    this.engine.wake(frame, false);
    return { ok: true };
  }

  sendTaskFailure(token: string, error = '', cause = ''): TokenResponse {
    const frame = this.tokenFrame(token);
    if (!(frame instanceof Frame)) return frame;
    releaseToken(this.engine, frame);
    frame.failure = new Failure(error, cause, 'reported');
    frame.phase = 'taskFailed';
    this.engine.wake(frame, false);
    return { ok: true };
  }

  sendTaskHeartbeat(token: string): TokenResponse {
    const frame = this.tokenFrame(token);
    if (!(frame instanceof Frame)) return frame;
    armHeartbeat(this.engine, frame);
    return { ok: true };
  }

  /** Tokens of the tasks currently paused for SendTaskSuccess/Failure. */
  pendingTokens(): { token: string; state: string; frame: string }[] {
    return [...this.engine.tokens.entries()].map(([token, f]) => ({ token, state: f.state.name, frame: f.label }));
  }

  /**
   * For the debugger: replaces the input of a state that was just entered and has not run yet
   * (its frame is right after its StateEntered event). False when no such frame has that label.
   */
  replaceStateInput(frameLabel: string, input: Json): boolean {
    const frame = findFrame(this.engine.root, frameLabel);
    if (frame === undefined || frame.phase !== 'prepare' || frame.aborted) return false;
    frame.input = input;
    return true;
  }

  /** StopExecution: ABORTED, in-flight states get their ...StateAborted events. */
  stop(error?: string, cause?: string): void {
    if (this.engine.status !== 'RUNNING') return;
    abortFrame(this.engine, this.engine.root);
    this.engine.terminate('ABORTED', error, cause);
  }

  private tokenFrame(token: string): Frame | TokenResponse {
    const frame = this.engine.tokens.get(token);
    if (frame === undefined || frame.phase !== 'waitToken' || frame.aborted) {
      return { ok: false, error: 'TaskDoesNotExist', message: `No task is waiting for token '${token}'.` };
    }
    return frame;
  }

  private hasRunnable(): boolean {
    const c = this.engine.current;
    if (c && !c.blocked && !c.aborted && c.phase !== 'done') return true;
    return this.engine.ready.some((f) => !f.blocked && !f.aborted && f.phase !== 'done');
  }

  /** One unit of work: true = progressed, false = nothing can happen now. */
  private advance(): boolean | Promise<boolean> {
    const engine = this.engine;
    if (engine.status !== 'RUNNING') return false;
    let frame = engine.current;
    if (frame === undefined || frame.blocked || frame.aborted || frame.phase === 'done') {
      frame = this.nextReady();
      if (frame === undefined) return this.idle();
      engine.current = frame;
    }
    let r: void | Promise<void>;
    try {
      r = engine.runPhase(frame);
    } catch (e) {
      return this.overflowed(frame, e);
    }
    return r === undefined
      ? true
      : r.then(
          () => true,
          (e: unknown) => this.overflowed(frame, e),
        );
  }

  /** A stack overflow while running a state (data nested too deeply for a recursive step) fails the execution. */
  private overflowed(frame: Frame, e: unknown): true {
    if (!isStackOverflow(e)) throw e;
    const name = frame.state?.name ?? frame.machine.startAt;
    this.engine.terminate(
      'FAILED',
      'States.Runtime',
      `State '${name}' could not be evaluated: its data or expression is nested too deeply (the JavaScript stack ran out).`,
    );
    return true;
  }

  /** The next timer lies past AWS's 1-year maximum execution time: the execution times out there. */
  private yearElapsed(): true {
    abortFrame(this.engine, this.engine.root);
    this.engine.terminate(
      'TIMED_OUT',
      'States.Timeout',
      'The execution would run longer than the 1-year maximum execution time of Step Functions.',
    );
    return true;
  }

  private nextReady(): Frame | undefined {
    const ready = this.engine.ready;
    while (ready.length > 0) {
      const f = ready.shift() as Frame;
      if (!f.blocked && !f.aborted && f.phase !== 'done') return f;
    }
    return undefined;
  }

  /** Nothing runnable: let time pass to the next timer, or report that only the outside can help. */
  private idle(): boolean | Promise<boolean> {
    const engine = this.engine;
    const timer = engine.timers.peek();
    if (timer === undefined) {
      if (engine.externalWaits > 0) return false;
      engine.terminate('FAILED', 'States.Runtime', 'Internal error: the execution cannot make progress.');
      return true;
    }
    if (engine.externalWaits > 0 && !this.env.advanceWhenIdle && !engine.timers.hasProgressTimer()) return false;
    if (timer.at > this.startedAt + MAX_EXECUTION_MS) return this.yearElapsed();
    engine.timers.pop();
    const waited = this.env.clock.advanceTo(timer.at);
    if (waited instanceof Promise) return waited.then(() => (this.stopRequested() || timer.fire(), true));
    timer.fire();
    return true;
  }
}

function findFrame(frame: Frame, label: string): Frame | undefined {
  if (frame.label === label) return frame;
  if (frame.waiting === undefined || !label.startsWith(frame.label === 'root' ? '' : frame.label + '/'))
    return undefined;
  for (const child of frame.waiting.frames) {
    const found = findFrame(child, label);
    if (found !== undefined) return found;
  }
  return undefined;
}

function isEnvironment(env: Environment | EnvironmentOptions): env is Environment {
  return typeof (env as Environment).random === 'function' && typeof (env as Environment).maxTransitions === 'number';
}
