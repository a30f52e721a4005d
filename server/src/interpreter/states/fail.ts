/*
 * Fail (state-fail page): Error/Cause, ErrorPath/CausePath (a reference path or an intrinsic
 * function over the state input) in JSONPath, `{% %}` Error/Cause in JSONata.
 */
import type { Engine } from '../engine';
import type { Frame } from '../frame';
import { Failure, isFailure, LocatedFailure, type PhaseOutcome, type PhaseResult } from '../failure';
import { evaluatePath } from '../jsonpath';
import { evaluateIntrinsic } from '../intrinsics';
import { evaluateJsonata, isJsonataString } from '../jsonata';
import { jsonataBindings } from '../flow';
import type { Json } from '../value';
import { jsonataBody } from './common';

export function runFail(engine: Engine, frame: Frame): PhaseResult {
  if (frame.state.jsonata) return runFailJsonata(engine, frame);
  const def = frame.state.def;
  const error = fieldValue(frame, def.Error, def.ErrorPath, 'ErrorPath');
  if (isFailure(error)) return error;
  const cause = fieldValue(frame, def.Cause, def.CausePath, 'CausePath');
  if (isFailure(cause)) return cause;
  engine.failFrame(frame, new Failure(error, cause, 'reported'));
  return undefined;
}

function fieldValue(frame: Frame, literal: Json | undefined, path: Json | undefined, name: string): string | Failure {
  if (typeof path === 'string') {
    const v = path.startsWith('States.')
      ? evaluateIntrinsic(path, frame.input, frame)
      : evaluatePath(path, frame.input, frame);
    if (isFailure(v)) return v;
    if (typeof v !== 'string')
      return new Failure(
        'States.Runtime',
        `The value of ${name} '${path}' in state '${frame.state.name}' is not a string.`,
      );
    return v;
  }
  return typeof literal === 'string' ? literal : '';
}

async function runFailJsonata(engine: Engine, frame: Frame): Promise<PhaseOutcome> {
  const def = frame.state.def;
  const out: string[] = [];
  for (const [name, value] of [
    ['Error', def.Error],
    ['Cause', def.Cause],
  ] as const) {
    let v: Json | Failure = value ?? '';
    if (isJsonataString(v)) v = await evaluateJsonata(jsonataBody(v), jsonataBindings(frame), frame);
    if (isFailure(v)) return new LocatedFailure(v, name);
    if (typeof v !== 'string') return new LocatedFailure(notAString(frame, name), name);
    out.push(v);
  }
  engine.failFrame(frame, new Failure(out[0], out[1], 'reported'));
  return undefined;
}

function notAString(frame: Frame, field: string): Failure {
  const cause = `The ${field} field of state '${frame.state.name}' must evaluate to a string.`;
  return new Failure('States.QueryEvaluationError', cause);
}
