/*
 * Shared pieces of the intrinsic functions: the implementation signature and argument checks.
 * Every check returns a Failure('States.IntrinsicFailure') value instead of throwing.
 */
import { Failure } from '../failure';
import { type EvalScope, type Json, type JsonObject, isJsonObject } from '../value';

export interface IntrinsicInput {
  readonly name: string;
  readonly args: readonly Json[];
  /** For string-literal arguments, the text between the quotes with escapes kept (States.Format). */
  readonly raw: readonly (string | undefined)[];
  readonly scope: EvalScope;
}

export type IntrinsicImpl = (input: IntrinsicInput) => Json | Failure;

export const MAX_STRING_CHARS = 10_000;

export function intrinsicFailure(name: string, message: string): Failure {
  return new Failure('States.IntrinsicFailure', `Invalid arguments in ${name}: ${message}`);
}

const ordinal = (i: number) => ['first', 'second', 'third'][i] ?? `#${i + 1}`;

export function argArray(input: IntrinsicInput, i: number): Json[] | Failure {
  const v = input.args[i];
  return Array.isArray(v)
    ? v
    : intrinsicFailure(input.name, `the ${ordinal(i)} argument must be an array, got ${typeName(v)}`);
}

export function argString(input: IntrinsicInput, i: number, maxChars?: number): string | Failure {
  const v = input.args[i];
  if (typeof v !== 'string')
    return intrinsicFailure(input.name, `the ${ordinal(i)} argument must be a string, got ${typeName(v)}`);
  if (maxChars !== undefined && v.length > maxChars) {
    return intrinsicFailure(
      input.name,
      `the ${ordinal(i)} argument is longer than ${maxChars.toLocaleString('en-US')} characters`,
    );
  }
  return v;
}

export function argObject(input: IntrinsicInput, i: number): JsonObject | Failure {
  const v = input.args[i];
  return isJsonObject(v)
    ? v
    : intrinsicFailure(input.name, `the ${ordinal(i)} argument must be a JSON object, got ${typeName(v)}`);
}

/** A number rounded to the nearest integer (AWS: "Step Functions will round it off"); Math.round rule. */
export function argInteger(input: IntrinsicInput, i: number): number | Failure {
  const v = input.args[i];
  if (typeof v !== 'number' || !Number.isFinite(v))
    return intrinsicFailure(input.name, `the ${ordinal(i)} argument must be a number, got ${typeName(v)}`);
  return Math.round(v);
}

export function typeName(v: Json | undefined): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  return v === undefined ? 'nothing' : `${typeof v} ${JSON.stringify(v)}`;
}
