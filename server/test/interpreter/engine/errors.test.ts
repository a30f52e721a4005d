// Error-name matching, Retry back-off and Catch. Expected behaviour from the AWS page
// "Handling errors in Step Functions workflows" (concepts-error-handling): States.ALL does not
// catch States.Runtime / States.DataLimitExceeded; States.TaskFailed matches every error but
// States.Timeout; retry n waits IntervalSeconds × BackoffRate^n, capped by MaxDelaySeconds;
// the example retrier {IntervalSeconds: 3, MaxAttempts: 2, BackoffRate: 1.5} waits 3 s then 4.5 s.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { errorMatches } from '../../../src/interpreter/errors';
import { retryDelayMs } from '../../../src/interpreter/retry';
import { seededRandom } from '../../../src/interpreter/random';
import { run, single, mocksFor, eventTypes, T0 } from './helpers';

test('errorMatches: AWS matching rules', () => {
  assert.equal(errorMatches(['States.ALL'], 'Custom.Error'), true);
  assert.equal(errorMatches(['States.ALL'], 'States.Runtime'), false);
  assert.equal(errorMatches(['States.ALL'], 'States.DataLimitExceeded'), false);
  assert.equal(errorMatches(['States.DataLimitExceeded'], 'States.DataLimitExceeded'), true);
  assert.equal(errorMatches(['States.Runtime'], 'States.Runtime'), false);
  assert.equal(errorMatches(['States.TaskFailed'], 'Lambda.ServiceException'), true);
  assert.equal(errorMatches(['States.TaskFailed'], 'States.Timeout'), false);
  assert.equal(errorMatches(['States.Timeout'], 'States.HeartbeatTimeout'), true);
  assert.equal(errorMatches(['A', 'B'], 'B'), true);
  assert.equal(errorMatches(['A'], 'a'), false);
});

test('retryDelayMs: interval × rate^n, MaxDelaySeconds cap, MaxAttempts, FULL jitter bounds', () => {
  const r = { errorEquals: ['X'], intervalSeconds: 3, maxAttempts: 2, backoffRate: 1.5, jitter: false };
  const random = seededRandom(1);
  assert.equal(retryDelayMs(r, 0, random), 3000);
  assert.equal(retryDelayMs(r, 1, random), 4500);
  assert.equal(retryDelayMs(r, 2, random), undefined);
  assert.equal(retryDelayMs({ ...r, maxAttempts: 0 }, 0, random), undefined);
  assert.equal(
    retryDelayMs({ ...r, maxAttempts: 10, backoffRate: 2, intervalSeconds: 1, maxDelaySeconds: 5 }, 5, random),
    5000,
  );
  for (let n = 0; n < 50; n++) {
    const d = retryDelayMs({ ...r, maxAttempts: 10, jitter: true }, 1, random) as number;
    assert.ok(d >= 0 && d <= 4500, `jittered delay ${d}`);
  }
});

const flaky = (retry: unknown, catchers?: unknown) =>
  single({
    Type: 'Task',
    Resource: 'arn:aws:states:::lambda:invoke',
    Retry: retry as never,
    ...(catchers ? { Catch: catchers as never } : {}),
  });

test('Retry: the doc example waits 3 s then 4.5 s on the simulated clock', async () => {
  const mocks = mocksFor({
    S: { '0-1': { Throw: { Error: 'States.Timeout', Cause: 'slow' } }, '2': { Return: { ok: true } } },
  });
  const r = await run(
    flaky([{ ErrorEquals: ['States.Timeout'], IntervalSeconds: 3, MaxAttempts: 2, BackoffRate: 1.5 }]),
    {},
    { mocks },
  );
  assert.equal(r.status, 'SUCCEEDED');
  assert.deepEqual(r.output, { ok: true });
  const scheduled = r.execution.history.filter((e) => e.type === 'TaskScheduled').map((e) => e.timestamp - T0);
  assert.deepEqual(scheduled, [0, 3000, 7500]);
  assert.deepEqual(eventTypes(r.execution), [
    'ExecutionStarted',
    'TaskStateEntered',
    'TaskScheduled',
    'TaskStarted',
    'TaskFailed',
    'TaskScheduled',
    'TaskStarted',
    'TaskFailed',
    'TaskScheduled',
    'TaskStarted',
    'TaskSucceeded',
    'TaskStateExited',
    'ExecutionSucceeded',
  ]);
});

test('Retry: MaxAttempts 0 never retries; exhausted retries fall through to the error', async () => {
  const mocks = mocksFor({ S: { '0-9': { Throw: { Error: 'Boom', Cause: 'c' } } } });
  const none = await run(flaky([{ ErrorEquals: ['Boom'], MaxAttempts: 0 }]), {}, { mocks });
  assert.equal(none.status, 'FAILED');
  assert.equal(none.execution.history.filter((e) => e.type === 'TaskScheduled').length, 1);
  const three = await run(flaky([{ ErrorEquals: ['Boom'] }]), {}, { mocks });
  assert.equal(three.execution.history.filter((e) => e.type === 'TaskScheduled').length, 4);
  assert.equal(three.error, 'Boom');
  assert.equal(three.cause, 'c');
});

