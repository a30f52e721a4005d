// Callback tasks (.waitForTaskToken), timeouts, StopExecution and snapshots. Expected behaviour
// from the AWS pages "Wait for a Callback with Task Token" (connect-to-resource: the task pauses
// until SendTaskSuccess/SendTaskFailure with $$.Task.Token; HeartbeatSeconds), "Task workflow
// state" (TimeoutSeconds → States.Timeout), the state-machine TimeoutSeconds (ExecutionTimedOut),
// StopExecution (ExecutionAborted) and the TestState API's inspectionData stage names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeExecution, run, mocksFor, eventTypes, T0 } from './helpers';
import { pendingCallbacks } from '../../../src/interpreter/tasks';
import type { HistoryEvent } from '../../../src/interpreter/history';

const callback = (extra: Record<string, unknown> = {}) => ({
  StartAt: 'Ask',
  States: {
    Ask: {
      Type: 'Task',
      Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken',
      Parameters: { 'token.$': '$$.Task.Token' },
      ResultPath: '$.answer',
      End: true,
      ...extra,
    },
  },
});

test('waitForTaskToken: pauses (RUNNING) until sendTaskSuccess with the token', async () => {
  const ex = makeExecution(callback(), { q: 1 }, { tasks: pendingCallbacks() });
  let result = await ex.run();
  assert.equal(result.status, 'RUNNING');
  assert.equal(ex.waitingForTokens, true);
  const [pending] = ex.pendingTokens();
  assert.equal(pending.state, 'Ask');
  const scheduled = ex.history.find((e) => e.type === 'TaskScheduled') as HistoryEvent;
  assert.deepEqual(scheduled.details.parameters, { token: pending.token });
  assert.deepEqual(ex.snapshot()?.taskToken, pending.token);
  assert.deepEqual(ex.sendTaskSuccess('nope', {}), {
    ok: false,
    error: 'TaskDoesNotExist',
    message: "No task is waiting for token 'nope'.",
  });
  assert.deepEqual(ex.sendTaskSuccess(pending.token, { yes: true }), { ok: true });
  result = await ex.run();
  assert.equal(result.status, 'SUCCEEDED');
  assert.deepEqual(result.output, { q: 1, answer: { yes: true } });
  assert.deepEqual(eventTypes(ex), [
    'ExecutionStarted',
    'TaskStateEntered',
    'TaskScheduled',
    'TaskStarted',
    'TaskSubmitted',
    'TaskSucceeded',
    'TaskStateExited',
    'ExecutionSucceeded',
  ]);
});

test('waitForTaskToken: sendTaskFailure fails the task with that error (catchable)', async () => {
  const ex = makeExecution(callback(), {}, { tasks: pendingCallbacks() });
  await ex.run();
  ex.sendTaskFailure(ex.pendingTokens()[0].token, 'Rejected', 'no');
  const r = await ex.run();
  assert.deepEqual([r.status, r.error, r.cause], ['FAILED', 'Rejected', 'no']);
});

test('waitForTaskToken: a mocked response resolves the token', async () => {
  const r = await run(callback(), {}, { mocks: mocksFor({ Ask: { '0': { Return: { ok: 1 } } } }) });
  assert.deepEqual(r.output, { answer: { ok: 1 } });
});

test('Task TimeoutSeconds / HeartbeatSeconds fire on the virtual clock when nobody answers', async () => {
  const timeout = await run(callback({ TimeoutSeconds: 30 }), {}, { tasks: pendingCallbacks(), advanceWhenIdle: true });
  assert.deepEqual([timeout.status, timeout.error], ['FAILED', 'States.Timeout']);
  const failed = timeout.execution.history.find((e) => e.type === 'TaskTimedOut') as HistoryEvent;
  assert.equal(failed.timestamp - T0, 30_000);
  const heartbeat = await run(
    callback({ TimeoutSeconds: 300, HeartbeatSeconds: 10 }),
    {},
    { tasks: pendingCallbacks(), advanceWhenIdle: true },
  );
  assert.equal(heartbeat.error, 'States.HeartbeatTimeout');
});

