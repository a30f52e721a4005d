/*
 * Static checks of a parsed intrinsic call, the one set of rules: the validator reports every
 * problem (invalid-intrinsic) and the interpreter refuses to run a call with any (as
 * States.IntrinsicFailure, with the first message). Unknown names, arity, literal and nested-call
 * argument kinds, the States.Format placeholder count, States.Hash's algorithm, States.JsonMerge's
 * deep flag and nesting deeper than 10. The wording lives here so both say the same thing.
 * Decision: AWS's "nest up to 10 intrinsic functions within a field" is read as a depth limit.
 */
import { HASH_ALGORITHMS, intrinsicSpec, type IntrinsicFunctionSpec, type IntrinsicValueKind } from '../spec';
import type { ExprError, IntrinsicArg, IntrinsicCall } from './types';

export const MAX_INTRINSIC_NESTING = 10;

type Report = (start: number, end: number, message: string) => void;

/** Every static problem of the call, in source order of discovery (nested calls first). */
export function checkIntrinsic(call: IntrinsicCall): ExprError[] {
  const errors: ExprError[] = [];
  checkCall(call, 1, (start, end, message) => errors.push({ start, end, message }));
  return errors;
}

function checkCall(call: IntrinsicCall, depth: number, report: Report): void {
  if (depth > MAX_INTRINSIC_NESTING) {
    report(
      call.nameStart,
      call.nameEnd,
      `Intrinsic functions can be nested at most ${MAX_INTRINSIC_NESTING} levels deep.`,
    );
    return;
  }
  for (const arg of call.args) if (arg.kind === 'call') checkCall(arg, depth + 1, report);
  const spec = intrinsicSpec(call.name);
  if (!spec) {
    report(call.nameStart, call.nameEnd, `Unknown intrinsic function ${JSON.stringify(call.name)}.`);
    return;
  }
  const max = spec.maxArgs ?? Infinity;
  if (call.args.length < spec.minArgs || call.args.length > max) {
    report(call.start, call.end, `${call.name} takes ${arity(spec.minArgs, max)}, got ${call.args.length}.`);
    return;
  }
  checkArgKinds(call, spec, report);
  checkSpecifics(call, report);
}

function arity(min: number, max: number): string {
  if (max === Infinity) return `at least ${min} argument(s)`;
  if (min === max) return `${max} argument(s)`;
  return `${min} to ${max} arguments`;
}

function checkArgKinds(call: IntrinsicCall, spec: IntrinsicFunctionSpec, report: Report): void {
  call.args.forEach((arg, i) => {
    const expected = spec.argKinds[Math.min(i, spec.argKinds.length - 1)];
    const problem = expected === undefined ? undefined : argProblem(arg, expected);
    if (problem) report(arg.start, arg.end, `Argument ${i + 1} of ${call.name} must be ${problem}.`);
  });
}

function checkSpecifics(call: IntrinsicCall, report: Report): void {
  const [first, second, third] = call.args as (IntrinsicArg | undefined)[];
  if (call.name === 'States.Format' && first?.kind === 'string') {
    const placeholders = countPlaceholders(first.raw);
    const values = call.args.length - 1;
    if (placeholders !== values)
      report(
        first.start,
        first.end,
        `States.Format template has ${placeholders} {} placeholder(s) but ${values} value(s) follow it.`,
      );
  } else if (call.name === 'States.Hash' && second?.kind === 'string' && !HASH_ALGORITHMS.includes(second.value)) {
    const allowed = HASH_ALGORITHMS.map((a) => JSON.stringify(a)).join(', ');
    report(second.start, second.end, `States.Hash algorithm must be one of ${allowed}.`);
  } else if (call.name === 'States.JsonMerge' && third?.kind === 'boolean' && third.value) {
    report(third.start, third.end, 'States.JsonMerge supports only shallow merges: the third argument must be false.');
  }
}

/** Counts `{}` in a template written with intrinsic escapes (`\{` is not a placeholder). */
export function countPlaceholders(raw: string): number {
  let n = 0;
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === '\\') i++;
    else if (raw[i] === '{' && raw[i + 1] === '}') {
      n++;
      i++;
    }
  }
  return n;
}

const KIND_WORDS: Readonly<Record<IntrinsicValueKind, string>> = {
  string: 'a string',
  number: 'a number',
  integer: 'an integer',
  boolean: 'a boolean',
  array: 'an array',
  object: 'an object',
  any: 'a value',
};

/** The expected kind in words when `arg` certainly cannot be of kind `expected`; else undefined. */
function argProblem(arg: IntrinsicArg, expected: IntrinsicValueKind): string | undefined {
  if (expected === 'any' || arg.kind === 'path') return undefined;
  const actual = actualKind(arg);
  if (actual === undefined || compatible(actual, expected)) return undefined;
  return KIND_WORDS[expected];
}

function actualKind(arg: IntrinsicArg): IntrinsicValueKind | 'null' | undefined {
  switch (arg.kind) {
    case 'string':
    case 'number':
    case 'boolean':
    case 'null':
      return arg.kind;
    case 'call':
      return intrinsicSpec(arg.name)?.returns;
    default:
      return undefined;
  }
}

/** Numbers and integers are interchangeable: AWS rounds a non-integer where an integer is expected. */
function compatible(actual: IntrinsicValueKind | 'null', expected: IntrinsicValueKind): boolean {
  if (actual === expected || actual === 'any') return true;
  return (expected === 'number' || expected === 'integer') && (actual === 'number' || actual === 'integer');
}
