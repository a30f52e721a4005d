"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Engine = void 0;
exports.dataLimit = dataLimit;
const failure_1 = require("./failure");
const frame_1 = require("./frame");
const history_1 = require("./history");
const limits_1 = require("./limits");
const timers_1 = require("./timers");
const states_1 = require("./states");
const catch_1 = require("./catch");
const children_1 = require("./children");
const ENTERED = {
    Pass: 'PassStateEntered', Task: 'TaskStateEntered', Choice: 'ChoiceStateEntered', Wait: 'WaitStateEntered',
    Succeed: 'SucceedStateEntered', Fail: 'FailStateEntered', Parallel: 'ParallelStateEntered', Map: 'MapStateEntered',
};
const EXITED = {
    Pass: 'PassStateExited', Task: 'TaskStateExited', Choice: 'ChoiceStateExited', Wait: 'WaitStateExited',
    Succeed: 'SucceedStateExited', Parallel: 'ParallelStateExited', Map: 'MapStateExited',
};
class Engine {
    env;
    base;
    events = new history_1.HistoryLog();
    status = 'RUNNING';
    output = undefined;
    error = undefined;
    cause = undefined;
    transitions = 0;
    timers = new timers_1.TimerQueue();
    /** Frames ready to run, front first; `current` keeps running until it blocks. */
    ready = [];
    current = undefined;
    tokens = new Map();
    /** Frames blocked on something only the outside world can resolve (task tokens). */
    externalWaits = 0;
    eventId = 0;
    root;
    constructor(env, base) {
        this.env = env;
        this.base = base;
    }
    now() {
        return this.env.clock.now();
    }
    emit(frame, type, details) {
        const id = ++this.eventId;
        if (this.env.recordHistory) {
            this.events.add(type, this.now(), frame ? frame.lastEventId : id - 1, frame ? frame.label : 'root', undefined, undefined, details);
        }
        if (frame)
            frame.lastEventId = id;
    }
    /** StateEntered / StateExited without allocating a details object. */
    emitState(frame, type, name, payload, extra) {
        const id = ++this.eventId;
        if (this.env.recordHistory)
            this.events.add(type, this.now(), frame.lastEventId, frame.label, name, this.env.historyPayloads ? payload : undefined, extra);
        frame.lastEventId = id;
    }
    get lastEventId() {
        return this.eventId;
    }
    /** Runs one phase of the given frame. */
    runPhase(frame) {
        switch (frame.phase) {
            case frame_1.PHASE_ENTER:
                return this.enterState(frame);
            case frame_1.PHASE_FINISH:
                return (0, children_1.childFinished)(this, frame, undefined);
            case frame_1.PHASE_FAIL_FINISH:
                return (0, children_1.childFinished)(this, frame, frame.failure);
            default:
                return states_1.STATE_HANDLERS[frame.state.type](this, frame);
        }
    }
    enterState(frame) {
        const state = frame.state;
        if (state === undefined) {
            this.failFrame(frame, new failure_1.Failure('States.Runtime', `The machine ${frame.machine.id} has no state named by its StartAt '${frame.machine.startAt}'.`));
            return;
        }
        if (++this.transitions > this.env.maxTransitions) {
            return this.terminate('FAILED', 'States.Runtime', `The execution exceeded its budget of ${this.env.maxTransitions} state transitions (raise it with --max-transitions).`);
        }
        frame.enteredAt = this.now();
        this.emitState(frame, ENTERED[state.type] ?? 'PassStateEntered', state.name, frame.inputChecked ? history_1.SAME_AS_PREVIOUS_OUTPUT : frame.input);
        if (ENTERED[state.type] === undefined)
            return this.failState(frame, new failure_1.Failure('States.Runtime', `State '${state.name}' has an unknown Type '${String(state.type)}'.`));
        frame.phase = frame_1.PHASE_PREPARE;
        if (!frame.inputChecked && (0, limits_1.exceedsPayloadLimit)(frame.input))
            return this.failState(frame, dataLimit(`The input of state '${state.name}'`));
    }
    /** Leaves the current state with its output: Exited event, variables, then the next state or the end. */
    exitState(frame, output) {
        const state = frame.state;
        if (output !== frame.input && (0, limits_1.exceedsPayloadLimit)(output))
            return this.failState(frame, dataLimit(`The output of state '${state.name}'`));
        frame.output = output;
        const assigned = frame.assigned;
        if (assigned !== undefined) {
            if ((0, limits_1.exceedsPayloadLimit)(assigned))
                return this.failState(frame, dataLimit(`The variables assigned by state '${state.name}'`));
            frame.vars.assignAll(assigned);
        }
        this.emitState(frame, EXITED[state.type], state.name, output, assigned === undefined ? undefined : { assignedVariables: assigned });
        return this.transition(frame, state, frame.nextState ?? (state.end ? undefined : state.next), output);
    }
    /** Moves to `next` in the same machine, or finishes the frame when there is none. */
    transition(frame, state, next, output) {
        if (next === undefined || state.type === 'Succeed') {
            frame.output = output;
            frame.phase = frame_1.PHASE_FINISH;
            return;
        }
        const target = state.machine.states.get(next);
        if (target === undefined)
            return this.failState(frame, new failure_1.Failure('States.Runtime', `State '${state.name}' names a next state '${next}' that does not exist.`));
        frame.enter(target, output);
        frame.inputChecked = true;
    }
    /** A state failed: Retry, Catch, or the frame (branch/iteration/execution) fails. */
    failState(frame, failure) {
        return (0, catch_1.handleStateError)(this, frame, failure);
    }
    failFrame(frame, failure) {
        frame.failure = failure;
        frame.phase = frame_1.PHASE_FAIL_FINISH;
    }
    /** Records a JSONata evaluation failure (EvaluationFailed event) and fails the state. */
    evaluationFailed(frame, failure, location) {
        if (failure.error === 'States.QueryEvaluationError') {
            this.emit(frame, 'EvaluationFailed', { state: frame.state.name, error: failure.error, cause: failure.cause, location });
        }
        return this.failState(frame, failure);
    }
    // ---- scheduling -------------------------------------------------------------------------
    block(frame) {
        frame.blocked = true;
        if (this.current === frame)
            this.current = undefined;
    }
    /** Makes a blocked frame runnable again; `front` resumes it before anything else. */
    wake(frame, front) {
        if (frame.aborted || frame.phase === frame_1.PHASE_DONE)
            return;
        frame.blocked = false;
        if (front)
            this.ready.unshift(frame);
        else
            this.ready.push(frame);
    }
    /** Blocks the frame until virtual time `at`, then continues at `phase`. */
    sleepUntil(frame, at, phase, kind) {
        this.block(frame);
        const epoch = ++frame.epoch;
        this.timers.add(at, kind, () => frame.epoch === epoch && !frame.aborted, () => {
            frame.phase = phase;
            this.wake(frame, false);
        });
    }
    /** Ends the whole execution (timeout, abort, budget, uncaught failure at the top). */
    terminate(status, error, cause) {
        if (this.status !== 'RUNNING')
            return;
        this.status = status;
        this.error = error;
        this.cause = cause;
        const details = { error, cause };
        if (status === 'FAILED')
            this.emit(undefined, 'ExecutionFailed', details);
        else if (status === 'TIMED_OUT')
            this.emit(undefined, 'ExecutionTimedOut', details);
        else if (status === 'ABORTED')
            this.emit(undefined, 'ExecutionAborted', details);
        this.ready = [];
        this.current = undefined;
        this.timers.clear();
    }
    succeed(output) {
        this.status = 'SUCCEEDED';
        this.output = output;
        this.emit(undefined, 'ExecutionSucceeded', { output });
        this.timers.clear();
    }
}
exports.Engine = Engine;
function dataLimit(what) {
    return new failure_1.Failure('States.DataLimitExceeded', `${what} is larger than the 262144-byte (256 KiB) payload quota.`);
}
//# sourceMappingURL=engine.js.map