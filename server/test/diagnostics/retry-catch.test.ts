import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, expectOne, machine, only, spanOf } from './helper';

const task = (extra: Record<string, unknown>) =>
  machine({
    T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true, ...extra },
    F: { Type: 'Fail' },
  });

test('retry-catch: States.ALL not alone', () => {
  const text = task({ Retry: [{ ErrorEquals: ['States.ALL', 'Custom'] }] });
  expectOne(text, 'retry-catch', '"States.ALL"');
});

test('retry-catch: States.ALL not in the last catcher', () => {
  const text = task({
    Catch: [
      { ErrorEquals: ['States.ALL'], Next: 'F' },
      { ErrorEquals: ['Custom'], Next: 'F' },
    ],
  });
  const d = expectOne(text, 'retry-catch', '"States.ALL"');
  assert.match(d.message, /last catcher/);
});

test('retry-catch: empty ErrorEquals, unknown States.* name (warning)', () => {
  expectOne(task({ Retry: [{ ErrorEquals: [] }] }), 'retry-catch', '[]');
  const d = expectOne(task({ Retry: [{ ErrorEquals: ['States.Timout'] }] }), 'retry-catch', '"States.Timout"');
  assert.equal(d.severity, 'warning');
});

test('retry-catch: catcher without Next is missing-field; BackoffRate below 1 is out-of-range', () => {
  const text = task({ Catch: [{ ErrorEquals: ['E'] }], Retry: [{ ErrorEquals: ['E'], BackoffRate: 0.9 }] });
  assert.deepEqual(
    only(text, 'missing-field').map((d) => d.data?.field),
    ['Next'],
  );
  assert.deepEqual(
    only(text, 'out-of-range').map((d) => spanOf(text, d)),
    ['0.9'],
  );
});

test('retry-catch: valid retriers and catchers', () => {
  check(
    task({
      Retry: [
        { ErrorEquals: ['States.Timeout'], MaxAttempts: 0 },
        {
          ErrorEquals: ['Lambda.ServiceException', 'States.TaskFailed'],
          IntervalSeconds: 2,
          BackoffRate: 1.5,
          MaxDelaySeconds: 60,
          JitterStrategy: 'FULL',
        },
        { ErrorEquals: ['States.ALL'] },
      ],
      Catch: [
        { ErrorEquals: ['Custom.Error'], Next: 'F', ResultPath: '$.error' },
        { ErrorEquals: ['States.ALL'], Next: 'F' },
      ],
    }),
    [],
  );
});
