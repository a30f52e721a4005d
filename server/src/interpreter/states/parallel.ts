/*
 * Parallel (state-parallel page): every branch gets the same input (Parameters/Arguments or the
 * effective input) and its own variable scope reading the outer one; the result is the array of
 * branch outputs in branch order; the first failing branch fails the state with its own error.
 */
import type { Engine } from '../engine';
import {
  PHASE_CHILDREN_DONE,
  PHASE_CHILDREN_FAILED,
  PHASE_COMPLETE,
  PHASE_PREPARE,
  PHASE_RUN,
  type Frame,
} from '../frame';
import { Failure, isFailure } from '../failure';
import { ChildGroup } from '../group';
import { driveChildren } from '../children';
import { argumentsStage, inputStage, outputStageJsonata, outputStageJsonPath, parametersStage } from '../flow';
import type { Json } from '../value';
import { exitWith, failed } from './common';

export function runParallel(engine: Engine, frame: Frame): void | Promise<void> {
  switch (frame.phase) {
    case PHASE_PREPARE:
      return prepare(engine, frame);
    case PHASE_RUN:
      return driveChildren(engine, frame, frame.waiting as ChildGroup);
    case PHASE_CHILDREN_DONE:
      return childrenDone(engine, frame, 'ParallelStateSucceeded');
    case PHASE_CHILDREN_FAILED:
      return childrenFailed(engine, frame, 'ParallelStateFailed');
    default:
      return completeWithResult(engine, frame);
  }
}

function prepare(engine: Engine, frame: Frame): void | Promise<void> {
  if (frame.state.jsonata) return argumentsStage(frame).then((input) => start(engine, frame, input));
  const effective = inputStage(frame);
  if (failed(engine, frame, effective)) return;
  start(engine, frame, parametersStage(frame, effective));
}

function start(engine: Engine, frame: Frame, input: Json | Failure | object): void {
  if (failed(engine, frame, input)) return;
  const branchInput = input as Json;
  const branches = frame.state.children;
  engine.emit(frame, 'ParallelStateStarted', {});
  frame.waiting = new ChildGroup(frame, {
    kind: 'parallel',
    total: branches.length,
    limit: Infinity,
    machineFor: (i) => branches[i],
    inputFor: () => branchInput,
  });
  frame.phase = PHASE_RUN;
}

/** Shared with Map: the group ended well; its results array is the state's result. */
export function childrenDone(engine: Engine, frame: Frame, type: 'ParallelStateSucceeded' | 'MapStateSucceeded'): void {
  const group = frame.waiting as ChildGroup;
  frame.waiting = undefined;
  engine.emit(frame, type, {});
  frame.result = group.results;
  frame.phase = PHASE_COMPLETE;
}

export function childrenFailed(
  engine: Engine,
  frame: Frame,
  type: 'ParallelStateFailed' | 'MapStateFailed',
): void | Promise<void> {
  const failure = (frame.waiting as ChildGroup).failure as Failure;
  frame.waiting = undefined;
  engine.emit(frame, type, { error: failure.error, cause: failure.cause });
  return engine.failState(frame, failure);
}

export function completeWithResult(engine: Engine, frame: Frame): void | Promise<void> {
  const result = frame.result ?? null;
  if (frame.state.jsonata) return outputStageJsonata(frame, result).then((out) => exitWith(engine, frame, out));
  const output = outputStageJsonPath(frame, result, true);
  if (isFailure(output)) return engine.failState(frame, output);
  engine.exitState(frame, output);
}
