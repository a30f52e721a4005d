"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.runParallel = runParallel;
exports.childrenDone = childrenDone;
exports.childrenFailed = childrenFailed;
exports.completeWithResult = completeWithResult;
const frame_1 = require("../frame");
const failure_1 = require("../failure");
const group_1 = require("../group");
const children_1 = require("../children");
const flow_1 = require("../flow");
const common_1 = require("./common");
function runParallel(engine, frame) {
    switch (frame.phase) {
        case frame_1.PHASE_PREPARE:
            return prepare(engine, frame);
        case frame_1.PHASE_RUN:
            return (0, children_1.driveChildren)(engine, frame, frame.waiting);
        case frame_1.PHASE_CHILDREN_DONE:
            return childrenDone(engine, frame, 'ParallelStateSucceeded');
        case frame_1.PHASE_CHILDREN_FAILED:
            return childrenFailed(engine, frame, 'ParallelStateFailed');
        default:
            return completeWithResult(engine, frame);
    }
}
function prepare(engine, frame) {
    if (frame.state.jsonata)
        return (0, flow_1.argumentsStage)(frame).then((input) => start(engine, frame, input));
    const effective = (0, flow_1.inputStage)(frame);
    if ((0, common_1.failed)(engine, frame, effective))
        return;
    start(engine, frame, (0, flow_1.parametersStage)(frame, effective));
}
function start(engine, frame, input) {
    if ((0, common_1.failed)(engine, frame, input))
        return;
    const branchInput = input;
    const branches = frame.state.children;
    engine.emit(frame, 'ParallelStateStarted', {});
    frame.waiting = new group_1.ChildGroup(frame, {
        kind: 'parallel', total: branches.length, limit: Infinity, machineFor: (i) => branches[i], inputFor: () => branchInput,
    });
    frame.phase = frame_1.PHASE_RUN;
}
/** Shared with Map: the group ended well; its results array is the state's result. */
function childrenDone(engine, frame, type) {
    const group = frame.waiting;
    frame.waiting = undefined;
    engine.emit(frame, type, {});
    frame.result = group.results;
    frame.phase = frame_1.PHASE_COMPLETE;
}
function childrenFailed(engine, frame, type) {
    const failure = frame.waiting.failure;
    frame.waiting = undefined;
    engine.emit(frame, type, { error: failure.error, cause: failure.cause });
    return engine.failState(frame, failure);
}
function completeWithResult(engine, frame) {
    const result = frame.result ?? null;
    if (frame.state.jsonata)
        return (0, flow_1.outputStageJsonata)(frame, result).then((out) => (0, common_1.exitWith)(engine, frame, out));
    const output = (0, flow_1.outputStageJsonPath)(frame, result, true);
    if ((0, failure_1.isFailure)(output))
        return engine.failState(frame, output);
    engine.exitState(frame, output);
}
//# sourceMappingURL=parallel.js.map