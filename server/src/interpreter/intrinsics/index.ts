/*
 * Intrinsic functions (States.Format, States.MathAdd, ...): evaluates a parsed call from
 * asl/expr with AWS's argument rules. Failures are values ('States.IntrinsicFailure').
 */
import type { EvalScope, Json } from '../value';
import { Failure } from '../failure';

export function evaluateIntrinsic(expression: string, data: Json, scope: EvalScope): Json | Failure {
  void expression; void data; void scope;
  return new Failure('States.IntrinsicFailure', 'not implemented');
}
