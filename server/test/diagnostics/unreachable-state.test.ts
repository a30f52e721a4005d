import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, expectNone, expectOne, machine, PASS_END } from './helper';

test('unreachable-state: a state nothing leads to, tagged unnecessary', () => {
  const d = expectOne(machine({ A: PASS_END, Orphan: PASS_END }), 'unreachable-state', '"Orphan"');
  assert.deepEqual(d.tags, ['unnecessary']);
  assert.equal(d.data?.state, 'Orphan');
});

test('unreachable-state: reachable through Choices, Default and Catch; inside branches', () => {
  const text = machine({
    C: { Type: 'Choice', Choices: [{ Variable: '$.x', IsPresent: true, Next: 'T' }], Default: 'D' },
    T: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Catch: [{ ErrorEquals: ['States.ALL'], Next: 'F' }],
      End: true,
    },
    D: PASS_END,
    F: { Type: 'Fail' },
  });
  check(text, []);
  expectOne(
    machine({ P: { Type: 'Parallel', End: true, Branches: [{ StartAt: 'X', States: { X: PASS_END, Y: PASS_END } }] } }),
    'unreachable-state',
    '"Y"',
  );
});

test('unreachable-state: nothing reported when StartAt does not resolve', () => {
  expectNone(machine({ A: PASS_END, B: PASS_END }, {}, 'Z'), 'unreachable-state');
});

test('unreachable-state: YAML', () => {
  expectOne(
    'StartAt: A\nStates:\n  A:\n    Type: Succeed\n  B:\n    Type: Succeed\n',
    'unreachable-state',
    'B',
    'yaml',
  );
});