test('Retry: counters are per retrier and persist across different errors in one visit', async () => {
  const mocks = mocksFor({
    S: {
      '0': { Throw: { Error: 'A', Cause: '' } },
      '1': { Throw: { Error: 'B', Cause: '' } },
      '2': { Throw: { Error: 'A', Cause: '' } },
      '3': { Return: 1 },
    },
  });
  const r = await run(
    flaky([
      { ErrorEquals: ['A'], MaxAttempts: 1, IntervalSeconds: 1 },
      { ErrorEquals: ['B'], MaxAttempts: 5, IntervalSeconds: 1 },
    ]),
    {},
    { mocks },
  );
  // A (retry 1 of 1), B (retry 1 of 5), A again: its retrier is exhausted, so the state fails.
  assert.equal(r.status, 'FAILED');
  assert.equal(r.error, 'A');
});

test('Retry: $$.State.RetryCount counts the retries of the visit', async () => {
  const mocks = mocksFor({ S: { '0-1': { Throw: { Error: 'X', Cause: '' } }, '2': { Return: {} } } });
  const def = single({
    Type: 'Task',
    Resource: 'arn:aws:states:::lambda:invoke',
    Parameters: { 'n.$': '$$.State.RetryCount' },
    Retry: [{ ErrorEquals: ['X'] }],
  });
  const r = await run(def, {}, { mocks });
  const params = r.execution.history.filter((e) => e.type === 'TaskScheduled').map((e) => e.details.parameters);
  assert.deepEqual(params, [{ n: 0 }, { n: 1 }, { n: 2 }]);
});

test('Catch: ResultPath merges the error output into the state input; first matching catcher wins', async () => {
  const mocks = mocksFor({ S: { '0': { Throw: { Error: 'Pay.Declined', Cause: 'no funds' } } } });
  const def = {
    StartAt: 'S',
    States: {
      S: {
        Type: 'Task',
        Resource: 'arn:aws:states:::lambda:invoke',
        Catch: [
          { ErrorEquals: ['Other'], Next: 'Wrong' },
          { ErrorEquals: ['States.TaskFailed'], ResultPath: '$.error', Next: 'Handled' },
          { ErrorEquals: ['States.ALL'], Next: 'Wrong' },
        ],
        End: true,
      },
      Handled: { Type: 'Pass', End: true },
      Wrong: { Type: 'Fail', Error: 'Wrong' },
    },
  };
  const r = await run(def, { order: 1 }, { mocks });
  assert.equal(r.status, 'SUCCEEDED');
  assert.deepEqual(r.output, { order: 1, error: { Error: 'Pay.Declined', Cause: 'no funds' } });
  assert.deepEqual(eventTypes(r.execution).slice(1, 7), [
    'TaskStateEntered',
    'TaskScheduled',
    'TaskStarted',
    'TaskFailed',
    'TaskStateExited',
    'PassStateEntered',
  ]);
});

test('Catch: States.ALL does not catch States.Runtime; States.TaskFailed does not catch States.Timeout', async () => {
  const def = (errorEquals: string[]) => ({
    StartAt: 'S',
    States: {
      S: {
        Type: 'Task',
        Resource: 'arn:aws:states:::lambda:invoke',
        Catch: [{ ErrorEquals: errorEquals, Next: 'Caught' }],
        End: true,
      },
      Caught: { Type: 'Succeed' },
    },
  });
  const runtime = await run(
    def(['States.ALL']),
    {},
    { mocks: mocksFor({ S: { '0': { Throw: { Error: 'States.Runtime', Cause: 'bad' } } } }) },
  );
  assert.equal(runtime.status, 'FAILED');
  assert.equal(runtime.error, 'States.Runtime');
  const timeout = await run(
    def(['States.TaskFailed']),
    {},
    { mocks: mocksFor({ S: { '0': { Throw: { Error: 'States.Timeout', Cause: 'slow' } } } }) },
  );
  assert.equal(timeout.error, 'States.Timeout');
  const caught = await run(
    def(['States.ALL']),
    {},
    { mocks: mocksFor({ S: { '0': { Throw: { Error: 'States.Timeout', Cause: 'slow' } } } }) },
  );
  assert.equal(caught.status, 'SUCCEEDED');
});

test('Catch: catcher Assign (JSONPath) sees the error output', async () => {
  const mocks = mocksFor({ S: { '0': { Throw: { Error: 'E', Cause: 'why' } } } });
  const def = {
    StartAt: 'S',
    States: {
      S: {
        Type: 'Task',
        Resource: 'arn:aws:states:::lambda:invoke',
        Catch: [{ ErrorEquals: ['E'], Assign: { 'reason.$': '$.Cause' }, ResultPath: null, Next: 'After' }],
        End: true,
      },
      After: { Type: 'Pass', Parameters: { 'reason.$': '$reason' }, End: true },
    },
  };
  const r = await run(def, {}, { mocks });
  assert.deepEqual(r.output, { reason: 'why' });
});

test('an unmocked Task fails with a message naming the state and how to mock it', async () => {
  const r = await run(single({ Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage' }));
  assert.equal(r.status, 'FAILED');
  assert.match(r.cause ?? '', /Task state 'S' has no mocked response/);
  assert.match(r.cause ?? '', /--mocks/);
});
