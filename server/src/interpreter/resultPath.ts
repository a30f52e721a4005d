/*
 * ResultPath: merges a state's result into its raw input, copy-on-write (structure is shared,
 * the input is never mutated). Failure('States.ResultPathMatchFailure') when it cannot apply.
 */
import type { Json } from './value';
import { Failure } from './failure';

export function applyResultPath(rawInput: Json, resultPath: string | null | undefined, result: Json): Json | Failure {
  if (resultPath === null) return rawInput;
  if (resultPath === undefined || resultPath === '$') return result;
  return new Failure('States.ResultPathMatchFailure', 'not implemented');
}
