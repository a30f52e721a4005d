/*
 * Parallel (state-parallel page): every branch gets the same input (Parameters/Arguments or the
 * effective input) and its own variable scope reading the outer one; the result is the array of
 * branch outputs in branch order; the first failing branch fails the state with its own error.
 */
import type { Engine } from '../engine';
import type { Frame } from '../frame';
import { Failure, isFailure, isStateFailure, type PhaseOutcome, type PhaseResult, type StateFailure } from '../failure';
import { ChildGroup } from '../group';
import { driveChildren } from '../children';
import { argumentsStage, inputStage, outputStageJsonata, outputStageJsonPath, parametersStage } from '../flow';
import type { Json } from '../value';
import { exitWith } from './common';

export function runParallel(engine: Engine, frame: Frame): PhaseResult {
  switch (frame.phase) {
    case 'prepare':
      return prepare(engine, frame);
    case 'run':
      return driveChildren(engine, frame);
    case 'childrenDone':
      return childrenDone(engine, frame, 'ParallelStateSucceeded');
    case 'childrenFailed':
      return childrenFailed(engine, frame, 'ParallelStateFailed');
    default:
      return completeWithResult(engine, frame);
  }
}

function prepare(engine: Engine, frame: Frame): PhaseResult {
  if (frame.state.jsonata) return argumentsStage(frame).then((input) => start(engine, frame, input));
  const effective = inputStage(frame);
  if (isFailure(effective)) return effective;
  return start(engine, frame, parametersStage(frame, effective));
}

function start(engine: Engine, frame: Frame, input: Json | StateFailure): PhaseOutcome {
  if (isStateFailure(input)) return input;
  const branches = frame.state.children;
  engine.emit(frame, 'ParallelStateStarted', {});
  frame.waiting = new ChildGroup(frame, {
    kind: 'parallel',
    total: branches.length,
    limit: Infinity,
    machineFor: (i) => branches[i],
    inputFor: () => input,
  });
  frame.phase = 'run';
  return undefined;
}

/** Shared with Map: the group ended well; its results array is the state's result. */
export function childrenDone(
  engine: Engine,
  frame: Frame,
  type: 'ParallelStateSucceeded' | 'MapStateSucceeded',
  result?: Json,
): PhaseOutcome {
  const group = frame.waiting;
  frame.waiting = undefined;
  engine.emit(frame, type, {});
  frame.result = result !== undefined ? result : (group?.results ?? []);
  frame.phase = 'complete';
  return undefined;
}

/** Shared with Map: the group failed (a child's failure, or too many failed children). */
export function childrenFailed(engine: Engine, frame: Frame, type: 'ParallelStateFailed' | 'MapStateFailed'): Failure {
  const failure = groupFailure(frame);
  frame.waiting = undefined;
  engine.emit(frame, type, { error: failure.error, cause: failure.cause });
  return failure;
}

export function groupFailure(frame: Frame): Failure {
  const failure = frame.waiting?.failure;
  return failure ?? new Failure('States.Runtime', `The children of state '${frame.state.name}' failed.`);
}

export function completeWithResult(engine: Engine, frame: Frame): PhaseResult {
  const result = frame.result ?? null;
  if (frame.state.jsonata) return outputStageJsonata(frame, result).then((out) => exitWith(engine, frame, out));
  return exitWith(engine, frame, outputStageJsonPath(frame, result, true));
}
