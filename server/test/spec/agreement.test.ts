// The validator and the interpreter agree (one truth per rule): every timestamp, intrinsic call and
// JSONPath the validator accepts, the interpreter parses and runs; every one the validator refuses,
// the interpreter refuses too. Fixed cases from the issue, then fast-check properties.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { diagnose } from '../diagnostics/helper';
import { makeExecution } from '../interpreter/engine/helpers';
import type { ExecutionResult } from '../../src/interpreter/execution';
import { evaluateIntrinsic } from '../../src/interpreter/intrinsics';
import { compilePath } from '../../src/interpreter/jsonpath';
import { Failure } from '../../src/interpreter/failure';
import { INTRINSIC_FUNCTIONS } from '../../src/asl/spec';
import { makeScope } from '../interpreter/expr/support';

function machineText(states: Record<string, unknown>): string {
  return JSON.stringify({ StartAt: Object.keys(states)[0], States: states });
}

function runSync(states: Record<string, unknown>, input: unknown = {}): ExecutionResult {
  return makeExecution(JSON.parse(machineText(states)), input).runSync();
}

// ---- timestamps ---------------------------------------------------------------------------------

/** Validator: does a Wait state with this literal Timestamp get an error? */
function validatorRejectsTimestamp(timestamp: string): boolean {
  const text = machineText({ W: { Type: 'Wait', Timestamp: timestamp, End: true } });
  return diagnose(text).some((d) => d.severity === 'error');
}

/** Interpreter: does the same Wait state fail at run time? */
function interpreterRejectsTimestamp(timestamp: string): boolean {
  return runSync({ W: { Type: 'Wait', Timestamp: timestamp, End: true } }).status === 'FAILED';
}

/** Interpreter: what does a Choice IsTimestamp say of the value? */
function isTimestampRule(value: string): boolean {
  const states = {
    C: { Type: 'Choice', Choices: [{ Variable: '$.v', IsTimestamp: true, Next: 'Yes' }], Default: 'No' },
    Yes: { Type: 'Succeed' },
    No: { Type: 'Fail', Error: 'No' },
  };
  return runSync(states, { v: value }).status === 'SUCCEEDED';
}

function assertTimestampAgreement(timestamp: string): void {
  const refused = validatorRejectsTimestamp(timestamp);
  assert.equal(interpreterRejectsTimestamp(timestamp), refused, `Wait ${timestamp}`);
  assert.equal(isTimestampRule(timestamp), !refused, `IsTimestamp ${timestamp}`);
}

test('timestamps: a day that does not exist is refused everywhere (issue: Wait accepted 2024-02-30)', () => {
  for (const t of ['2024-02-30T00:00:00Z', '2023-02-29T00:00:00Z', '2024-04-31T12:00:00Z']) {
    assert.equal(validatorRejectsTimestamp(t), true, t);
    assert.equal(interpreterRejectsTimestamp(t), true, t);
    assert.equal(isTimestampRule(t), false, t);
  }
});

test('timestamps: fixed cases agree (leap day, offsets, fractions, lower-case t/z, hour 24)', () => {
  const cases = [
    '2024-02-29T00:00:00Z',
    '2024-01-01T10:00:00+02:00',
    '2024-01-01T10:00:00.123456789Z',
    '2024-01-01t10:00:00Z',
    '2024-01-01T10:00:00z',
    '2024-01-01T24:00:00Z',
    '2024-01-01T23:59:60Z',
    '2024-01-01 10:00:00Z',
    '2024-13-01T00:00:00Z',
    '2024-01-01T00:00:00+24:00',
  ];
  for (const t of cases) assertTimestampAgreement(t);
});

/** Mostly in range (`lo`..`hi`), sometimes just outside (0..`max`), zero-padded to `n` digits. */
function field(n: number, lo: number, hi: number, max: number): fc.Arbitrary<string> {
  return fc
    .oneof(
      { arbitrary: fc.integer({ min: lo, max: hi }), weight: 8 },
      { arbitrary: fc.integer({ min: 0, max }), weight: 1 },
    )
    .map((v) => String(v).padStart(n, '0'));
}

const weighted = <T>(common: T, ...rare: T[]) =>
  fc.oneof({ arbitrary: fc.constant(common), weight: 6 }, { arbitrary: fc.constantFrom(...rare), weight: 1 });

/** Timestamp-like strings: mostly well-formed, with days past the month's end, odd separators and offsets. */
const timestampLike = fc
  .tuple(
    field(4, 1970, 2100, 9999),
    field(2, 1, 12, 14),
    field(2, 28, 31, 32),
    weighted('T', 't', ' '),
    field(2, 0, 23, 25),
    field(2, 0, 59, 61),
    field(2, 0, 59, 61),
    fc.constantFrom('', '.5', '.123456789', '.1234567891'),
    fc.constantFrom('Z', '+02:00', '-23:59', 'z', '+24:00', '+05:60', ''),
  )
  .map(([y, mo, d, sep, h, mi, s, frac, zone]) => `${y}-${mo}-${d}${sep}${h}:${mi}:${s}${frac}${zone}`);

