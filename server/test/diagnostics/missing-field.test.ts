import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, expectNone, expectOne, machine, PASS_END } from './helper';

test('missing-field: Task without Resource is reported on the state name', () => {
  const d = expectOne(machine({ T: { Type: 'Task', End: true } }), 'missing-field', '"T"');
  assert.equal(d.data?.field, 'Resource');
});

test('missing-field: state without Type', () => {
  const d = expectOne(machine({ A: { End: true } }), 'missing-field', '"A"');
  assert.equal(d.data?.field, 'Type');
});

test('missing-field: catcher without Next, branch without StartAt', () => {
  const text = machine({
    P: {
      Type: 'Parallel',
      Branches: [{ States: { X: PASS_END } }],
      Catch: [{ ErrorEquals: ['States.ALL'] }],
      End: true,
    },
  });
  const found = check(text, ['missing-field', 'missing-field']);
  assert.deepEqual(found.map((d) => d.data?.field).sort(), ['Next', 'StartAt']);
});

test('missing-field: top-level StartAt missing', () => {
  const text = JSON.stringify({ States: { A: PASS_END } });
  assert.ok(check(text, ['missing-field']).every((d) => d.data?.field === 'StartAt'));
});

test('missing-field: complete states are fine', () => {
  expectNone(machine({ T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true } }), 'missing-field');
});

test('missing-field: YAML', () => {
  expectOne('StartAt: T\nStates:\n  T:\n    Type: Task\n    End: true\n', 'missing-field', 'T', 'yaml');
});
