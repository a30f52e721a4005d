// The validator and the interpreter agree (one truth per rule): every timestamp, intrinsic call and
// JSONPath the validator accepts, the interpreter parses and runs; every one the validator refuses,
// the interpreter refuses too. Fixed cases from the issue, then fast-check properties.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { diagnose } from '../diagnostics/helper';
import { makeExecution } from '../interpreter/engine/helpers';
import type { ExecutionResult } from '../../src/interpreter/execution';

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
