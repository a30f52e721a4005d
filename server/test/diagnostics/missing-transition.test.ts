import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectNone, expectOne, machine } from './helper';

test('missing-transition: a Pass state with neither Next nor End', () => {
  const d = expectOne(machine({ A: { Type: 'Pass' } }), 'missing-transition', '"A"');
  assert.equal(d.data?.state, 'A');
});

test('missing-transition: End false counts as no End', () => {
  expectOne(machine({ W: { Type: 'Wait', Seconds: 1, End: false } }), 'missing-transition', '"W"');
});

test('missing-transition: terminal types and Choice need none', () => {
  const text = machine({
    C: { Type: 'Choice', Choices: [{ Variable: '$.x', IsPresent: true, Next: 'S' }], Default: 'F' },
    S: { Type: 'Succeed' },
    F: { Type: 'Fail' },
  });
  expectNone(text, 'missing-transition');
});

test('missing-transition: YAML', () => {
  expectOne('StartAt: A\nStates:\n  A:\n    Type: Pass\n', 'missing-transition', 'A', 'yaml');
});
