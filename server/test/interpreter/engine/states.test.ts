// Choice, Wait, Succeed and Fail. Expected behaviour from the AWS pages "Choice workflow state"
// (state-choice: no match and no Default fails with States.NoChoiceMatched), "Wait workflow state"
// (state-wait: Seconds, Timestamp, SecondsPath, TimestampPath), "Succeed" and "Fail" (state-fail:
// ErrorPath/CausePath may be a reference path or an intrinsic function).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, single, eventTypes, T0 } from './helpers';

const choice = (extra: Record<string, unknown> = {}) => ({
  StartAt: 'C',
  States: {
    C: {
      Type: 'Choice',
      Choices: [
        { Variable: '$.n', NumericGreaterThan: 10, Next: 'Big' },
        { Variable: '$.n', NumericGreaterThan: 5, Next: 'Medium' },
      ],
      ...extra,
    },
    Big: { Type: 'Pass', Result: 'big', End: true },
    Medium: { Type: 'Pass', Result: 'medium', End: true },
    Small: { Type: 'Pass', Result: 'small', End: true },
  },
});

test('Choice: first matching rule wins, Default otherwise', async () => {
  assert.equal((await run(choice({ Default: 'Small' }), { n: 20 })).output, 'big');
  assert.equal((await run(choice({ Default: 'Small' }), { n: 7 })).output, 'medium');
  assert.equal((await run(choice({ Default: 'Small' }), { n: 1 })).output, 'small');
});

test('Choice: no match and no Default is States.NoChoiceMatched', async () => {
  const r = await run(choice(), { n: 1 });
  assert.equal(r.status, 'FAILED');
  assert.equal(r.error, 'States.NoChoiceMatched');
  assert.deepEqual(eventTypes(r.execution), ['ExecutionStarted', 'ChoiceStateEntered', 'ExecutionFailed']);
});

test('Choice: missing Variable is States.Runtime; wrong type is simply false', async () => {
  assert.equal((await run(choice({ Default: 'Small' }), {})).error, 'States.Runtime');
  assert.equal((await run(choice({ Default: 'Small' }), { n: 'twenty' })).output, 'small');
});

test('Choice: InputPath/OutputPath and rule-level plus state-level Assign', async () => {
  const def = {
    StartAt: 'C',
    States: {
      C: {
        Type: 'Choice',
        InputPath: '$.inner',
        OutputPath: '$.v',
        Assign: { from: 'state' },
        Choices: [{ Variable: '$.v', IsPresent: true, Assign: { 'rule.$': '$.v' }, Next: 'D' }],
      },
      D: { Type: 'Pass', Parameters: { 'in.$': '$', 'from.$': '$from', 'rule.$': '$rule' }, End: true },
    },
  };
  const r = await run(def, { inner: { v: 3 } });
  assert.deepEqual(r.output, { in: 3, from: 'state', rule: 3 });
});

test('Wait: Seconds and SecondsPath advance the simulated clock, not real time', async () => {
  const def = {
    StartAt: 'W1',
    States: {
      W1: { Type: 'Wait', Seconds: 3600, Next: 'W2' },
      W2: { Type: 'Wait', SecondsPath: '$.s', Next: 'P' },
      P: { Type: 'Pass', Parameters: { 'at.$': '$$.State.EnteredTime' }, End: true },
    },
  };
  const started = Date.now();
  const r = await run(def, { s: 60 });
  assert.ok(Date.now() - started < 5000);
  assert.deepEqual(r.output, { at: new Date(T0 + 3660_000).toISOString() });
  assert.deepEqual(eventTypes(r.execution).slice(1, 5), [
    'WaitStateEntered',
    'WaitStateExited',
    'WaitStateEntered',
    'WaitStateExited',
  ]);
});

test('Wait: Timestamp / TimestampPath; a timestamp in the past does not wait', async () => {
  const def = {
    StartAt: 'W',
    States: {
      W: { Type: 'Wait', TimestampPath: '$.until', Next: 'P' },
      P: { Type: 'Pass', Parameters: { 'at.$': '$$.State.EnteredTime' }, End: true },
    },
  };
  assert.deepEqual((await run(def, { until: '2024-01-02T00:00:00Z' })).output, { at: '2024-01-02T00:00:00.000Z' });
  assert.deepEqual((await run(def, { until: '2020-01-01T00:00:00Z' })).output, { at: '2024-01-01T00:00:00.000Z' });
  assert.equal((await run(def, { until: 'tomorrow' })).error, 'States.Runtime');
  assert.equal((await run(single({ Type: 'Wait', Timestamp: '2024-01-01T00:00:10Z' }))).status, 'SUCCEEDED');
});

test('Succeed: OutputPath; Fail: Error/Cause, ErrorPath/CausePath with a path and an intrinsic', async () => {
  const ok = await run({ StartAt: 'S', States: { S: { Type: 'Succeed', OutputPath: '$.a' } } }, { a: [1] });
  assert.deepEqual(ok.output, [1]);
  assert.deepEqual(eventTypes(ok.execution), [
    'ExecutionStarted',
    'SucceedStateEntered',
    'SucceedStateExited',
    'ExecutionSucceeded',
  ]);
  const fail = await run({ StartAt: 'F', States: { F: { Type: 'Fail', Error: 'E', Cause: 'C' } } });
  assert.deepEqual([fail.status, fail.error, fail.cause], ['FAILED', 'E', 'C']);
  assert.deepEqual(eventTypes(fail.execution), ['ExecutionStarted', 'FailStateEntered', 'ExecutionFailed']);
  const paths = await run(
    {
      StartAt: 'F',
      States: { F: { Type: 'Fail', ErrorPath: '$.code', CausePath: "States.Format('order {} failed', $.id)" } },
    },
    { code: 'Bad', id: 7 },
  );
  assert.deepEqual([paths.error, paths.cause], ['Bad', 'order 7 failed']);
});

test('Pass: unknown next state or state type fail with States.Runtime', async () => {
  assert.equal((await run({ StartAt: 'A', States: { A: { Type: 'Pass', Next: 'Nope' } } })).error, 'States.Runtime');
  assert.equal((await run({ StartAt: 'Nope', States: { A: { Type: 'Pass', End: true } } })).error, 'States.Runtime');
});
