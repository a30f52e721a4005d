import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, expectNone, expectOne, jsonataMachine, machine, PASS_END } from './helper';

test('unknown-field: a typo in a state field, with "did you mean"', () => {
  const text = machine({ A: { Type: 'Pass', Nxt: 'B' }, B: PASS_END });
  const d = expectOne(text, 'unknown-field', '"Nxt"');
  assert.equal(d.data?.field, 'Nxt');
  assert.equal(d.data?.suggestion, 'Next');
});

test('unknown-field: fields valid for the type are accepted (Assign on Choice rules, Credentials, Label)', () => {
  const text = machine({
    C: {
      Type: 'Choice',
      Assign: { a: 1 },
      Choices: [{ Variable: '$.x', IsPresent: true, Assign: { b: 2 }, Next: 'T' }],
      Default: 'T',
    },
    T: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Credentials: { RoleArn: 'arn:aws:iam::123456789012:role/R' },
      End: true,
    },
  });
  check(text, []);
});

test('unknown-field: End on a Choice state, unknown field in a retrier', () => {
  const text = machine({
    C: { Type: 'Choice', Choices: [{ Variable: '$.x', IsPresent: true, Next: 'T' }], End: true },
    T: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Retry: [{ ErrorEquals: ['X'], MaxAttempt: 2 }],
      End: true,
    },
  });
  const found = check(text, ['unknown-field', 'unknown-field']);
  assert.deepEqual(
    found.map((d) => text.slice(d.span.start, d.span.end)),
    ['"End"', '"MaxAttempt"'],
  );
});

test('unknown-field: JSONata state fields (Output on Choice, Arguments on Parallel) are known', () => {
  const text = jsonataMachine({
    C: {
      Type: 'Choice',
      Output: '{% $states.input %}',
      Choices: [{ Condition: '{% true %}', Next: 'P' }],
      Default: 'P',
    },
    P: { Type: 'Parallel', Arguments: { a: 1 }, Branches: [{ StartAt: 'X', States: { X: PASS_END } }], End: true },
  });
  expectNone(text, 'unknown-field');
  check(text, []);
});

test('unknown-field: YAML key span', () => {
  expectOne('StartAt: A\nStates:\n  A:\n    Type: Pass\n    Foo: 1\n    End: true\n', 'unknown-field', 'Foo', 'yaml');
});
