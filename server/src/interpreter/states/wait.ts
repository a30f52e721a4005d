/*
 * Wait (state-wait page): Seconds, Timestamp, SecondsPath, TimestampPath (JSONPath) or
 * `{% %}` Seconds/Timestamp (JSONata). Sleeps on the injected clock; a past timestamp does not wait.
 */
import type { Engine } from '../engine';
import type { Frame } from '../frame';
import { Failure, isFailure, isStateFailure, LocatedFailure, type PhaseOutcome, type PhaseResult } from '../failure';
import { evaluatePath } from '../jsonpath';
import { evaluateJsonata, isJsonataString } from '../jsonata';
import { inputStage, jsonataBindings, outputStageJsonata, passThroughJsonPath } from '../flow';
import type { Json, JsonObject } from '../value';
import { pathParameterFailure } from '../causes';
import { instantToMillis, parseTimestamp } from '../../asl/timestamp';
import { jsonataBody } from './common';

export function runWait(engine: Engine, frame: Frame): PhaseResult {
  if (frame.phase === 'complete') return engine.exitState(frame, frame.output ?? null);
  if (frame.state.jsonata) return runWaitJsonata(engine, frame);
  const effective = inputStage(frame);
  if (isFailure(effective)) return effective;
  const def = frame.state.def;
  let seconds: Json | Failure | undefined = def.Seconds;
  let timestamp: Json | Failure | undefined = def.Timestamp;
  if (typeof def.SecondsPath === 'string') seconds = evaluatePath(def.SecondsPath, effective, frame);
  if (typeof def.TimestampPath === 'string') timestamp = evaluatePath(def.TimestampPath, effective, frame);
  const refused = refusedPathValue(def, seconds, timestamp);
  if (refused !== undefined) return refused;
  const until = wakeTime(frame, seconds, timestamp, 'States.Runtime');
  if (isFailure(until)) return until;
  const output = passThroughJsonPath(frame, effective);
  if (isFailure(output)) return output;
  return sleep(engine, frame, until, output);
}

async function runWaitJsonata(engine: Engine, frame: Frame): Promise<PhaseOutcome> {
  const def = frame.state.def;
  const seconds = await maybeJsonata(frame, def.Seconds, 'Seconds');
  if (isFailure(seconds)) return new LocatedFailure(seconds, 'Seconds');
  const timestamp = await maybeJsonata(frame, def.Timestamp, 'Timestamp');
  if (isFailure(timestamp)) return new LocatedFailure(timestamp, 'Timestamp');
  const until = wakeTime(frame, seconds, timestamp, 'States.QueryEvaluationError');
  if (isFailure(until)) return new LocatedFailure(until, seconds !== undefined ? 'Seconds' : 'Timestamp');
  const output = await outputStageJsonata(frame, undefined);
  if (isStateFailure(output)) return output;
  return sleep(engine, frame, until, output);
}

async function maybeJsonata(frame: Frame, value: Json | undefined, field: string): Promise<Json | Failure | undefined> {
  return isJsonataString(value) ? evaluateJsonata(jsonataBody(value), jsonataBindings(frame), frame, field) : value;
}

/** SecondsPath / TimestampPath values AWS refuses, worded as AWS words them (States.Runtime). */
function refusedPathValue(def: JsonObject, seconds: Json | Failure | undefined, timestamp: Json | Failure | undefined) {
  if (typeof def.SecondsPath === 'string' && seconds !== undefined && !isFailure(seconds)) {
    if (typeof seconds !== 'number' || !Number.isInteger(seconds))
      return pathParameterFailure('SecondsPath', 'cannot be parsed as a long value', def.SecondsPath, seconds);
    if (seconds < 0)
      return pathParameterFailure('SecondsPath', 'references a negative value', def.SecondsPath, seconds);
  }
  if (typeof def.TimestampPath === 'string' && timestamp !== undefined && !isFailure(timestamp)) {
    if (typeof timestamp !== 'string' || parseTimestamp(timestamp) === undefined) {
      const what = 'does not reference a valid ISO-8601 extended offset date-time format string';
      return pathParameterFailure('TimestampPath', what, def.TimestampPath, timestamp);
    }
  }
  return undefined;
}

function sleep(engine: Engine, frame: Frame, until: number, output: Json): PhaseOutcome {
  frame.output = output;
  if (until <= engine.now()) return engine.exitState(frame, output);
  engine.sleepUntil(frame, until, 'complete', 'wait');
  return undefined;
}

function wakeTime(
  frame: Frame,
  seconds: Json | Failure | undefined,
  timestamp: Json | Failure | undefined,
  errorName: string,
): number | Failure {
  if (isFailure(seconds)) return seconds;
  if (isFailure(timestamp)) return timestamp;
  const name = frame.state.name;
  if (seconds !== undefined) {
    if (typeof seconds !== 'number' || !Number.isInteger(seconds) || seconds < 0) {
      return new Failure(
        errorName,
        `The Wait state '${name}' needs a non-negative integer number of seconds, got ${JSON.stringify(seconds)}.`,
      );
    }
    return frame.enteredAt + seconds * 1000;
  }
  const instant = typeof timestamp === 'string' ? parseTimestamp(timestamp) : undefined;
  if (instant === undefined) {
    const cause = `The Wait state '${name}' needs an RFC 3339 timestamp, got ${JSON.stringify(timestamp)}.`;
    return new Failure(errorName, cause);
  }
  return instantToMillis(instant);
}
