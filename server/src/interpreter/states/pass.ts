/*
 * Pass (state-pass page): result = Parameters, else Result, else the effective input (JSONPath);
 * Output / Assign (JSONata). Never waits, so the JSONPath path is fully synchronous.
 */
import type { Engine } from '../engine';
import type { Frame } from '../frame';
import { isFailure, type PhaseResult } from '../failure';
import { inputStage, outputStageJsonata, outputStageJsonPath, parametersStage } from '../flow';
import { exitWith } from './common';

export function runPass(engine: Engine, frame: Frame): PhaseResult {
  if (frame.state.jsonata) return outputStageJsonata(frame, undefined).then((out) => exitWith(engine, frame, out));
  const effective = inputStage(frame);
  if (isFailure(effective)) return effective;
  const state = frame.state;
  let result = effective;
  if (state.parameters !== undefined) {
    const v = parametersStage(frame, effective);
    if (isFailure(v)) return v;
    result = v;
  } else if (state.def.Result !== undefined) result = state.def.Result;
  return exitWith(engine, frame, outputStageJsonPath(frame, result, false));
}
