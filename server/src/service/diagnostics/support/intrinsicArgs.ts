/*
 * Static checks of intrinsic arguments: the kind a literal or nested call can produce versus the
 * kind a parameter expects, and the `{}` placeholders of a States.Format template.
 */
import type { IntrinsicArg } from '../../../asl/expr';
import type { IntrinsicFunctionSpec } from '../../../asl/spec';

type ArgKind = IntrinsicFunctionSpec['argKinds'][number];

/** What each intrinsic returns, for nested calls. */
const RETURNS: Readonly<Record<string, ArgKind>> = {
  'States.Format': 'string',
  'States.JsonToString': 'string',
  'States.Base64Encode': 'string',
  'States.Base64Decode': 'string',
  'States.Hash': 'string',
  'States.UUID': 'string',
  'States.Array': 'array',
  'States.ArrayPartition': 'array',
  'States.ArrayRange': 'array',
  'States.ArrayUnique': 'array',
  'States.StringSplit': 'array',
  'States.ArrayLength': 'integer',
  'States.MathRandom': 'integer',
  'States.MathAdd': 'integer',
  'States.ArrayContains': 'boolean',
  'States.JsonMerge': 'object',
};

const WORDS: Readonly<Record<ArgKind, string>> = {
  string: 'a string',
  number: 'a number',
  integer: 'an integer',
  boolean: 'a boolean',
  array: 'an array',
  object: 'an object',
  any: 'a value',
};

/** A description of the expected kind when `arg` certainly cannot be of kind `expected`; else undefined. */
export function argProblem(arg: IntrinsicArg, expected: ArgKind): string | undefined {
  if (expected === 'any' || arg.kind === 'path') return undefined;
  const actual = actualKind(arg);
  if (actual === undefined || compatible(actual, expected, arg)) return undefined;
  return WORDS[expected];
}

function actualKind(arg: IntrinsicArg): ArgKind | 'null' | undefined {
  switch (arg.kind) {
    case 'string':
      return 'string';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'null':
      return 'null';
    case 'call':
      return RETURNS[arg.name];
    default:
      return undefined;
  }
}

function compatible(actual: ArgKind | 'null', expected: ArgKind, arg: IntrinsicArg): boolean {
  if (actual === expected || actual === 'any') return true;
  if (expected === 'number') return actual === 'integer';
  if (expected === 'integer')
    return actual === 'integer' || (actual === 'number' && arg.kind === 'number' && Number.isInteger(arg.value));
  return false;
}

/** Number of unescaped `{}` placeholders in a States.Format template (escapes kept in `raw`). */
export function formatPlaceholders(raw: string): number {
  let count = 0;
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === '\\') i++;
    else if (raw[i] === '{' && raw[i + 1] === '}') {
      count++;
      i++;
    }
  }
  return count;
}
