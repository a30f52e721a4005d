import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectNone, machine, only, spanOf, PASS_END } from './helper';

test('no-terminal-path: a reachable loop with no exit (warning on each state of the loop)', () => {
  const text = machine({
    C: { Type: 'Choice', Choices: [{ Variable: '$.x', IsPresent: true, Next: 'Done' }], Default: 'L1' },
    L1: { Type: 'Pass', Next: 'L2' },
    L2: { Type: 'Wait', Seconds: 1, Next: 'L1' },
    Done: PASS_END,
  });
  const found = only(text, 'no-terminal-path');
  assert.deepEqual(
    found.map((d) => spanOf(text, d)),
    ['"L1"', '"L2"'],
  );
  assert.ok(found.every((d) => d.severity === 'warning'));
});

test('no-terminal-path: a polling loop with an exit is fine', () => {
  expectNone(
    machine({
      W: { Type: 'Wait', Seconds: 5, Next: 'C' },
      C: { Type: 'Choice', Choices: [{ Variable: '$.done', BooleanEquals: true, Next: 'S' }], Default: 'W' },
      S: { Type: 'Succeed' },
    }),
    'no-terminal-path',
  );
});

test('no-terminal-path: a catcher path to a terminal counts', () => {
  expectNone(
    machine({
      T: {
        Type: 'Task',
        Resource: 'arn:aws:states:::lambda:invoke',
        Next: 'T2',
        Catch: [{ ErrorEquals: ['States.ALL'], Next: 'F' }],
      },
      T2: { Type: 'Pass', Next: 'T' },
      F: { Type: 'Fail' },
    }),
    'no-terminal-path',
  );
});
