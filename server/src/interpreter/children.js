"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.driveChildren = driveChildren;
exports.childFinished = childFinished;
exports.abortGroup = abortGroup;
exports.abortFrame = abortFrame;
const failure_1 = require("./failure");
const frame_1 = require("./frame");
const taskTimeouts_1 = require("./states/taskTimeouts");
const variables_1 = require("./variables");
/** One scheduling decision of a Parallel/Map frame that owns a group. */
function driveChildren(engine, frame, group) {
    if (group.failure !== undefined) {
        frame.phase = frame_1.PHASE_CHILDREN_FAILED;
        return;
    }
    if (group.canSpawn)
        return spawnChild(engine, frame, group);
    if (group.done) {
        frame.phase = frame_1.PHASE_CHILDREN_DONE;
        return;
    }
    engine.block(frame);
}
function spawnChild(engine, frame, group) {
    const index = group.next++;
    const input = group.spec.inputFor(index);
    if (input instanceof Promise)
        return input.then((v) => startChild(engine, frame, group, index, v));
    startChild(engine, frame, group, index, input);
}
function startChild(engine, frame, group, index, input) {
    if ((0, failure_1.isFailure)(input)) {
        group.failure = input;
        abortGroup(engine, group);
        frame.phase = frame_1.PHASE_CHILDREN_FAILED;
        return;
    }
    const kind = group.spec.kind === 'parallel' ? 'branch' : group.spec.kind === 'map' ? 'iteration' : 'child';
    const vars = kind === 'child' ? new variables_1.VariableScope() : new variables_1.VariableScope(frame.vars);
    const prefix = frame.label === 'root' ? '' : frame.label + '/';
    const label = kind === 'branch' ? `${prefix}${frame.state.name}/Branches[${index}]` : `${prefix}${frame.state.name}[${index}]`;
    const child = new frame_1.Frame(kind, group.spec.machineFor(index), label, vars, frame.base, frame.random, group, index, input, frame.lastEventId);
    group.active++;
    group.frames.add(child);
    if (kind === 'iteration')
        engine.emit(child, 'MapIterationStarted', { name: frame.state.name, index });
    engine.ready.unshift(frame);
    engine.current = child;
}
/** PHASE_FINISH / PHASE_FAIL_FINISH: the frame's machine ended. */
function childFinished(engine, frame, failure) {
    frame.phase = frame_1.PHASE_DONE;
    engine.block(frame);
    if (frame.kind === 'root') {
        if (failure)
            engine.terminate('FAILED', failure.error, failure.cause);
        else
            engine.succeed(frame.output ?? null);
        return;
    }
    const group = frame.group;
    group.frames.delete(frame);
    group.active--;
    group.finished++;
    if (frame.kind === 'iteration') {
        engine.emit(frame, failure ? 'MapIterationFailed' : 'MapIterationSucceeded', failure ? { name: group.owner.state.name, index: frame.index, error: failure.error, cause: failure.cause } : { name: group.owner.state.name, index: frame.index });
    }
    recordOutcome(engine, group, frame, failure);
    const owner = group.owner;
    if (owner.blocked && (group.done || group.canSpawn))
        engine.wake(owner, true);
}
function recordOutcome(engine, group, frame, failure) {
    if (!failure) {
        group.results[frame.index] = frame.output ?? null;
        group.outcomes[frame.index] = 'SUCCEEDED';
        return;
    }
    group.outcomes[frame.index] = 'FAILED';
    if (group.spec.kind === 'distributed') {
        group.failedCount++;
        group.results[frame.index] = { Error: failure.error, Cause: failure.cause };
        if (!group.exceedsTolerance())
            return;
        group.failure = new failure_1.Failure('States.ExceedToleratedFailureThreshold', `The number of failed items (${group.failedCount}) exceeded the tolerated failure threshold of the Map Run.`);
    }
    else
        group.failure = failure;
    abortGroup(engine, group);
}
const ABORTED = { Task: 'TaskStateAborted', Wait: 'WaitStateAborted', Parallel: 'ParallelStateAborted', Map: 'MapStateAborted' };
/** Stops every active child of a group (and their own children). */
function abortGroup(engine, group) {
    for (const child of group.frames)
        abortFrame(engine, child);
    group.frames.clear();
}
function abortFrame(engine, frame) {
    if (frame.aborted || frame.phase === frame_1.PHASE_DONE)
        return;
    if (frame.waiting)
        abortGroup(engine, frame.waiting);
    (0, taskTimeouts_1.releaseToken)(engine, frame);
    const type = ABORTED[frame.state.type];
    if (type && frame.phase !== frame_1.PHASE_ENTER)
        engine.emit(frame, type, { name: frame.state.name });
    if (frame.kind === 'iteration')
        engine.emit(frame, 'MapIterationAborted', { name: frame.group?.owner.state.name, index: frame.index });
    frame.aborted = true;
    frame.phase = frame_1.PHASE_DONE;
    frame.epoch++;
    if (engine.current === frame)
        engine.current = undefined;
}
//# sourceMappingURL=children.js.map