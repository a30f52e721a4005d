"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_TASK_TIMEOUT = void 0;
exports.resolveTimeouts = resolveTimeouts;
exports.startTokenTimers = startTokenTimers;
exports.armHeartbeat = armHeartbeat;
exports.releaseToken = releaseToken;
const frame_1 = require("../frame");
const failure_1 = require("../failure");
const jsonpath_1 = require("../jsonpath");
const jsonata_1 = require("../jsonata");
const flow_1 = require("../flow");
exports.DEFAULT_TASK_TIMEOUT = 99_999_999;
/** Synchronous unless a value is a `{% %}` expression. */
function resolveTimeouts(frame, effective) {
    const def = frame.state.def;
    if ((0, jsonata_1.isJsonataString)(def.TimeoutSeconds) || (0, jsonata_1.isJsonataString)(def.HeartbeatSeconds))
        return resolveJsonata(frame);
    const timeout = checkSeconds(frame, typeof def.TimeoutSecondsPath === 'string' ? (0, jsonpath_1.evaluatePath)(def.TimeoutSecondsPath, effective, frame) : def.TimeoutSeconds, 'TimeoutSeconds');
    if ((0, failure_1.isFailure)(timeout))
        return timeout;
    const heartbeat = checkSeconds(frame, typeof def.HeartbeatSecondsPath === 'string' ? (0, jsonpath_1.evaluatePath)(def.HeartbeatSecondsPath, effective, frame) : def.HeartbeatSeconds, 'HeartbeatSeconds');
    if ((0, failure_1.isFailure)(heartbeat))
        return heartbeat;
    return { timeoutSeconds: timeout ?? exports.DEFAULT_TASK_TIMEOUT, heartbeatSeconds: heartbeat };
}
async function resolveJsonata(frame) {
    const def = frame.state.def;
    const values = [];
    for (const [name, v] of [['TimeoutSeconds', def.TimeoutSeconds], ['HeartbeatSeconds', def.HeartbeatSeconds]]) {
        const evaluated = (0, jsonata_1.isJsonataString)(v) ? await (0, jsonata_1.evaluateJsonata)(v.slice(2, -2), (0, flow_1.jsonataBindings)(frame), frame) : v;
        const checked = checkSeconds(frame, evaluated, name);
        if ((0, failure_1.isFailure)(checked))
            return checked;
        values.push(checked);
    }
    return { timeoutSeconds: values[0] ?? exports.DEFAULT_TASK_TIMEOUT, heartbeatSeconds: values[1] };
}
function checkSeconds(frame, v, name) {
    if (v === undefined || (0, failure_1.isFailure)(v))
        return v;
    if (typeof v !== 'number' || !Number.isInteger(v) || v <= 0) {
        return new failure_1.Failure(frame.state.jsonata ? 'States.QueryEvaluationError' : 'States.Runtime', `${name} of state '${frame.state.name}' must be a positive integer, got ${JSON.stringify(v)}.`);
    }
    return v;
}
function startTokenTimers(engine, frame) {
    const scratch = frame.scratch;
    const epoch = frame.epoch;
    const started = scratch.startedAt ?? engine.now();
    engine.timers.add(started + scratch.timeoutSeconds * 1000, 'taskTimeout', () => frame.epoch === epoch && frame.phase === frame_1.PHASE_WAIT_TOKEN, () => {
        timeOut(engine, frame, new failure_1.Failure('States.Timeout', `Task state '${frame.state.name}' timed out after ${scratch.timeoutSeconds} seconds.`));
    });
    armHeartbeat(engine, frame);
}
function armHeartbeat(engine, frame) {
    const scratch = frame.scratch;
    if (scratch.heartbeatSeconds === undefined)
        return;
    const seq = (scratch.heartbeatSeq = (scratch.heartbeatSeq ?? 0) + 1);
    const epoch = frame.epoch;
    engine.timers.add(engine.now() + scratch.heartbeatSeconds * 1000, 'taskTimeout', () => frame.epoch === epoch && frame.phase === frame_1.PHASE_WAIT_TOKEN && scratch.heartbeatSeq === seq, () => {
        timeOut(engine, frame, new failure_1.Failure('States.HeartbeatTimeout', `Task state '${frame.state.name}' received no heartbeat within ${scratch.heartbeatSeconds} seconds.`));
    });
}
function timeOut(engine, frame, failure) {
    releaseToken(engine, frame);
    frame.failure = failure;
    frame.phase = frame_1.PHASE_TIMED_OUT;
    engine.wake(frame, false);
}
/** The task no longer waits for its token (answered, timed out or aborted). */
function releaseToken(engine, frame) {
    const scratch = frame.scratch;
    if (frame.token !== undefined)
        engine.tokens.delete(frame.token);
    if (scratch?.external) {
        scratch.external = false;
        engine.externalWaits--;
    }
}
//# sourceMappingURL=taskTimeouts.js.map