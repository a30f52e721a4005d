// Breakpoints through the built adapter: a line inside a state binds to the state's name line,
// elsewhere unverified with a reason; JSONPath and JSONata conditions; hit counts; logpoints;
// function breakpoints by state name; "All errors" and "Uncaught errors" with the error shown.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { DebugClient } from '@vscode/debugadapter-testsupport';
import { join } from 'node:path';
import { EXAMPLES, ROOT, resumeTo, resumeToEnd, startSession, wrap } from './client';

const MAP = { definition: 'inline-map.asl.json', input: 'inline-map.input.json' };
const FULL_PRICE_BODY = 41; // a line inside "FullPrice" ("position.$" of its Parameters)
const FULL_PRICE_NAME = 39;

async function inputOf(s: Awaited<ReturnType<typeof startSession>>, threadId: number): Promise<string> {
  const frame = await s.top(threadId);
  const r = await s.dc.evaluateRequest({ expression: '$.line.sku', frameId: frame.id, context: 'repl' });
  return r.body.result;
}

test('line breakpoints bind to the state around the line; outside a state they are unverified', async () => {
  const dc = new DebugClient('node', join(ROOT, 'dist', 'debugAdapter.js'), 'asl');
  await dc.start();
  const s = wrap(dc);
  try {
    const path = join(EXAMPLES, 'inline-map.asl.json');
    await Promise.all([dc.waitForEvent('initialized'), dc.launch({ ...MAP, definition: path, cwd: EXAMPLES })]);
    const r = await dc.setBreakpointsRequest({
      source: { path },
      breakpoints: [{ line: FULL_PRICE_BODY }, { line: 2 }],
    });
    const [inside, outside] = r.body.breakpoints;
    assert.deepEqual([inside.verified, inside.line], [true, FULL_PRICE_NAME]);
    assert.equal(outside.verified, false);
    assert.match(outside.message ?? '', /Not inside a state/);
    const other = await dc.setBreakpointsRequest({
      source: { path: join(EXAMPLES, 'x.asl.json') },
      breakpoints: [{ line: 3 }],
    });
    assert.equal(other.body.breakpoints[0].verified, false);
    const stop = s.nextStop();
    await dc.configurationDoneRequest();
    const hit = await stop;
    assert.equal(hit.body.reason, 'breakpoint');
    assert.deepEqual(hit.body.hitBreakpointIds, [inside.id]);
    assert.equal((await s.top(hit.body.threadId ?? 0)).line, FULL_PRICE_NAME);
  } finally {
    await s.end();
  }
});

test('a JSONPath condition (Jayway filter over the input) stops only where it holds', async () => {
  const s = await startSession(MAP, { breakpoints: [{ line: 18, condition: "$.line.sku == 'HONEY'" }] });
  try {
    const stop = (await s.first) as DebugProtocol.StoppedEvent;
    assert.equal(await inputOf(s, stop.body.threadId ?? 0), '"HONEY"');
    await resumeToEnd(s, () => s.dc.continueRequest({ threadId: 1 }));
  } finally {
    await s.end();
  }
});

test('a JSONata condition in a JSONata machine', async () => {
  const s = await startSession(
    {
      definition: 'jsonata-variables.asl.json',
      input: 'jsonata-variables.input.json',
      mocks: 'jsonata-variables.mocks.json',
      testCase: 'BigOrder',
    },
    {
      functionBreakpoints: [],
      breakpoints: [{ line: 17, condition: '$customerId = "c-7" and $count($states.input) = 2' }],
    },
  );
  try {
    const stop = (await s.first) as DebugProtocol.StoppedEvent;
    assert.equal((await s.top(stop.body.threadId ?? 0)).name, 'FetchQuote (Task)');
  } finally {
    await s.end();
  }
});

