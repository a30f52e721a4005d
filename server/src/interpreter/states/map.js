"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.runMap = runMap;
exports.mapRunArn = mapRunArn;
const frame_1 = require("../frame");
const failure_1 = require("../failure");
const group_1 = require("../group");
const children_1 = require("../children");
const parallel_1 = require("./parallel");
const common_1 = require("./common");
const mapPlan_1 = require("./mapPlan");
const mapDistributed_1 = require("./mapDistributed");
function runMap(engine, frame) {
    switch (frame.phase) {
        case frame_1.PHASE_PREPARE:
            return prepare(engine, frame);
        case frame_1.PHASE_RUN:
            return (0, children_1.driveChildren)(engine, frame, frame.waiting);
        case frame_1.PHASE_CHILDREN_DONE:
            return done(engine, frame);
        case frame_1.PHASE_CHILDREN_FAILED:
            if (frame.state.distributed)
                engine.emit(frame, 'MapRunFailed', { error: frame.waiting.failure?.error, cause: frame.waiting.failure?.cause });
            return (0, parallel_1.childrenFailed)(engine, frame, 'MapStateFailed');
        default:
            return (0, parallel_1.completeWithResult)(engine, frame);
    }
}
function prepare(engine, frame) {
    const plan = frame.state.jsonata ? (0, mapPlan_1.prepareMapJsonata)(engine, frame) : (0, mapPlan_1.prepareMapJsonPath)(engine, frame);
    if (plan instanceof Promise)
        return plan.then((p) => start(engine, frame, p));
    start(engine, frame, plan);
}
function start(engine, frame, plan) {
    if ((0, common_1.failed)(engine, frame, plan))
        return;
    const p = plan;
    const processor = frame.state.children[0];
    engine.emit(frame, 'MapStateStarted', { length: p.count });
    if (frame.state.distributed)
        engine.emit(frame, 'MapRunStarted', { mapRunArn: mapRunArn(engine, frame) });
    const inputs = [];
    frame.waiting = new group_1.ChildGroup(frame, {
        kind: frame.state.distributed ? 'distributed' : 'map',
        total: p.count,
        limit: p.maxConcurrency > 0 ? p.maxConcurrency : frame.state.distributed ? 10_000 : 40,
        machineFor: () => processor,
        inputFor: (i) => remember(inputs, i, p.inputFor(i)),
        toleratedCount: p.toleratedCount,
        toleratedPercentage: p.toleratedPercentage,
    });
    frame.scratch = { inputs, startedAt: engine.now(), plan: p };
    frame.phase = frame_1.PHASE_RUN;
}
function remember(inputs, i, v) {
    if (v instanceof Promise)
        return v.then((x) => remember(inputs, i, x));
    if (!(0, failure_1.isFailure)(v))
        inputs[i] = v;
    return v;
}
function mapRunArn(engine, frame) {
    const { region, account, stateMachineName, executionName } = engine.env.identity;
    const label = typeof frame.state.def.Label === 'string' ? frame.state.def.Label : frame.state.name;
    return `arn:aws:states:${region}:${account}:mapRun:${stateMachineName}/${label}:${executionName}`;
}
function done(engine, frame) {
    if (!frame.state.distributed)
        return (0, parallel_1.childrenDone)(engine, frame, 'MapStateSucceeded');
    const result = (0, mapDistributed_1.finishDistributed)(engine, frame);
    if (result instanceof Promise)
        return result.then((r) => afterDistributed(engine, frame, r));
    return afterDistributed(engine, frame, result);
}
function afterDistributed(engine, frame, result) {
    if ((0, failure_1.isFailure)(result)) {
        engine.emit(frame, 'MapRunFailed', { error: result.error, cause: result.cause });
        frame.waiting = undefined;
        return engine.failState(frame, result);
    }
    engine.emit(frame, 'MapRunSucceeded', {});
    (0, parallel_1.childrenDone)(engine, frame, 'MapStateSucceeded');
    frame.result = result;
}
//# sourceMappingURL=map.js.map