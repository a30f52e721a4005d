/*
 * JSONPath evaluation (Jayway semantics, as AWS Step Functions uses) over parsed paths from
 * asl/expr. Roots: `$` data, `$$` context object, `$name` workflow variable. No I/O, never throws.
 */
import type { EvalScope, Json } from './value';
import { Failure } from './failure';

/** Definite paths return the value, indefinite ones an array; no match → States.Runtime. */
export function evaluatePath(path: string, data: Json, scope: EvalScope): Json | Failure {
  void path; void data; void scope;
  return new Failure('States.Runtime', 'not implemented');
}

/** Like evaluatePath but a path that matches nothing gives undefined (Choice IsPresent). */
export function evaluatePathOrUndefined(path: string, data: Json, scope: EvalScope): Json | undefined | Failure {
  void path; void data; void scope;
  return undefined;
}
