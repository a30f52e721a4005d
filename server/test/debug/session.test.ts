// The adapter's callbacks, time travel and bad input: a `.waitForTaskToken` task without a mock
// waits and the custom requests answer it; step back and reverse continue replay the recorded
// execution; broken definitions, bad input JSON and unknown test cases fail the launch clearly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { DebugClient } from '@vscode/debugadapter-testsupport';
import {
  PENDING_TOKENS_REQUEST,
  SEND_TASK_FAILURE_REQUEST,
  SEND_TASK_HEARTBEAT_REQUEST,
  SEND_TASK_SUCCESS_REQUEST,
  type PendingTokensResponse,
} from '../../src/debugProtocol';
import { EXAMPLES, ROOT, resumeTo, resumeToEnd, startSession, wrap } from './client';

const CALLBACK = { definition: 'callback-approval.asl.json', input: 'callback-approval.input.json' };

test('a callback task without a mock waits; task success from the client lets it finish', async () => {
  const s = await startSession(CALLBACK);
  try {
    const stop = (await s.first) as DebugProtocol.StoppedEvent;
    assert.equal(stop.body.reason, 'pause');
    assert.match(stop.body.description ?? '', /Waiting for a task token \(state "RequestApproval"\)/);
    const pending = await s.dc.customRequest(PENDING_TOKENS_REQUEST);
    const tokens = (pending.body as PendingTokensResponse).tokens;
    assert.equal(tokens.length, 1);
    assert.equal(tokens[0].stateName, 'RequestApproval');
    await s.dc.customRequest(SEND_TASK_HEARTBEAT_REQUEST, { token: tokens[0].token });
    await assert.rejects(
      s.dc.customRequest(SEND_TASK_SUCCESS_REQUEST, { token: 'nope', output: {} }),
      /TaskDoesNotExist/,
    );
    await resumeToEnd(s, () =>
      s.dc.customRequest(SEND_TASK_SUCCESS_REQUEST, {
        token: tokens[0].token,
        output: { approved: true, approver: 'ada@example.com' },
      }),
    );
    assert.match(s.text(), /status: SUCCEEDED/);
    assert.match(s.text(), /"approvedBy": "ada@example.com"/);
  } finally {
    await s.end();
  }
});

test('task failure from the client is caught like a real one', async () => {
  const s = await startSession(CALLBACK);
  try {
    await s.first;
    const pending = await s.dc.customRequest(PENDING_TOKENS_REQUEST);
    const [{ token }] = (pending.body as PendingTokensResponse).tokens;
    await resumeToEnd(s, () =>
      s.dc.customRequest(SEND_TASK_FAILURE_REQUEST, { token, error: 'Rejected', cause: 'no' }),
    );
    assert.match(s.text(), /FailStateEntered "Rejected"/);
    assert.match(s.text(), /status: FAILED\nerror: RequestRejected/);
  } finally {
    await s.end();
  }
});

test('step back and reverse continue replay the execution to earlier states', async () => {
  const s = await startSession(
    { definition: 'inline-map.asl.json', input: 'inline-map.input.json' },
    { functionBreakpoints: ['Summarize'] },
  );
  try {
    await s.first;
    const back = await resumeTo(s, () => s.dc.stepBackRequest({ threadId: 1 }));
    assert.equal(back.body.reason, 'step');
    assert.equal((await s.top(back.body.threadId ?? 0)).name, 'PriceLines (Map)');
    const input = await s.dc.evaluateRequest({ expression: '$.cartId', frameId: (await s.top(1)).id, context: 'repl' });
    assert.equal(input.body.result, '"cart-77"');
    const forward = await resumeTo(s, () => s.dc.continueRequest({ threadId: 1 }));
    assert.equal((await s.top(forward.body.threadId ?? 0)).name, 'Summarize (Pass)');
    const rewound = await resumeTo(s, () => s.dc.reverseContinueRequest({ threadId: 1 }));
    assert.equal(rewound.body.reason, 'entry');
    assert.equal((await s.top(rewound.body.threadId ?? 0)).name, 'PriceLines (Map)');
    const replayed = await resumeTo(s, () => s.dc.continueRequest({ threadId: 1 }));
    assert.equal((await s.top(replayed.body.threadId ?? 0)).name, 'Summarize (Pass)');
    await resumeToEnd(s, () => s.dc.continueRequest({ threadId: 1 }));
    assert.match(s.text(), /status: SUCCEEDED/);
  } finally {
    await s.end();
  }
});

