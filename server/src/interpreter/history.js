"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.HistoryLog = exports.SAME_AS_PREVIOUS_OUTPUT = void 0;
exports.toAwsHistory = toAwsHistory;
const DETAILS_KEY = {
    ExecutionStarted: 'executionStartedEventDetails',
    ExecutionSucceeded: 'executionSucceededEventDetails',
    ExecutionFailed: 'executionFailedEventDetails',
    ExecutionAborted: 'executionAbortedEventDetails',
    ExecutionTimedOut: 'executionTimedOutEventDetails',
    TaskScheduled: 'taskScheduledEventDetails',
    TaskStarted: 'taskStartedEventDetails',
    TaskSubmitted: 'taskSubmittedEventDetails',
    TaskSucceeded: 'taskSucceededEventDetails',
    TaskFailed: 'taskFailedEventDetails',
    TaskTimedOut: 'taskTimedOutEventDetails',
    LambdaFunctionScheduled: 'lambdaFunctionScheduledEventDetails',
    LambdaFunctionSucceeded: 'lambdaFunctionSucceededEventDetails',
    LambdaFunctionFailed: 'lambdaFunctionFailedEventDetails',
    LambdaFunctionTimedOut: 'lambdaFunctionTimedOutEventDetails',
    ActivityScheduled: 'activityScheduledEventDetails',
    ActivityStarted: 'activityStartedEventDetails',
    ActivitySucceeded: 'activitySucceededEventDetails',
    ActivityFailed: 'activityFailedEventDetails',
    ActivityTimedOut: 'activityTimedOutEventDetails',
    MapStateStarted: 'mapStateStartedEventDetails',
    MapIterationStarted: 'mapIterationStartedEventDetails',
    MapIterationSucceeded: 'mapIterationSucceededEventDetails',
    MapIterationFailed: 'mapIterationFailedEventDetails',
    MapIterationAborted: 'mapIterationAbortedEventDetails',
    MapRunStarted: 'mapRunStartedEventDetails',
    MapRunFailed: 'mapRunFailedEventDetails',
    EvaluationFailed: 'evaluationFailedEventDetails',
};
function detailsKey(type) {
    if (type.endsWith('StateEntered'))
        return 'stateEnteredEventDetails';
    if (type.endsWith('StateExited'))
        return 'stateExitedEventDetails';
    return DETAILS_KEY[type];
}
const STRINGIFIED = new Set(['input', 'output', 'parameters']);
/** Renders events as GetExecutionHistory returns them (payloads as JSON strings, ISO timestamps). */
function toAwsHistory(events) {
    return events.map((e) => {
        const out = { id: e.id, previousEventId: e.previousEventId, timestamp: new Date(e.timestamp).toISOString(), type: e.type };
        const key = detailsKey(e.type);
        if (key)
            out[key] = renderDetails(e.details);
        return out;
    });
}
function renderDetails(d) {
    const out = {};
    for (const [k, v] of Object.entries(d)) {
        if (v === undefined)
            continue;
        if (STRINGIFIED.has(k))
            out[k] = JSON.stringify(v);
        else if (k === 'assignedVariables')
            out[k] = Object.fromEntries(Object.entries(v).map(([n, x]) => [n, JSON.stringify(x)]));
        else
            out[k] = v;
    }
    if ('input' in d)
        out.inputDetails = { truncated: false };
    if ('output' in d)
        out.outputDetails = { truncated: false };
    return out;
}
/**
 * Stored instead of a StateEntered input that is the previous event's output in the same frame
 * (the usual case), so that the log does not hold one more reference per transition.
 */
exports.SAME_AS_PREVIOUS_OUTPUT = Object.freeze({});
/** Event type ↔ small integer, for the compact history columns. */
const TYPE_CODES = new Map();
const TYPES_BY_CODE = [];
function typeCode(type) {
    let code = TYPE_CODES.get(type);
    if (code === undefined) {
        code = TYPES_BY_CODE.push(type) - 1;
        TYPE_CODES.set(type, code);
    }
    return code;
}
/** A value that changes rarely along the log: stored only where it changes. */
class StepColumn {
    starts = [];
    values = [];
    last = undefined;
    set(index, value) {
        if (value === this.last && this.starts.length > 0)
            return;
        this.last = value;
        this.starts.push(index);
        this.values.push(value);
    }
    at(index) {
        const starts = this.starts;
        let low = 0;
        let high = starts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if (starts[mid] <= index)
                low = mid;
            else
                high = mid - 1;
        }
        return this.values[low];
    }
}
/**
 * The recorded history, stored column-wise so that recording an event allocates nothing and
 * writes little (the hot path of long loops and big Maps): a type code per event, the state name
 * and payload, and — only where they differ from the obvious — the time (on change), the frame
 * label (on change) and the previous event id (when it is not the event just before). Rare
 * details go to a side table. Events are materialised on demand.
 */
class HistoryLog {
    codes = new Uint8Array(4096);
    refs = [];
    extras = new Map();
    previous = new Map();
    times = new StepColumn();
    labels = new StepColumn();
    materialized = [];
    count = 0;
    get length() {
        return this.count;
    }
    add(type, time, previous, frame, name, payload, extra) {
        const i = this.count++;
        if (i >= this.codes.length) {
            const grown = new Uint8Array(this.codes.length * 2);
            grown.set(this.codes);
            this.codes = grown;
        }
        this.codes[i] = typeCode(type);
        const refs = this.refs;
        refs[2 * i] = name;
        refs[2 * i + 1] = payload;
        this.times.set(i, time);
        this.labels.set(i, frame);
        if (previous !== i)
            this.previous.set(i, previous);
        if (extra !== undefined)
            this.extras.set(i, extra);
    }
    typeAt(index) {
        return TYPES_BY_CODE[this.codes[index]];
    }
    get(index) {
        const cached = this.materialized[index];
        if (cached !== undefined)
            return cached;
        const type = this.typeAt(index);
        const name = this.refs[2 * index];
        const payload = this.refs[2 * index + 1];
        const previousEventId = this.previous.get(index) ?? index;
        let details = this.extras.get(index);
        if (details === undefined || name !== undefined) {
            details = { ...details, name };
            if (type.endsWith('Entered'))
                details.input = payload === exports.SAME_AS_PREVIOUS_OUTPUT ? this.get(previousEventId - 1).details.output : payload;
            else if (payload !== undefined)
                details.output = payload;
        }
        const event = { id: index + 1, previousEventId, timestamp: this.times.at(index), type, details, frame: this.labels.at(index) };
        if (this.materialized.length === index)
            this.materialized.push(event);
        return event;
    }
    all() {
        for (let i = this.materialized.length; i < this.count; i++)
            this.get(i);
        return this.materialized;
    }
}
exports.HistoryLog = HistoryLog;
//# sourceMappingURL=history.js.map