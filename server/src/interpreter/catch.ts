/*
 * What happens when a state fails (concepts-error-handling): the first retrier whose ErrorEquals
 * matches re-runs the state after its back-off (counters per retrier, kept for the whole visit);
 * once it is exhausted the first matching catcher builds the error output and moves to its Next;
 * otherwise the failure ends the branch, iteration or execution.
 */
import type { CompiledCatcher } from './compile';
import type { Engine } from './engine';
import { type Failure, isFailure, type PhaseOutcome } from './failure';
import type { Frame } from './frame';
import { firstMatch } from './errors';
import { retryDelayMs } from './retry';
import { applyResultPath } from './resultPath';
import { evaluatePayloadTemplate } from './payload';
import { evaluateJsonataTemplate } from './jsonata';
import type { Json, JsonObject } from './value';

/** Called only by the engine's dispatcher; returns the catcher's promise when it evaluates JSONata. */
export function handleStateError(engine: Engine, frame: Frame, failure: Failure): void | Promise<void> {
  const state = frame.state;
  if (failure.error !== 'States.Runtime' && scheduleRetry(engine, frame, failure)) return;
  const j = failure.error === 'States.Runtime' ? -1 : firstMatch(state.catchers, failure.error);
  if (j >= 0) return applyCatcher(engine, frame, state.catchers[j], failure);
  engine.failFrame(frame, failure);
}

/** Sleeps until the matching retrier's next attempt; false when none matches or it is exhausted. */
function scheduleRetry(engine: Engine, frame: Frame, failure: Failure): boolean {
  const retry = frame.state.retry;
  const i = retry.length === 0 ? -1 : firstMatch(retry, failure.error);
  if (i < 0) return false;
  const counts = (frame.retryCounts ??= new Array<number>(retry.length).fill(0));
  const delay = retryDelayMs(retry[i], counts[i], engine.env.random);
  if (delay === undefined) return false;
  counts[i]++;
  frame.retryCount++;
  frame.token = undefined;
  frame.invalidateContext();
  engine.sleepUntil(frame, engine.now() + delay, 'prepare', 'retry');
  return true;
}

/** Leaves the state through the catcher; a failure on the way out (payload quota) fails the frame. */
function exitThroughCatcher(engine: Engine, frame: Frame, output: Json): void {
  const failed: PhaseOutcome = engine.exitState(frame, output);
  if (failed !== undefined) engine.failFrame(frame, isFailure(failed) ? failed : failed.failure);
}

function applyCatcher(engine: Engine, frame: Frame, catcher: CompiledCatcher, failure: Failure): void | Promise<void> {
  const errorOutput: JsonObject = { Error: failure.error, Cause: failure.cause };
  frame.nextState = catcher.next;
  if (frame.state.jsonata) return applyJsonataCatcher(engine, frame, catcher, errorOutput);
  const def = catcher.def;
  if (def.Assign !== undefined) {
    const assigned = evaluatePayloadTemplate(def.Assign, errorOutput, frame);
    if (isFailure(assigned)) return engine.failFrame(frame, assigned);
    frame.assigned = assigned as Record<string, Json>;
  } else frame.assigned = undefined;
  const resultPath = 'ResultPath' in def ? (def.ResultPath as string | null) : undefined;
  const output = applyResultPath(frame.input, resultPath, errorOutput);
  if (isFailure(output)) return engine.failFrame(frame, output);
  frame.afterResultPath = output;
  exitThroughCatcher(engine, frame, output);
}

async function applyJsonataCatcher(
  engine: Engine,
  frame: Frame,
  catcher: CompiledCatcher,
  errorOutput: JsonObject,
): Promise<void> {
  const def = catcher.def;
  const bindings = { states: { input: frame.input, errorOutput, context: frame.context } };
  let output: Json = errorOutput;
  if (def.Output !== undefined) {
    const evaluated = await evaluateJsonataTemplate(def.Output, bindings, frame, 'Output');
    if (isFailure(evaluated)) return engine.failFrame(frame, evaluated);
    output = evaluated;
  }
  frame.assigned = undefined;
  if (def.Assign !== undefined) {
    const assigned = await evaluateJsonataTemplate(def.Assign, bindings, frame, 'Assign');
    if (isFailure(assigned)) return engine.failFrame(frame, assigned);
    frame.assigned = assigned as Record<string, Json>;
  }
  exitThroughCatcher(engine, frame, output);
}