/** Launches and expects the launch to fail; returns the error message and the console text. */
async function failedLaunch(args: Record<string, unknown>): Promise<{ message: string; text: string }> {
  const dc = new DebugClient('node', join(ROOT, 'dist', 'debugAdapter.js'), 'asl');
  await dc.start();
  const s = wrap(dc);
  try {
    const ended = dc.waitForEvent('terminated');
    let message = '';
    await dc.launch({ cwd: EXAMPLES, ...args }).then(
      () => assert.fail('the launch should have failed'),
      (e: Error) => {
        message = e.message;
      },
    );
    await ended;
    return { message, text: s.text() };
  } finally {
    await s.end();
  }
}

test('a broken definition fails the launch with the located errors and ends the session', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'asl-dap-'));
  const bad = '{\n  "StartAt": "A",\n  "States": {\n    "A": { "Type": "Pass", "Next": "Missing" }\n  }\n}\n';
  writeFileSync(join(dir, 'bad.asl.json'), bad);
  const { message, text } = await failedLaunch({ definition: join(dir, 'bad.asl.json') });
  assert.match(message, /bad\.asl\.json:4:\d+: error [a-z-]+ /);
  assert.match(message, /is not a valid state machine \(1 error\); nothing was run/);
  assert.match(text, /bad\.asl\.json:4:/);
});

test('bad input JSON names the file and position; an unknown test case lists the known ones', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'asl-dap-'));
  writeFileSync(join(dir, 'in.json'), '{\n  "a": }\n');
  const input = await failedLaunch({ definition: join(EXAMPLES, 'inline-map.asl.json'), input: join(dir, 'in.json') });
  assert.match(input.message, /in\.json:2:8: not valid JSON \(value expected\)/);
  const mocks = await failedLaunch({
    definition: join(EXAMPLES, 'callback-approval.asl.json'),
    mocks: 'callback-approval.mocks.json',
    testCase: 'Maybe',
  });
  assert.match(mocks.message, /no test case 'Maybe' \(known: Approved, Rejected, NoAnswer\)/);
  const none = await failedLaunch({ definition: join(EXAMPLES, 'nope.asl.json') });
  assert.match(none.message, /cannot read '.*nope\.asl\.json': no such file/);
});

test('run limits are launch attributes: the history quota and the time budget end the session; a bad one refuses it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'asl-dap-limits-'));
  const loop = join(dir, 'loop.asl.json');
  const spin = {
    StartAt: 'Spin',
    States: {
      Spin: { Type: 'Pass', Next: 'Again' },
      Again: { Type: 'Choice', Choices: [{ Variable: '$.stop', IsPresent: true, Next: 'Done' }], Default: 'Spin' },
      Done: { Type: 'Succeed' },
    },
  };
  writeFileSync(loop, JSON.stringify(spin, null, 2));
  const quota = await startSession({ definition: loop, maxHistoryEvents: 100 }, { waitFor: 'end' });
  try {
    await quota.first;
    assert.match(quota.text(), /status: FAILED[\s\S]*States\.Runtime[\s\S]*100/);
  } finally {
    await quota.end();
  }
  // A loop that never ends within the quota's reach: only the time budget stops it (it starts at the resume).
  const timed = await startSession({ definition: loop, maxHistoryEvents: 250_000, timeout: 0.01, stopOnEntry: true });
  try {
    await timed.first;
    await resumeToEnd(timed, () => timed.dc.continueRequest({ threadId: 1 }));
    assert.match(timed.text(), /status: TIMED_OUT[\s\S]*States\.Timeout[\s\S]*"timeout" of 0\.01 s between stops/);
  } finally {
    await timed.end();
  }
  const bad = await failedLaunch({ definition: loop, timeout: -1 });
  assert.match(bad.message, /"timeout" must be a positive number/);
  const big = await failedLaunch({ definition: loop, maxHistoryEvents: 1e9 });
  assert.match(big.message, /"maxHistoryEvents" must be at most 250000/);
});

test('restart runs the definition again from the start', async () => {
  const s = await startSession({
    definition: 'inline-map.asl.json',
    input: 'inline-map.input.json',
    stopOnEntry: true,
  });
  try {
    await s.first;
    const again = await resumeTo(s, () => s.dc.restartRequest({}));
    assert.equal(again.body.reason, 'entry');
    assert.match(s.text(), /--- restarted ---/);
    await resumeToEnd(s, () => s.dc.continueRequest({ threadId: 1 }));
  } finally {
    await s.end();
  }
});
