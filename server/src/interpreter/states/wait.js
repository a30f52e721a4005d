"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.runWait = runWait;
const frame_1 = require("../frame");
const failure_1 = require("../failure");
const jsonpath_1 = require("../jsonpath");
const jsonata_1 = require("../jsonata");
const flow_1 = require("../flow");
const common_1 = require("./common");
function runWait(engine, frame) {
    if (frame.phase === frame_1.PHASE_COMPLETE)
        return engine.exitState(frame, frame.output ?? null);
    if (frame.state.jsonata)
        return runWaitJsonata(engine, frame);
    const effective = (0, flow_1.inputStage)(frame);
    if ((0, common_1.failed)(engine, frame, effective))
        return;
    const def = frame.state.def;
    let seconds = def.Seconds;
    let timestamp = def.Timestamp;
    if (typeof def.SecondsPath === 'string')
        seconds = (0, jsonpath_1.evaluatePath)(def.SecondsPath, effective, frame);
    if (typeof def.TimestampPath === 'string')
        timestamp = (0, jsonpath_1.evaluatePath)(def.TimestampPath, effective, frame);
    const until = wakeTime(frame, seconds, timestamp, 'States.Runtime');
    if ((0, common_1.failed)(engine, frame, until))
        return;
    const output = (0, flow_1.passThroughJsonPath)(frame, effective);
    if ((0, common_1.failed)(engine, frame, output))
        return;
    return sleep(engine, frame, until, output);
}
async function runWaitJsonata(engine, frame) {
    const def = frame.state.def;
    const seconds = await maybeJsonata(frame, def.Seconds);
    if ((0, failure_1.isFailure)(seconds))
        return engine.evaluationFailed(frame, seconds, 'Seconds');
    const timestamp = await maybeJsonata(frame, def.Timestamp);
    if ((0, failure_1.isFailure)(timestamp))
        return engine.evaluationFailed(frame, timestamp, 'Timestamp');
    const until = wakeTime(frame, seconds, timestamp, 'States.QueryEvaluationError');
    if ((0, failure_1.isFailure)(until))
        return engine.evaluationFailed(frame, until, seconds !== undefined ? 'Seconds' : 'Timestamp');
    const output = await (0, flow_1.outputStageJsonata)(frame, undefined);
    if (output instanceof flow_1.LocatedFailure)
        return engine.evaluationFailed(frame, output.failure, output.location);
    if ((0, failure_1.isFailure)(output))
        return engine.failState(frame, output);
    return sleep(engine, frame, until, output);
}
async function maybeJsonata(frame, value) {
    return (0, jsonata_1.isJsonataString)(value) ? (0, jsonata_1.evaluateJsonata)((0, common_1.jsonataBody)(value), (0, flow_1.jsonataBindings)(frame), frame) : value;
}
function sleep(engine, frame, until, output) {
    frame.output = output;
    if (until <= engine.now())
        return engine.exitState(frame, output);
    engine.sleepUntil(frame, until, frame_1.PHASE_COMPLETE, 'wait');
}
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
function wakeTime(frame, seconds, timestamp, errorName) {
    if ((0, failure_1.isFailure)(seconds))
        return seconds;
    if ((0, failure_1.isFailure)(timestamp))
        return timestamp;
    const name = frame.state.name;
    if (seconds !== undefined) {
        if (typeof seconds !== 'number' || !Number.isInteger(seconds) || seconds < 0) {
            return new failure_1.Failure(errorName, `The Wait state '${name}' needs a non-negative integer number of seconds, got ${JSON.stringify(seconds)}.`);
        }
        return frame.enteredAt + seconds * 1000;
    }
    if (typeof timestamp !== 'string' || !RFC3339.test(timestamp) || Number.isNaN(Date.parse(timestamp))) {
        return new failure_1.Failure(errorName, `The Wait state '${name}' needs an RFC 3339 timestamp, got ${JSON.stringify(timestamp)}.`);
    }
    return Date.parse(timestamp);
}
//# sourceMappingURL=wait.js.map