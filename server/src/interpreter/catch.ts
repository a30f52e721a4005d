/*
 * What happens when a state fails (concepts-error-handling): the first retrier whose ErrorEquals
 * matches re-runs the state after its back-off (counters per retrier, kept for the whole visit);
 * once it is exhausted the first matching catcher builds the error output and moves to its Next;
 * otherwise the failure ends the branch, iteration or execution.
 */
import type { CompiledCatcher } from './compile';
import type { Engine } from './engine';
import { Failure, isFailure } from './failure';
import { PHASE_PREPARE, type Frame } from './frame';
import { firstMatch } from './errors';
import { retryDelayMs } from './retry';
import { applyResultPath } from './resultPath';
import { evaluatePayloadTemplate } from './payload';
import { evaluateJsonataTemplate } from './jsonata';
import type { Json, JsonObject } from './value';

export function handleStateError(engine: Engine, frame: Frame, failure: Failure): void | Promise<void> {
  const state = frame.state;
  if (state.retry.length > 0 && failure.error !== 'States.Runtime') {
    const i = firstMatch(state.retry, failure.error);
    if (i >= 0) {
      const counts = (frame.retryCounts ??= new Array<number>(state.retry.length).fill(0));
      const delay = retryDelayMs(state.retry[i], counts[i], engine.env.random);
      if (delay !== undefined) {
        counts[i]++;
        frame.retryCount++;
        frame.token = undefined;
        frame.invalidateContext();
        engine.sleepUntil(frame, engine.now() + delay, PHASE_PREPARE, 'retry');
        return;
      }
    }
  }
  const j = failure.error === 'States.Runtime' ? -1 : firstMatch(state.catchers, failure.error);
  if (j >= 0) return applyCatcher(engine, frame, state.catchers[j], failure);
  engine.failFrame(frame, failure);
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
  engine.exitState(frame, output);
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
    const evaluated = await evaluateJsonataTemplate(def.Output, bindings, frame);
    if (isFailure(evaluated)) return engine.failFrame(frame, evaluated);
    output = evaluated;
  }
  frame.assigned = undefined;
  if (def.Assign !== undefined) {
    const assigned = await evaluateJsonataTemplate(def.Assign, bindings, frame);
    if (isFailure(assigned)) return engine.failFrame(frame, assigned);
    frame.assigned = assigned as Record<string, Json>;
  }
  engine.exitState(frame, output);
}
