import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectNone, expectOne, machine } from './helper';

const task = (extra: Record<string, unknown>) =>
  machine({ T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true, ...extra } });

test('out-of-range: TimeoutSeconds must be positive', () => {
  const d = expectOne(task({ TimeoutSeconds: 0 }), 'out-of-range', '0');
  assert.equal(d.data?.field, 'TimeoutSeconds');
});

test('out-of-range: retrier numbers (MaxAttempts < 0, BackoffRate < 1, MaxDelaySeconds too big)', () => {
  expectOne(task({ Retry: [{ ErrorEquals: ['E'], MaxAttempts: -1 }] }), 'out-of-range', '-1');
  expectOne(task({ Retry: [{ ErrorEquals: ['E'], BackoffRate: 0.5 }] }), 'out-of-range', '0.5');
  expectOne(task({ Retry: [{ ErrorEquals: ['E'], MaxDelaySeconds: 31622401 }] }), 'out-of-range', '31622401');
});

test('out-of-range: values inside their bounds', () => {
  expectNone(
    task({
      TimeoutSeconds: 99999999,
      Retry: [{ ErrorEquals: ['E'], MaxAttempts: 0, BackoffRate: 1, IntervalSeconds: 1, MaxDelaySeconds: 31622400 }],
    }),
    'out-of-range',
  );
});