test('hit count: stop from the 2nd entry on; a logpoint prints and never stops', async () => {
  const s = await startSession(MAP, {
    breakpoints: [
      { line: 18, hitCondition: '2' },
      { line: FULL_PRICE_BODY, logMessage: 'priced {$.line.sku} at {$.line.cents}' },
    ],
  });
  try {
    const stop = (await s.first) as DebugProtocol.StoppedEvent;
    assert.equal(await inputOf(s, stop.body.threadId ?? 0), '"MUG-BLUE"');
    const third = await resumeTo(s, () => s.dc.continueRequest({ threadId: 1 }));
    assert.equal(await inputOf(s, third.body.threadId ?? 0), '"HONEY"');
    await resumeToEnd(s, () => s.dc.continueRequest({ threadId: 1 }));
    assert.match(s.text(), /priced TEA-GREEN at 450\n/);
    assert.match(s.text(), /priced HONEY at 799\n/);
  } finally {
    await s.end();
  }
});

test('function breakpoints by state name; an unknown name is unverified', async () => {
  const dc = new DebugClient('node', join(ROOT, 'dist', 'debugAdapter.js'), 'asl');
  await dc.start();
  const s = wrap(dc);
  try {
    await Promise.all([
      dc.waitForEvent('initialized'),
      dc.launch({ ...MAP, definition: join(EXAMPLES, 'inline-map.asl.json'), cwd: EXAMPLES }),
    ]);
    const r = await dc.setFunctionBreakpointsRequest({ breakpoints: [{ name: 'Summarize' }, { name: 'Nope' }] });
    assert.deepEqual(
      r.body.breakpoints.map((b) => b.verified),
      [true, false],
    );
    assert.match(r.body.breakpoints[1].message ?? '', /No state named "Nope"/);
    const stop = s.nextStop();
    await dc.configurationDoneRequest();
    const hit = await stop;
    assert.equal(hit.body.reason, 'function breakpoint');
    assert.equal((await s.top(hit.body.threadId ?? 0)).name, 'Summarize (Pass)');
  } finally {
    await s.end();
  }
});

test('"All errors" stops at a retried task failure with its error name and cause', async () => {
  const s = await startSession(
    {
      definition: 'parallel-fanout.asl.json',
      input: 'parallel-fanout.input.json',
      mocks: 'parallel-fanout.mocks.json',
      testCase: 'HappyPath',
    },
    { exceptions: ['all'] },
  );
  try {
    const stop = (await s.first) as DebugProtocol.StoppedEvent;
    assert.equal(stop.body.reason, 'exception');
    assert.equal(stop.body.description, 'DynamoDB.ProvisionedThroughputExceededException in "StoreProfile"');
    const info = await s.dc.exceptionInfoRequest({ threadId: stop.body.threadId ?? 0 });
    assert.equal(info.body.exceptionId, 'DynamoDB.ProvisionedThroughputExceededException');
    const frame = await s.top(stop.body.threadId ?? 0);
    const error = await s.scope(frame.id, 'Error');
    assert.equal(error.get('Error')?.value, '"DynamoDB.ProvisionedThroughputExceededException"');
    await resumeToEnd(s, () => s.dc.continueRequest({ threadId: 1 }));
    assert.match(s.text(), /status: SUCCEEDED/);
  } finally {
    await s.end();
  }
});

test('"Uncaught errors" stops where the error that ends the execution is raised', async () => {
  const s = await startSession(
    {
      definition: 'order-processing.asl.json',
      input: 'order-processing.input.json',
      mocks: 'order-processing.mocks.json',
      testCase: 'PaymentDeclined',
    },
    { exceptions: ['uncaught'] },
  );
  try {
    const stop = (await s.first) as DebugProtocol.StoppedEvent;
    assert.equal(stop.body.reason, 'exception');
    const info = await s.dc.exceptionInfoRequest({ threadId: stop.body.threadId ?? 0 });
    assert.ok(info.body.exceptionId.length > 0);
    const top = await s.top(stop.body.threadId ?? 0);
    assert.match(top.name, /\(Fail\)$/);
    await resumeToEnd(s, () => s.dc.continueRequest({ threadId: 1 }));
    assert.match(s.text(), /status: FAILED\nerror: /);
  } finally {
    await s.end();
  }
});
