"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.runTask = runTask;
const engine_1 = require("../engine");
const frame_1 = require("../frame");
const failure_1 = require("../failure");
const environment_1 = require("../environment");
const tasks_1 = require("../tasks");
const flow_1 = require("../flow");
const limits_1 = require("../limits");
const common_1 = require("./common");
const taskTimeouts_1 = require("./taskTimeouts");
function runTask(engine, frame) {
    switch (frame.phase) {
        case frame_1.PHASE_PREPARE:
            return prepare(engine, frame);
        case frame_1.PHASE_STARTED:
            return start(engine, frame);
        case frame_1.PHASE_WAIT_TOKEN:
            return submitted(engine, frame);
        case frame_1.PHASE_RESULT:
            return succeeded(engine, frame);
        case frame_1.PHASE_TASK_FAILED:
        case frame_1.PHASE_TIMED_OUT:
            return taskFailed(engine, frame);
        default:
            return complete(engine, frame);
    }
}
function info(frame) {
    return (0, tasks_1.describeResource)(typeof frame.state.def.Resource === 'string' ? frame.state.def.Resource : '');
}
function event(frame, suffix) {
    const family = info(frame).events;
    if (family === 'Task')
        return `Task${suffix}`;
    return `${family}${suffix}`;
}
function prepare(engine, frame) {
    if (info(frame).pattern === 'callback') {
        frame.token = (0, environment_1.uuidFrom)(engine.env.random);
        frame.invalidateContext();
    }
    if (frame.state.jsonata)
        return (0, flow_1.argumentsStage)(frame).then((args) => schedule(engine, frame, args));
    const effective = (0, flow_1.inputStage)(frame);
    if ((0, common_1.failed)(engine, frame, effective))
        return;
    return schedule(engine, frame, (0, flow_1.parametersStage)(frame, effective));
}
function schedule(engine, frame, args) {
    if ((0, common_1.failed)(engine, frame, args))
        return;
    const input = args;
    frame.afterParameters = input;
    if ((0, limits_1.exceedsPayloadLimit)(input))
        return void engine.failState(frame, (0, engine_1.dataLimit)(`The parameters of state '${frame.state.name}'`));
    const timeouts = (0, taskTimeouts_1.resolveTimeouts)(frame, frame.afterInputPath ?? frame.input);
    if (timeouts instanceof Promise)
        return timeouts.then((t) => scheduled(engine, frame, input, t));
    scheduled(engine, frame, input, timeouts);
}
function scheduled(engine, frame, input, timeouts) {
    if ((0, common_1.failed)(engine, frame, timeouts))
        return;
    frame.scratch = timeouts;
    const { resourceType, resource } = info(frame);
    engine.emit(frame, event(frame, 'Scheduled'), {
        resourceType, resource, region: engine.env.identity.region, parameters: input,
        timeoutInSeconds: timeouts.timeoutSeconds, heartbeatInSeconds: timeouts.heartbeatSeconds,
    });
    frame.phase = frame_1.PHASE_STARTED;
}
function start(engine, frame) {
    const ri = info(frame);
    engine.emit(frame, event(frame, 'Started'), { resourceType: ri.resourceType, resource: ri.resource });
    frame.scratch.startedAt = engine.now();
    const outcome = engine.env.tasks.dispatch({
        stateName: frame.state.name, resource: typeof frame.state.def.Resource === 'string' ? frame.state.def.Resource : '',
        pattern: ri.pattern, input: frame.afterParameters ?? null, token: frame.token, context: frame.context,
    });
    if (outcome instanceof Promise)
        return outcome.then((o) => settle(frame, o));
    settle(frame, outcome);
}
function settle(frame, outcome) {
    const scratch = frame.scratch;
    scratch.outcome = outcome;
    if (info(frame).pattern !== 'request') {
        frame.phase = frame_1.PHASE_WAIT_TOKEN;
        return;
    }
    applyOutcome(frame, outcome);
}
function applyOutcome(frame, outcome) {
    if (outcome === undefined) {
        frame.failure = notConfigured(frame);
        frame.phase = frame_1.PHASE_TASK_FAILED;
    }
    else if (outcome.kind === 'result') {
        frame.result = outcome.value;
        frame.phase = frame_1.PHASE_RESULT;
    }
    else if (outcome.kind === 'error') {
        frame.failure = new failure_1.Failure(outcome.error, outcome.cause);
        frame.phase = frame_1.PHASE_TASK_FAILED;
    }
}
function notConfigured(frame) {
    const name = frame.state.name;
    return new failure_1.Failure('States.Runtime', `Task state '${name}' has no mocked response and no local handler. Mock it in a MockConfigFile (StateMachines → <machine> → TestCases → <case> → "${name}": "<response>", then asl run --mocks FILE --test-case CASE) or map it to a handler (--handlers FILE exporting "${name}").`);
}
/** Callback and .sync tasks: TaskSubmitted, then the answer, or (callback) a pause until the token is answered. */
function submitted(engine, frame) {
    const scratch = frame.scratch;
    if (scratch.submitted)
        return engine.block(frame);
    scratch.submitted = true;
    const ri = info(frame);
    if (ri.events === 'Task')
        engine.emit(frame, 'TaskSubmitted', { resourceType: ri.resourceType, resource: ri.resource, output: {} });
    const outcome = scratch.outcome;
    if (outcome !== undefined && outcome.kind !== 'pending')
        return applyOutcome(frame, outcome);
    if (outcome === undefined || frame.token === undefined)
        return applyOutcome(frame, outcome?.kind === 'pending' ? undefined : outcome);
    engine.tokens.set(frame.token, frame);
    scratch.external = true;
    engine.externalWaits++;
    engine.block(frame);
    (0, taskTimeouts_1.startTokenTimers)(engine, frame);
}
function succeeded(engine, frame) {
    const result = frame.result ?? null;
    if ((0, limits_1.exceedsPayloadLimit)(result)) {
        frame.failure = (0, engine_1.dataLimit)(`The result of state '${frame.state.name}'`);
        frame.phase = frame_1.PHASE_TASK_FAILED;
        return;
    }
    const ri = info(frame);
    engine.emit(frame, event(frame, 'Succeeded'), { resourceType: ri.resourceType, resource: ri.resource, output: result });
    frame.phase = frame_1.PHASE_COMPLETE;
}
function taskFailed(engine, frame) {
    const failure = frame.failure;
    const ri = info(frame);
    const type = frame.phase === frame_1.PHASE_TIMED_OUT ? event(frame, 'TimedOut') : event(frame, 'Failed');
    engine.emit(frame, type, { resourceType: ri.resourceType, resource: ri.resource, error: failure.error, cause: failure.cause });
    return engine.failState(frame, failure);
}
function complete(engine, frame) {
    const result = frame.result ?? null;
    if (frame.state.jsonata)
        return (0, flow_1.outputStageJsonata)(frame, result).then((out) => (0, common_1.exitWith)(engine, frame, out));
    const output = (0, flow_1.outputStageJsonPath)(frame, result, true);
    if ((0, failure_1.isFailure)(output))
        return engine.failState(frame, output);
    engine.exitState(frame, output);
}
//# sourceMappingURL=task.js.map