/*
 * Running the children of a Parallel or Map state: lazy, in-order spawning up to the group's
 * limit (depth-first: a child runs before the next one starts, unless it blocks), finishing a
 * frame (execution end, branch/iteration end), and aborting the siblings of a failed child.
 */
import type { Engine } from './engine';
import { Failure, isFailure } from './failure';
import { Frame, PHASE_CHILDREN_DONE, PHASE_CHILDREN_FAILED, PHASE_DONE, PHASE_ENTER } from './frame';
import { releaseToken } from './states/taskTimeouts';
import type { ChildGroup } from './group';
import { VariableScope } from './variables';
import type { Json } from './value';
import type { HistoryEventType } from './history';
import { expressBase } from './context';

/** One scheduling decision of a Parallel/Map frame that owns a group. */
export function driveChildren(engine: Engine, frame: Frame, group: ChildGroup): void | Promise<void> {
  if (group.failure !== undefined) {
    frame.phase = PHASE_CHILDREN_FAILED;
    return;
  }
  if (group.canSpawn) return spawnChild(engine, frame, group);
  if (group.done) {
    frame.phase = PHASE_CHILDREN_DONE;
    return;
  }
  engine.block(frame);
}

function spawnChild(engine: Engine, frame: Frame, group: ChildGroup): void | Promise<void> {
  const index = group.next++;
  const input = group.spec.inputFor(index);
  if (input instanceof Promise) return input.then((v) => startChild(engine, frame, group, index, v));
  startChild(engine, frame, group, index, input);
}

function startChild(engine: Engine, frame: Frame, group: ChildGroup, index: number, input: Json | Failure): void {
  if (isFailure(input)) {
    group.failure = input;
    abortGroup(engine, group);
    frame.phase = PHASE_CHILDREN_FAILED;
    return;
  }
  const kind = group.spec.kind === 'parallel' ? 'branch' : group.spec.kind === 'map' ? 'iteration' : 'child';
  const vars = kind === 'child' ? new VariableScope() : new VariableScope(frame.vars);
  const prefix = frame.label === 'root' ? '' : frame.label + '/';
  const label =
    kind === 'branch' ? `${prefix}${frame.state.name}/Branches[${index}]` : `${prefix}${frame.state.name}[${index}]`;
  const child = new Frame(
    kind,
    group.spec.machineFor(index),
    label,
    vars,
    kind === 'child' && runsExpressChildren(frame) ? expressBase(frame.base) : frame.base,
    frame.random,
    group,
    index,
    input,
    frame.lastEventId,
  );
  child.inChildExecution = kind === 'child' || frame.inChildExecution;
  child.budget = frame.budget;
  group.active++;
  group.frames.add(child);
  if (kind === 'iteration') engine.emit(child, 'MapIterationStarted', { name: frame.state.name, index });
  engine.ready.unshift(frame);
  engine.current = child;
}

/** PHASE_FINISH / PHASE_FAIL_FINISH: the frame's machine ended. */
export function childFinished(engine: Engine, frame: Frame, failure: Failure | undefined): void {
  frame.phase = PHASE_DONE;
  engine.block(frame);
  if (frame.kind === 'root') {
    if (failure) engine.terminate('FAILED', failure.error, failure.cause);
    else engine.succeed(frame.output ?? null);
    return;
  }
  const group = frame.group as ChildGroup;
  group.frames.delete(frame);
  group.active--;
  group.finished++;
  if (frame.kind === 'iteration') {
    engine.emit(
      frame,
      failure ? 'MapIterationFailed' : 'MapIterationSucceeded',
      failure
        ? { name: group.owner.state.name, index: frame.index, error: failure.error, cause: failure.cause }
        : { name: group.owner.state.name, index: frame.index },
    );
  }
  recordOutcome(engine, group, frame, failure);
  const owner = group.owner;
  if (owner.blocked && (group.done || group.canSpawn)) engine.wake(owner, true);
}

function recordOutcome(engine: Engine, group: ChildGroup, frame: Frame, failure: Failure | undefined): void {
  if (!failure) {
    group.results[frame.index] = frame.output ?? null;
    group.outcomes[frame.index] = 'SUCCEEDED';
    return;
  }
  group.outcomes[frame.index] = 'FAILED';
  if (group.spec.kind === 'distributed') {
    group.failedCount++;
    group.results[frame.index] = { Error: failure.error, Cause: failure.cause };
    if (!group.exceedsTolerance()) return;
    group.failure = new Failure(
      'States.ExceedToleratedFailureThreshold',
      `The number of failed items (${group.failedCount}) exceeded the tolerated failure threshold of the Map Run.`,
    );
  } else group.failure = failure;
  abortGroup(engine, group);
}

const ABORTED: Partial<Record<string, HistoryEventType>> = {
  Task: 'TaskStateAborted',
  Wait: 'WaitStateAborted',
  Parallel: 'ParallelStateAborted',
  Map: 'MapStateAborted',
};

/** Stops every active child of a group (and their own children). */
export function abortGroup(engine: Engine, group: ChildGroup): void {
  for (const child of group.frames) abortFrame(engine, child);
  group.frames.clear();
}

export function abortFrame(engine: Engine, frame: Frame): void {
  if (frame.aborted || frame.phase === PHASE_DONE) return;
  if (frame.waiting) abortGroup(engine, frame.waiting);
  releaseToken(engine, frame);
  const type = ABORTED[frame.state.type];
  if (type && frame.phase !== PHASE_ENTER) engine.emit(frame, type, { name: frame.state.name });
  if (frame.kind === 'iteration')
    engine.emit(frame, 'MapIterationAborted', { name: frame.group?.owner.state.name, index: frame.index });
  frame.aborted = true;
  frame.phase = PHASE_DONE;
  frame.epoch++;
  if (engine.current === frame) engine.current = undefined;
}

/** A distributed Map whose ProcessorConfig says `ExecutionType: EXPRESS`. */
function runsExpressChildren(frame: Frame): boolean {
  const def = frame.state.def;
  const processor = def.ItemProcessor ?? def.Iterator;
  if (processor === null || typeof processor !== 'object' || Array.isArray(processor)) return false;
  const config = processor.ProcessorConfig;
  return config !== null && typeof config === 'object' && !Array.isArray(config) && config.ExecutionType === 'EXPRESS';
}