test('sendTaskHeartbeat pushes the heartbeat deadline back', async () => {
  const ex = makeExecution(
    {
      StartAt: 'P',
      States: {
        P: {
          Type: 'Parallel',
          Branches: [
            { StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 8, End: true } } },
            callback({ HeartbeatSeconds: 10, TimeoutSeconds: 100 }),
          ],
          End: true,
        },
      },
    },
    {},
    { tasks: pendingCallbacks() },
  );
  await ex.run(); // the Wait branch finishes at t=8 s; the callback is still waiting
  const token = ex.pendingTokens()[0].token;
  assert.deepEqual(ex.sendTaskHeartbeat(token), { ok: true });
  assert.equal(ex.status, 'RUNNING');
  ex.sendTaskSuccess(token, 'done');
  const r = await ex.run();
  assert.equal(r.status, 'SUCCEEDED');
});

test('machine TimeoutSeconds: TIMED_OUT with no error or cause (DescribeExecution); ExecutionTimedOut', async () => {
  const r = await run({ TimeoutSeconds: 5, StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 10, End: true } } });
  assert.deepEqual([r.status, r.error, r.cause], ['TIMED_OUT', undefined, undefined]);
  assert.deepEqual(eventTypes(r.execution), [
    'ExecutionStarted',
    'WaitStateEntered',
    'WaitStateAborted',
    'ExecutionTimedOut',
  ]);
});

test('stop(): ABORTED with ExecutionAborted and the in-flight state aborted', async () => {
  const ex = makeExecution(callback(), {}, { tasks: pendingCallbacks() });
  await ex.run();
  ex.stop('User.Stop', 'stopped');
  assert.equal(ex.status, 'ABORTED');
  assert.deepEqual(eventTypes(ex).slice(-2), ['TaskStateAborted', 'ExecutionAborted']);
});

test('snapshot(): active branches/iterations with their stages and variables', async () => {
  const def = {
    StartAt: 'Init',
    States: {
      Init: { Type: 'Pass', Assign: { x: 1 }, Next: 'M' },
      M: {
        Type: 'Map',
        ItemProcessor: {
          StartAt: 'Ask',
          States: {
            Ask: {
              Type: 'Task',
              Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken',
              InputPath: '$.v',
              Parameters: { 'v.$': '$' },
              End: true,
            },
          },
        },
        ItemSelector: { 'v.$': '$$.Map.Item.Value' },
        End: true,
      },
    },
  };
  const ex = makeExecution(def, [10, 20], { tasks: pendingCallbacks() });
  await ex.run();
  const snap = ex.snapshot()!;
  assert.equal(snap.state, 'M');
  assert.equal(snap.children.length, 2);
  const first = snap.children[0];
  assert.deepEqual(
    [first.label, first.state, first.input, first.afterInputPath, first.afterParameters],
    ['M[0]', 'Ask', { v: 10 }, 10, { v: 10 }],
  );
  assert.deepEqual(first.variables, { x: 1 });
  assert.equal(first.phase, 'waiting-for-token');
  assert.equal(snap.phase, 'running');
  for (const t of ex.pendingTokens()) ex.sendTaskSuccess(t.token, t.frame);
  assert.deepEqual((await ex.run()).output, ['M[0]', 'M[1]']);
});

test('step() goes async only for JSONata and returns each event once', async () => {
  const ex = makeExecution(
    {
      QueryLanguage: 'JSONata',
      StartAt: 'P',
      States: { P: { Type: 'Pass', Output: '{% $states.input.a + 1 %}', End: true } },
    },
    { a: 1 },
  );
  const types: string[] = [];
  for (;;) {
    const e = await ex.step();
    if (e === undefined) break;
    types.push(e.type);
  }
  assert.deepEqual(types, ['ExecutionStarted', 'PassStateEntered', 'PassStateExited', 'ExecutionSucceeded']);
  assert.equal(ex.result.output, 2);
});