test('timestamps (property): the validator refuses exactly what the Wait state and IsTimestamp refuse', () => {
  fc.assert(
    fc.property(timestampLike, (t) => assertTimestampAgreement(t)),
    { numRuns: 300 },
  );
});

// ---- intrinsic functions ------------------------------------------------------------------------

/** Validator: invalid-intrinsic errors for the call as a Parameters `.$` value. */
function validatorRejectsIntrinsic(call: string): boolean {
  const text = machineText({ P: { Type: 'Pass', Parameters: { 'v.$': call }, End: true } });
  return diagnose(text).some((d) => d.code === 'invalid-intrinsic' && d.severity === 'error');
}

/** Interpreter: refused before running (a static check), as opposed to failing on the data. */
function interpreterRejectsIntrinsic(call: string): boolean {
  const r = evaluateIntrinsic(call, INTRINSIC_DATA, makeScope());
  return r instanceof Failure && r.cause.startsWith('Invalid intrinsic function ');
}

const INTRINSIC_DATA = { s: 'text', n: 3, arr: [1, 2, 2], obj: { a: 1 }, t: true };

function assertIntrinsicAgreement(call: string): void {
  assert.equal(interpreterRejectsIntrinsic(call), validatorRejectsIntrinsic(call), call);
}

test('intrinsics: non-integer numbers where an integer is expected are rounded, not refused (AWS)', () => {
  for (const call of ['States.ArrayPartition($.arr, 4.4)', 'States.ArrayRange(1.4, 2.6, 1)', 'States.MathAdd(1.5, 2)'])
    assert.equal(validatorRejectsIntrinsic(call), false, call);
});

test('intrinsics: fixed cases agree', () => {
  const cases = [
    "States.Hash('x', 'SHA-3')",
    'States.JsonMerge($.obj, $.obj, true)',
    "States.Format('{} {}', 1)",
    'States.ArrayLength(3)',
    'States.Nope(1)',
    'States.UUID(1)',
    "States.MathAdd('1', 2)",
    'States.ArrayLength(States.Array(1, 2))',
    'States.MathAdd(States.ArrayLength($.arr), 1)',
    'States.StringToJson(States.Array(1))',
  ];
  for (const call of cases) assertIntrinsicAgreement(call);
});

const literalArg = fc.constantFrom("'text'", "'{}'", "'SHA-1'", "'SHA-3'", '3', '4.4', '-1', 'true', 'false', 'null');
const pathArg = fc.constantFrom('$.s', '$.n', '$.arr', '$.obj', '$.t', '$$.Execution.Id');
const FUNCTIONS = INTRINSIC_FUNCTIONS.map((f) => f.name);

/** Intrinsic calls of known and unknown functions with 0-4 literal, path or nested-call arguments. */
const intrinsicCall: fc.Arbitrary<string> = fc.letrec<{ call: string; arg: string }>((tie) => ({
  call: fc
    .tuple(
      fc.oneof(
        { arbitrary: fc.constantFrom(...FUNCTIONS), weight: 9 },
        { arbitrary: fc.constant('States.Nope'), weight: 1 },
      ),
      fc.array(tie('arg'), { maxLength: 4 }),
    )
    .map(([name, args]) => `${name}(${args.join(', ')})`),
  arg: fc.oneof({ depthSize: 'small' }, literalArg, pathArg, tie('call')),
})).call;

test('intrinsics (property): the validator refuses exactly the calls the interpreter refuses to run', () => {
  fc.assert(
    fc.property(intrinsicCall, (call) => assertIntrinsicAgreement(call)),
    { numRuns: 400 },
  );
});

// ---- JSONPath -----------------------------------------------------------------------------------

/** Validator: invalid-jsonpath errors for the path as a Parameters `.$` value. */
function validatorRejectsPath(path: string): boolean {
  const text = machineText({ P: { Type: 'Pass', Parameters: { 'v.$': path }, End: true } });
  return diagnose(text).some((d) => d.code === 'invalid-jsonpath' && d.severity === 'error');
}

const PATH_TOKENS = [
  '$',
  '$$',
  '$v',
  '.a',
  '.b',
  "['a']",
  '[0]',
  '[-1]',
  '[*]',
  '[0,1]',
  '[1:2]',
  '[::2]',
  '..',
  '..a',
  '.*',
  '[?(@.a > 1)]',
  '[?(@.a =~ /x.*/i)]',
  '[?(@.a in [1,2])]',
  '[?(!@.b)]',
  '[?(@.a >)]',
  '.length()',
  '.sum()',
  '.nope()',
  '[',
  ']',
  '(',
  '.',
  ' ',
  "['a",
  '[?(@.a == "x")]',
  '[1:',
  '@',
];

test('JSONPath (property): the validator refuses exactly the paths the interpreter cannot compile', () => {
  const path = fc.array(fc.constantFrom(...PATH_TOKENS), { minLength: 1, maxLength: 5 }).map((t) => t.join(''));
  fc.assert(
    fc.property(path, (p) => assert.equal(compilePath(p) instanceof Failure, validatorRejectsPath(p), p)),
    { numRuns: 500 },
  );
});
