/*
 * Map (state-map page), inline and distributed. Items come from ItemsPath/Items or, when
 * distributed, an ItemReader; ItemSelector builds each item's input with $$.Map.Item; iterations
 * start lazily up to MaxConcurrency (0 = 40 inline, as the inline quota); the result is the array
 * of outputs in item order. Distributed children see no outer variables, may be batched, may
 * fail within ToleratedFailureCount/Percentage, and can be exported with ResultWriter.
 */
import type { Engine } from '../engine';
import type { Frame } from '../frame';
import {
  isFailure,
  isStateFailure,
  type Failure,
  type PhaseOutcome,
  type PhaseResult,
  type StateFailure,
} from '../failure';
import { ChildGroup } from '../group';
import { driveChildren } from '../children';
import type { Json } from '../value';
import { childrenDone, childrenFailed, completeWithResult, groupFailure } from './parallel';
import { prepareMapJsonata, prepareMapJsonPath, type MapPlan } from './mapPlan';
import { finishDistributed } from './mapDistributed';

/** Inline Map's quota of concurrent iterations, and the distributed Map's of child executions. */
const INLINE_CONCURRENCY = 40;
const DISTRIBUTED_CONCURRENCY = 10_000;

export function runMap(engine: Engine, frame: Frame): PhaseResult {
  switch (frame.phase) {
    case 'prepare':
      return prepare(engine, frame);
    case 'run':
      return driveChildren(engine, frame);
    case 'childrenDone':
      return done(engine, frame);
    case 'childrenFailed':
      return runFailed(engine, frame);
    default:
      return completeWithResult(engine, frame);
  }
}

function prepare(engine: Engine, frame: Frame): PhaseResult {
  const plan = frame.state.jsonata ? prepareMapJsonata(engine, frame) : prepareMapJsonPath(engine, frame);
  if (plan instanceof Promise) return plan.then((p) => start(engine, frame, p));
  return start(engine, frame, plan);
}

function start(engine: Engine, frame: Frame, plan: MapPlan | StateFailure): PhaseOutcome {
  if (isStateFailure(plan)) return plan;
  const distributed = frame.state.distributed;
  engine.emit(frame, 'MapStateStarted', { length: plan.count });
  if (distributed) engine.emit(frame, 'MapRunStarted', { mapRunArn: mapRunArn(engine, frame) });
  const inputs: Json[] = [];
  const processor = frame.state.children[0];
  frame.waiting = new ChildGroup(frame, {
    kind: distributed ? 'distributed' : 'map',
    total: plan.count,
    limit: concurrencyLimit(plan.maxConcurrency, distributed),
    machineFor: () => processor,
    inputFor: (i) => remember(inputs, i, plan.inputFor(i)),
    toleratedCount: plan.toleratedCount,
    toleratedPercentage: plan.toleratedPercentage,
  });
  frame.mapRun = { inputs, startedAt: engine.now() };
  frame.phase = 'run';
  return undefined;
}

function concurrencyLimit(maxConcurrency: number, distributed: boolean): number {
  if (maxConcurrency > 0) return maxConcurrency;
  return distributed ? DISTRIBUTED_CONCURRENCY : INLINE_CONCURRENCY;
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

function runFailed(engine: Engine, frame: Frame): PhaseOutcome {
  if (frame.state.distributed) {
    const { error, cause } = groupFailure(frame);
    engine.emit(frame, 'MapRunFailed', { error, cause });
  }
  return childrenFailed(engine, frame, 'MapStateFailed');
}

function done(engine: Engine, frame: Frame): PhaseResult {
  if (!frame.state.distributed) return childrenDone(engine, frame, 'MapStateSucceeded');
  const result = finishDistributed(engine, frame);
  if (result instanceof Promise) return result.then((r) => afterDistributed(engine, frame, r));
  return afterDistributed(engine, frame, result);
}

function afterDistributed(engine: Engine, frame: Frame, result: Json | Failure): PhaseOutcome {
  if (isFailure(result)) {
    engine.emit(frame, 'MapRunFailed', { error: result.error, cause: result.cause });
    frame.waiting = undefined;
    return result;
  }
  engine.emit(frame, 'MapRunSucceeded', {});
  return childrenDone(engine, frame, 'MapStateSucceeded', result);
}
