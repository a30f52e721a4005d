/*
 * Succeed (state-succeed page): InputPath/OutputPath (JSONPath) or Output (JSONata); ends the
 * machine (execution, branch or iteration) successfully.
 */
import type { Engine } from '../engine';
import type { Frame } from '../frame';
import { isFailure, type PhaseResult } from '../failure';
import { inputStage, outputStageJsonata, passThroughJsonPath } from '../flow';
import { exitWith } from './common';

export function runSucceed(engine: Engine, frame: Frame): PhaseResult {
  if (frame.state.jsonata) return outputStageJsonata(frame, undefined).then((out) => exitWith(engine, frame, out));
  const effective = inputStage(frame);
  if (isFailure(effective)) return effective;
  return exitWith(engine, frame, passThroughJsonPath(frame, effective));
}
