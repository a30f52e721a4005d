"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Execution = void 0;
/*
 * The interpreter's public API: `new Execution(definition, input, env)`, then step() (exactly one
 * history event), run() (to the end, or until only the outside world can make progress),
 * snapshot(), sendTaskSuccess/Failure/Heartbeat and stop(). Pure and deterministic: everything
 * from the outside comes through the Environment. step() and run() stay synchronous (no promise)
 * while no JSONata, async handler or real-time wait is involved.
 */
const compile_1 = require("./compile");
const environment_1 = require("./environment");
const engine_1 = require("./engine");
const frame_1 = require("./frame");
const context_1 = require("./context");
const variables_1 = require("./variables");
const failure_1 = require("./failure");
const children_1 = require("./children");
const taskTimeouts_1 = require("./states/taskTimeouts");
const snapshot_1 = require("./snapshot");
const value_1 = require("./value");
class Execution {
    env;
    engine;
    machine;
    delivered = 0;
    constructor(definition, input, env = {}) {
        this.env = isEnvironment(env) ? env : (0, environment_1.createEnvironment)(env);
        this.machine = (0, compile_1.compileDefinition)(definition);
        const start = this.env.clock.now();
        const engine = (this.engine = new engine_1.Engine(this.env, (0, context_1.contextBase)(this.env.identity, input, start)));
        engine.emit(undefined, 'ExecutionStarted', { input, roleArn: this.env.identity.roleArn });
        engine.root = new frame_1.Frame('root', this.machine, 'root', new variables_1.VariableScope(), engine.base, this.env.random, undefined, 0, input, engine.lastEventId);
        engine.current = engine.root;
        if (engine.root.state === undefined)
            engine.terminate('FAILED', 'States.Runtime', `StartAt names a state '${this.machine.startAt}' that does not exist.`);
        this.armExecutionTimeout(definition, start);
    }
    armExecutionTimeout(definition, start) {
        const seconds = (0, value_1.isJsonObject)(definition) ? definition.TimeoutSeconds : undefined;
        if (typeof seconds !== 'number' || seconds <= 0)
            return;
        this.engine.timers.add(start + seconds * 1000, 'executionTimeout', () => true, () => {
            (0, children_1.abortFrame)(this.engine, this.engine.root);
            this.engine.terminate('TIMED_OUT', 'States.Timeout', `The execution ran longer than its TimeoutSeconds (${seconds} s).`);
        });
    }
    get status() {
        return this.engine.status;
    }
    get history() {
        return this.engine.events.all();
    }
    get result() {
        const e = this.engine;
        if (e.status === 'SUCCEEDED')
            return { status: e.status, output: e.output };
        if (e.status === 'RUNNING')
            return { status: e.status };
        return { status: e.status, error: e.error, cause: e.cause };
    }
    /** Number of state transitions so far. */
    get transitions() {
        return this.engine.transitions;
    }
    /** True when the execution is RUNNING but only a task token answer (or time) can move it. */
    get waitingForTokens() {
        return this.engine.status === 'RUNNING' && this.engine.externalWaits > 0 && !this.hasRunnable();
    }
    /** Advances to the next history event and returns it; undefined when nothing more can happen now. */
    step() {
        const events = this.engine.events;
        while (this.delivered >= events.length) {
            const r = this.advance();
            if (r === false)
                return undefined;
            if (r !== true)
                return r.then((more) => (more || this.delivered < events.length ? this.step() : undefined));
        }
        return events.get(this.delivered++);
    }
    /** Runs until the execution ends or waits for the outside world (task tokens). */
    async run() {
        for (;;) {
            const r = this.advance();
            if (r === false)
                break;
            if (r !== true && !(await r))
                break;
        }
        this.delivered = this.engine.events.length;
        return this.result;
    }
    /** run() without promises; throws if the definition needs asynchronous work (JSONata, async handlers, real time). */
    runSync() {
        for (;;) {
            const r = this.advance();
            if (r === false)
                break;
            if (r !== true)
                throw new Error('runSync: this execution needs asynchronous evaluation; use run()');
        }
        this.delivered = this.engine.events.length;
        return this.result;
    }
    snapshot() {
        const root = this.engine.root;
        return root.phase === frame_1.PHASE_DONE && this.engine.status !== 'RUNNING' ? undefined : (0, snapshot_1.snapshotFrame)(root);
    }
    sendTaskSuccess(token, output) {
        const frame = this.tokenFrame(token);
        if (!(frame instanceof frame_1.Frame))
            return frame;
        (0, taskTimeouts_1.releaseToken)(this.engine, frame);
        frame.result = output;
        frame.phase = frame_1.PHASE_RESULT;
        this.engine.wake(frame, false);
        return { ok: true };
    }
    sendTaskFailure(token, error = '', cause = '') {
        const frame = this.tokenFrame(token);
        if (!(frame instanceof frame_1.Frame))
            return frame;
        (0, taskTimeouts_1.releaseToken)(this.engine, frame);
        frame.failure = new failure_1.Failure(error, cause);
        frame.phase = frame_1.PHASE_TASK_FAILED;
        this.engine.wake(frame, false);
        return { ok: true };
    }
    sendTaskHeartbeat(token) {
        const frame = this.tokenFrame(token);
        if (!(frame instanceof frame_1.Frame))
            return frame;
        (0, taskTimeouts_1.armHeartbeat)(this.engine, frame);
        return { ok: true };
    }
    /** Tokens of the tasks currently paused for SendTaskSuccess/Failure. */
    pendingTokens() {
        return [...this.engine.tokens.entries()].map(([token, f]) => ({ token, state: f.state.name, frame: f.label }));
    }
    /** StopExecution: ABORTED, in-flight states get their ...StateAborted events. */
    stop(error, cause) {
        if (this.engine.status !== 'RUNNING')
            return;
        (0, children_1.abortFrame)(this.engine, this.engine.root);
        this.engine.terminate('ABORTED', error, cause);
    }
    tokenFrame(token) {
        const frame = this.engine.tokens.get(token);
        if (frame === undefined || frame.phase !== frame_1.PHASE_WAIT_TOKEN || frame.aborted) {
            return { ok: false, error: 'TaskDoesNotExist', message: `No task is waiting for token '${token}'.` };
        }
        return frame;
    }
    hasRunnable() {
        const c = this.engine.current;
        if (c && !c.blocked && !c.aborted && c.phase !== frame_1.PHASE_DONE)
            return true;
        return this.engine.ready.some((f) => !f.blocked && !f.aborted && f.phase !== frame_1.PHASE_DONE);
    }
    /** One unit of work: true = progressed, false = nothing can happen now. */
    advance() {
        const engine = this.engine;
        if (engine.status !== 'RUNNING')
            return false;
        let frame = engine.current;
        if (frame === undefined || frame.blocked || frame.aborted || frame.phase === frame_1.PHASE_DONE) {
            frame = this.nextReady();
            if (frame === undefined)
                return this.idle();
            engine.current = frame;
        }
        const r = engine.runPhase(frame);
        return r === undefined ? true : r.then(() => true);
    }
    nextReady() {
        const ready = this.engine.ready;
        while (ready.length > 0) {
            const f = ready.shift();
            if (!f.blocked && !f.aborted && f.phase !== frame_1.PHASE_DONE)
                return f;
        }
        return undefined;
    }
    /** Nothing runnable: let time pass to the next timer, or report that only the outside can help. */
    idle() {
        const engine = this.engine;
        const timer = engine.timers.peek();
        if (timer === undefined) {
            if (engine.externalWaits > 0)
                return false;
            engine.terminate('FAILED', 'States.Runtime', 'Internal error: the execution cannot make progress.');
            return true;
        }
        if (engine.externalWaits > 0 && !this.env.advanceWhenIdle && !engine.timers.hasProgressTimer())
            return false;
        engine.timers.pop();
        const waited = this.env.clock.advanceTo(timer.at);
        if (waited instanceof Promise)
            return waited.then(() => (timer.fire(), true));
        timer.fire();
        return true;
    }
}
exports.Execution = Execution;
function isEnvironment(env) {
    return typeof env.random === 'function' && typeof env.maxTransitions === 'number';
}
//# sourceMappingURL=execution.js.map