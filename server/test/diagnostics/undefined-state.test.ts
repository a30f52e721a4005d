import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectNone, expectOne, machine, only, spanOf, PASS_END } from './helper';

test('undefined-state: Next with a typo, with the closest name', () => {
  const text = machine({ A: { Type: 'Pass', Next: 'ProcesOrder' }, ProcessOrder: PASS_END, Other: PASS_END });
  const d = expectOne(text, 'undefined-state', '"ProcesOrder"');
  assert.equal(d.data?.target, 'ProcesOrder');
  assert.equal(d.data?.suggestion, 'ProcessOrder');
  assert.match(d.message, /Did you mean "ProcessOrder"/);
});

test('undefined-state: StartAt, Default, Choices[].Next and Catch[].Next', () => {
  const text = machine(
    {
      C: { Type: 'Choice', Choices: [{ Variable: '$.x', IsPresent: true, Next: 'Nope1' }], Default: 'Nope2' },
      T: {
        Type: 'Task',
        Resource: 'arn:aws:states:::lambda:invoke',
        Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Nope3' }],
        End: true,
      },
    },
    {},
    'Nope0',
  );
  const found = ['"Nope0"', '"Nope1"', '"Nope2"', '"Nope3"'];
  for (const s of found) assert.ok(text.includes(s));
  const got = only(text, 'undefined-state').map((d) => spanOf(text, d));
  assert.deepEqual(got, found);
});

test('undefined-state: no suggestion when nothing is close', () => {
  const d = expectOne(
    machine({ A: { Type: 'Pass', Next: 'Completely different' }, B: PASS_END }),
    'undefined-state',
    '"Completely different"',
  );
  assert.equal(d.data?.suggestion, undefined);
});

test('undefined-state: case-only difference is suggested', () => {
  const d = expectOne(machine({ A: { Type: 'Pass', Next: 'done' }, Done: PASS_END }), 'undefined-state', '"done"');
  assert.equal(d.data?.suggestion, 'Done');
});

test('undefined-state: existing targets are fine', () => {
  expectNone(machine({ A: { Type: 'Pass', Next: 'B' }, B: PASS_END }), 'undefined-state');
});

test('undefined-state: YAML', () => {
  expectOne(
    'StartAt: A\nStates:\n  A:\n    Type: Pass\n    Next: Bee\n  B:\n    Type: Succeed\n',
    'undefined-state',
    'Bee',
    'yaml',
  );
});
