/*
 * Choice rules in JSONPath states: data-test expressions (Variable + operator), And/Or/Not.
 * Wrong-type comparisons are false; a missing Variable is States.Runtime (except IsPresent).
 */
import type { EvalScope, Json } from './value';
import { Failure } from './failure';

export function evaluateChoiceRule(rule: Json, data: Json, scope: EvalScope): boolean | Failure {
  void rule; void data; void scope;
  return new Failure('States.Runtime', 'not implemented');
}
