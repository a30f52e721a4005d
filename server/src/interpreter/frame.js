"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Frame = exports.PHASE_DONE = exports.PHASE_FAIL_FINISH = exports.PHASE_FINISH = exports.PHASE_WAIT_TOKEN = exports.PHASE_TIMED_OUT = exports.PHASE_CHILDREN_FAILED = exports.PHASE_CHILDREN_DONE = exports.PHASE_COMPLETE = exports.PHASE_TASK_FAILED = exports.PHASE_RESULT = exports.PHASE_STARTED = exports.PHASE_RUN = exports.PHASE_PREPARE = exports.PHASE_ENTER = void 0;
const context_1 = require("./context");
exports.PHASE_ENTER = 0;
exports.PHASE_PREPARE = 1;
exports.PHASE_RUN = 2;
exports.PHASE_STARTED = 3;
exports.PHASE_RESULT = 4;
exports.PHASE_TASK_FAILED = 5;
exports.PHASE_COMPLETE = 6;
exports.PHASE_CHILDREN_DONE = 7;
exports.PHASE_CHILDREN_FAILED = 8;
exports.PHASE_TIMED_OUT = 9;
exports.PHASE_WAIT_TOKEN = 10;
exports.PHASE_FINISH = 20;
exports.PHASE_FAIL_FINISH = 21;
exports.PHASE_DONE = 30;
class Frame {
    kind;
    machine;
    label;
    vars;
    base;
    random;
    group;
    index;
    state;
    phase = exports.PHASE_ENTER;
    /** Stages of the current state (TestState inspectionData names). */
    input = null;
    afterInputPath = undefined;
    afterParameters = undefined;
    result = undefined;
    afterResultSelector = undefined;
    afterResultPath = undefined;
    output = undefined;
    /** Pending Assign values, applied when the state exits. */
    assigned = undefined;
    nextState = undefined;
    failure = undefined;
    retryCounts = undefined;
    retryCount = 0;
    enteredAt = 0;
    lastEventId;
    token = undefined;
    /** The Parallel/Map group this frame is waiting for. */
    waiting = undefined;
    blocked = false;
    /** The input was already checked against the payload limit (as the previous state's output). */
    inputChecked = false;
    aborted = false;
    /** Bumped whenever a pending timer or token must be ignored. */
    epoch = 0;
    /** Per-state scratch data (Task timeouts, Map settings...). */
    scratch = undefined;
    contextCache = undefined;
    constructor(kind, machine, label, vars, base, random, group, index, initialInput, previousEventId) {
        this.kind = kind;
        this.machine = machine;
        this.label = label;
        this.vars = vars;
        this.base = base;
        this.random = random;
        this.group = group;
        this.index = index;
        this.state = machine.states.get(machine.startAt);
        this.input = initialInput;
        this.lastEventId = previousEventId;
    }
    /** `$$` / `$states.context`, built lazily once per state visit. */
    get context() {
        return (this.contextCache ??= (0, context_1.buildContext)(this.base, this.state.name, this.enteredAt, this.retryCount, this.token));
    }
    variable = (name) => this.vars.get(name);
    invalidateContext() {
        this.contextCache = undefined;
    }
    /** Resets the per-visit data when a new state is entered. */
    enter(state, input) {
        this.state = state;
        this.phase = exports.PHASE_ENTER;
        this.input = input;
        this.afterInputPath = this.afterParameters = this.result = this.afterResultSelector = this.afterResultPath = this.output = undefined;
        this.assigned = undefined;
        this.nextState = undefined;
        this.failure = undefined;
        this.retryCounts = undefined;
        this.retryCount = 0;
        this.token = undefined;
        this.scratch = undefined;
        this.contextCache = undefined;
        this.inputChecked = false;
    }
}
exports.Frame = Frame;
//# sourceMappingURL=frame.js.map