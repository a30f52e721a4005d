/*
 * Map (state-map page), inline and distributed. Items come from ItemsPath/Items or, when
 * distributed, an ItemReader; ItemSelector builds each item's input with $$.Map.Item; iterations
 * start lazily up to MaxConcurrency (0 = 40 inline, as the inline quota); the result is the array
 * of outputs in item order. Distributed children see no outer variables, may be batched, may
 * fail within ToleratedFailureCount/Percentage, and can be exported with ResultWriter.
 */
import type { Engine } from '../engine';
import { PHASE_CHILDREN_DONE, PHASE_CHILDREN_FAILED, PHASE_PREPARE, PHASE_RUN, type Frame } from '../frame';
import { Failure, isFailure } from '../failure';
import { ChildGroup } from '../group';
import { driveChildren } from '../children';
import type { Json } from '../value';
import { childrenDone, childrenFailed, completeWithResult } from './parallel';
import { failed } from './common';
import { prepareMapJsonata, prepareMapJsonPath, type MapPlan } from './mapPlan';
import { finishDistributed } from './mapDistributed';

export function runMap(engine: Engine, frame: Frame): void | Promise<void> {
  switch (frame.phase) {
    case PHASE_PREPARE:
      return prepare(engine, frame);
    case PHASE_RUN:
      return driveChildren(engine, frame, frame.waiting as ChildGroup);
    case PHASE_CHILDREN_DONE:
      return done(engine, frame);
    case PHASE_CHILDREN_FAILED:
      if (frame.state.distributed)
        engine.emit(frame, 'MapRunFailed', {
          error: (frame.waiting as ChildGroup).failure?.error,
          cause: (frame.waiting as ChildGroup).failure?.cause,
        });
      return childrenFailed(engine, frame, 'MapStateFailed');
    default:
      return completeWithResult(engine, frame);
  }
}

function prepare(engine: Engine, frame: Frame): void | Promise<void> {
  const plan = frame.state.jsonata ? prepareMapJsonata(engine, frame) : prepareMapJsonPath(engine, frame);
  if (plan instanceof Promise) return plan.then((p) => start(engine, frame, p));
  start(engine, frame, plan);
}

function start(engine: Engine, frame: Frame, plan: MapPlan | Failure | object): void {
  if (failed(engine, frame, plan)) return;
  const p = plan as MapPlan;
  const processor = frame.state.children[0];
  engine.emit(frame, 'MapStateStarted', { length: p.count });
  if (frame.state.distributed) engine.emit(frame, 'MapRunStarted', { mapRunArn: mapRunArn(engine, frame) });
  const inputs: Json[] = [];
  frame.waiting = new ChildGroup(frame, {
    kind: frame.state.distributed ? 'distributed' : 'map',
    total: p.count,
    limit: p.maxConcurrency > 0 ? p.maxConcurrency : frame.state.distributed ? 10_000 : 40,
    machineFor: () => processor,
    inputFor: (i) => remember(inputs, i, p.inputFor(i)),
    toleratedCount: p.toleratedCount,
    toleratedPercentage: p.toleratedPercentage,
  });
  frame.scratch = { inputs, startedAt: engine.now(), plan: p };
  frame.phase = PHASE_RUN;
}

function remember(
  inputs: Json[],
  i: number,
  v: Json | Failure | Promise<Json | Failure>,
): Json | Failure | Promise<Json | Failure> {
  if (v instanceof Promise) return v.then((x) => remember(inputs, i, x) as Json | Failure);
  if (!isFailure(v)) inputs[i] = v;
  return v;
}

export function mapRunArn(engine: Engine, frame: Frame): string {
  const { region, account, stateMachineName, executionName } = engine.env.identity;
  const label = typeof frame.state.def.Label === 'string' ? frame.state.def.Label : frame.state.name;
  return `arn:aws:states:${region}:${account}:mapRun:${stateMachineName}/${label}:${executionName}`;
}

function done(engine: Engine, frame: Frame): void | Promise<void> {
  if (!frame.state.distributed) return childrenDone(engine, frame, 'MapStateSucceeded');
  const result = finishDistributed(engine, frame);
  if (result instanceof Promise) return result.then((r) => afterDistributed(engine, frame, r));
  return afterDistributed(engine, frame, result);
}

function afterDistributed(engine: Engine, frame: Frame, result: Json | Failure): void | Promise<void> {
  if (isFailure(result)) {
    engine.emit(frame, 'MapRunFailed', { error: result.error, cause: result.cause });
    frame.waiting = undefined;
    return engine.failState(frame, result);
  }
  engine.emit(frame, 'MapRunSucceeded', {});
  childrenDone(engine, frame, 'MapStateSucceeded');
  frame.result = result;
}
