// The debug adapter end to end: the BUILT dist/debugAdapter.js over stdio, driven by DebugClient.
// Launch, stopOnEntry, stepping through Parallel and Map, scopes, evaluate, setVariable, terminate.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { FANOUT, FANOUT_PATH, resumeTo, resumeToEnd, startSession } from './client';

test('stopOnEntry stops at the first state, on its name line, with the execution thread', async () => {
  const s = await startSession({ ...FANOUT, stopOnEntry: true }, { previewed: [FANOUT_PATH] });
  try {
    const stop = (await s.first) as DebugProtocol.StoppedEvent;
    assert.equal(stop.body.reason, 'entry');
    const threads = await s.dc.threadsRequest();
    assert.deepEqual(threads.body.threads, [{ id: 1, name: 'Execution' }]);
    const top = await s.top(stop.body.threadId ?? 0);
    assert.equal(top.name, 'FanOut (Parallel)');
    assert.equal(top.line, 5);
    assert.match(top.source?.path ?? '', /parallel-fanout\.asl\.json$/);
    assert.ok(s.overlays.some((o) => o.current.includes('FanOut') && o.source === 'debug'));
  } finally {
    await s.end();
  }
});

test('next steps over a Parallel; step in enters branch 1; step out returns to the enclosing machine', async () => {
  const s = await startSession({ ...FANOUT, stopOnEntry: true });
  try {
    const entry = (await s.first) as DebugProtocol.StoppedEvent;
    const into = await resumeTo(s, () => s.dc.stepInRequest({ threadId: entry.body.threadId ?? 1 }));
    const branchTop = await s.top(into.body.threadId ?? 0);
    assert.equal(branchTop.name, 'SendWelcomeEmail (Task)  (Parallel "FanOut" branch 1)');
    const stack = await s.dc.stackTraceRequest({ threadId: into.body.threadId ?? 0 });
    assert.deepEqual(
      stack.body.stackFrames.map((f) => f.name),
      ['SendWelcomeEmail (Task)  (Parallel "FanOut" branch 1)', 'Parallel "FanOut"'],
    );
    const out = await resumeTo(s, () => s.dc.stepOutRequest({ threadId: into.body.threadId ?? 0 }));
    assert.equal((await s.top(out.body.threadId ?? 0)).name, 'Done (Succeed)');
    await resumeToEnd(s, () => s.dc.continueRequest({ threadId: 1 }));
    assert.match(s.text(), /status: SUCCEEDED/);
  } finally {
    await s.end();
  }
});

test('next from the Parallel goes to the next state of the same machine', async () => {
  const s = await startSession({ ...FANOUT, stopOnEntry: true });
  try {
    await s.first;
    const next = await resumeTo(s, () => s.dc.nextRequest({ threadId: 1 }));
    assert.equal(next.body.reason, 'step');
    assert.equal((await s.top(next.body.threadId ?? 0)).name, 'Done (Succeed)');
  } finally {
    await s.end();
  }
});

test('Map: step in reaches an iteration thread whose stack names the Map with its counts', async () => {
  const s = await startSession({
    definition: 'inline-map.asl.json',
    input: 'inline-map.input.json',
    stopOnEntry: true,
  });
  try {
    await s.first;
    const into = await resumeTo(s, () => s.dc.stepInRequest({ threadId: 1 }));
    const stack = await s.dc.stackTraceRequest({ threadId: into.body.threadId ?? 0 });
    const names = stack.body.stackFrames.map((f) => f.name);
    assert.equal(names[0], 'IsDiscounted (Choice)  (Map "PriceLines" item 0)');
    assert.match(names[1], /^Map "PriceLines" \(1 active, 0 done, 2 waiting of 3\)$/);
    const next = await resumeTo(s, () => s.dc.nextRequest({ threadId: into.body.threadId ?? 0 }));
    assert.equal((await s.top(next.body.threadId ?? 0)).name, 'FullPrice (Pass)  (Map "PriceLines" item 0)');
  } finally {
    await s.end();
  }
});

test('scopes: State stages, Variables (Assign), Context; Input is editable before the state runs', async () => {
  const s = await startSession({
    definition: 'jsonata-variables.asl.json',
    input: 'jsonata-variables.input.json',
    mocks: 'jsonata-variables.mocks.json',
    testCase: 'SmallOrder',
    stopOnEntry: true,
  });
  try {
    await s.first;
    const stop = await resumeTo(s, () => s.dc.nextRequest({ threadId: 1 }));
    const frame = await s.top(stop.body.threadId ?? 0);
    assert.equal(frame.name, 'FetchQuote (Task)');
    const state = await s.scope(frame.id, 'State');
    assert.equal(state.get('Phase')?.value, '"entered"');
    const input = await s.children(state.get('Input')?.variablesReference ?? 0);
    assert.equal(input.get('0')?.value, '{sku, quantity}');
    const vars = await s.scope(frame.id, 'Variables');
    assert.equal(vars.get('customerId')?.value, '"c-7"');
    const context = await s.scope(frame.id, 'Context');
    const stateCtx = await s.children(context.get('State')?.variablesReference ?? 0);
    assert.equal(stateCtx.get('Name')?.value, '"FetchQuote"');
    const after = await resumeTo(s, () => s.dc.nextRequest({ threadId: 1 }));
    const check = await s.top(after.body.threadId ?? 0);
    assert.equal(check.name, 'CheckTotal (Choice)');
    const previous = await s.scope(check.id, 'Previous "FetchQuote"');
    assert.deepEqual([...previous.keys()], ['Input', 'After Arguments', 'Result', 'Output', 'Assigned variables']);
  } finally {
    await s.end();
  }
});

test('Previous shows every TestState stage of a state already left, After ResultSelector and ResultPath too', async () => {
  const s = await startSession(
    {
      definition: 'parallel-fanout.asl.json',
      input: 'parallel-fanout.input.json',
      mocks: 'parallel-fanout.mocks.json',
      testCase: 'HappyPath',
    },
    { functionBreakpoints: ['Done'] },
  );
  try {
    const stop = (await s.first) as DebugProtocol.StoppedEvent;
    const frame = await s.top(stop.body.threadId ?? 0);
    const previous = await s.scope(frame.id, 'Previous "FanOut"');
    assert.deepEqual(
      [...previous.keys()],
      ['Input', 'After InputPath', 'After Parameters', 'Result', 'After ResultSelector', 'After ResultPath', 'Output'],
      "a Parallel state: its branches' results, selected, placed into the input",
    );
    const selected = await s.children(previous.get('After ResultSelector')?.variablesReference ?? 0);
    const placed = await s.children(previous.get('After ResultPath')?.variablesReference ?? 0);
    assert.ok(selected.size > 0 && placed.size > 0);
    assert.notDeepEqual([...selected.keys()], [...placed.keys()]);
  } finally {
    await s.end();
  }
});

test('local handler modules run Task states; limits and the budget come through the one launch path', async () => {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'asl-dap-handlers-'));
  const definition = {
    StartAt: 'Double',
    States: {
      Double: {
        Type: 'Task',
        Resource: 'arn:aws:states:::lambda:invoke',
        Parameters: { 'Payload.$': '$' },
        OutputPath: '$.Payload',
        Next: 'Show',
      },
      Show: { Type: 'Pass', End: true },
    },
  };
  writeFileSync(join(dir, 'h.asl.json'), JSON.stringify(definition, null, 2));
  writeFileSync(
    join(dir, 'handlers.js'),
    'module.exports = { Double: async (input) => ({ doubled: input.n * 2 }) };\n',
  );
  const s = await startSession(
    { definition: join(dir, 'h.asl.json'), inputJson: { n: 21 }, handlers: 'handlers.js', cwd: dir },
    { functionBreakpoints: ['Show'] },
  );
  try {
    const stop = (await s.first) as DebugProtocol.StoppedEvent;
    const frame = await s.top(stop.body.threadId ?? 0);
    const state = await s.scope(frame.id, 'State');
    const input = await s.children(state.get('Input')?.variablesReference ?? 0);
    assert.equal(input.get('doubled')?.value, '42');
    await resumeToEnd(s, () => s.dc.continueRequest({ threadId: 1 }));
    assert.match(s.text(), /status: SUCCEEDED/);
  } finally {
    await s.end();
  }
  const limited = await startSession(
    { definition: join(dir, 'h.asl.json'), inputJson: { n: 1 }, handlers: 'handlers.js', cwd: dir, maxTransitions: 1 },
    { waitFor: 'end' },
  );
  try {
    await limited.first;
    assert.match(limited.text(), /status: FAILED[\s\S]*States\.Runtime[\s\S]*budget of 1 state transitions/);
  } finally {
    await limited.end();
  }
});

test('setVariable edits the stopped state input; the run uses it', async () => {
  const def = { definition: 'inline-map.asl.json', input: 'inline-map.input.json', stopOnEntry: true };
  const s = await startSession(def);
  try {
    await s.first;
    const frame = await s.top(1);
    const scopes = await s.dc.scopesRequest({ frameId: frame.id });
    const state = await s.children(scopes.body.scopes[0].variablesReference);
    const inputRef = state.get('Input')?.variablesReference ?? 0;
    const set = await s.dc.setVariableRequest({ variablesReference: inputRef, name: 'cartId', value: '"edited"' });
    assert.equal(set.body.value, '"edited"');
    await assert.rejects(
      s.dc.setVariableRequest({ variablesReference: inputRef, name: 'cartId', value: 'not json' }),
      /Not a JSON value/,
    );
    const again = await s.children(
      (
        await s.children((await s.dc.scopesRequest({ frameId: (await s.top(1)).id })).body.scopes[0].variablesReference)
      ).get('Input')?.variablesReference ?? 0,
    );
    assert.equal(again.get('cartId')?.value, '"edited"');
    await resumeToEnd(s, () => s.dc.continueRequest({ threadId: 1 }));
    assert.match(s.text(), /"cartId": "edited"/);
  } finally {
    await s.end();
  }
});

test('evaluate: JSONPath, intrinsic functions, JSONata; completions from the spec tables', async () => {
  const s = await startSession({
    definition: 'inline-map.asl.json',
    input: 'inline-map.input.json',
    stopOnEntry: true,
  });
  try {
    await s.first;
    const frameId = (await s.top(1)).id;
    const ev = async (expression: string) =>
      (await s.dc.evaluateRequest({ expression, frameId, context: 'repl' })).body;
    assert.equal((await ev('$.cartId')).result, '"cart-77"');
    assert.equal((await ev('States.ArrayLength($.lines)')).result, '3');
    assert.equal((await ev('{% $count($states.input.lines[cents > 500]) %}')).result, '2');
    assert.equal((await ev('$$.State.Name')).result, '"PriceLines"');
    const obj = await ev('$.lines[0]');
    assert.ok(obj.variablesReference > 0);
    await assert.rejects(
      s.dc.evaluateRequest({ expression: '$.missing', frameId, context: 'repl' }),
      /States\.Runtime/,
    );
    const completions = await s.dc.completionsRequest({ text: 'States.Arr', column: 11, frameId });
    const labels = completions.body.targets.map((t) => t.label);
    assert.ok(labels.includes('States.ArrayLength'), labels.join(', '));
    const fields = await s.dc.completionsRequest({ text: '$.', column: 3, frameId });
    assert.ok(fields.body.targets.some((t) => t.label === '$.cartId'));
  } finally {
    await s.end();
  }
});

test('terminate aborts a stopped execution and ends the session with its status', async () => {
  const s = await startSession({ ...FANOUT, stopOnEntry: true });
  try {
    await s.first;
    await Promise.all([s.dc.waitForEvent('terminated'), s.dc.terminateRequest({})]);
    assert.match(s.text(), /status: ABORTED/);
  } finally {
    await s.end();
  }
});

test('without breakpoints the session runs to the end: history streams, the end shows status and output', async () => {
  const s = await startSession({ ...FANOUT }, { waitFor: 'end', previewed: [FANOUT_PATH] });
  try {
    await s.first;
    const text = s.text();
    assert.match(text, /ParallelStateEntered "FanOut"/);
    assert.match(
      text,
      /TaskFailed {2}\[Parallel "FanOut" branch 2\]: DynamoDB\.ProvisionedThroughputExceededException/,
    );
    assert.match(text, /status: SUCCEEDED\noutput: \{/);
    const last = s.overlays[s.overlays.length - 1];
    assert.equal(last.status, 'SUCCEEDED');
    assert.deepEqual(last.path, ['FanOut', 'Done']);
  } finally {
    await s.end();
  }
});

test('a Map of 10,000 iterations lists only its active iterations and counts the rest', async () => {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'asl-dap-map-'));
  const definition = {
    StartAt: 'Each',
    States: {
      Each: {
        Type: 'Map',
        ItemsPath: '$.items',
        ItemProcessor: { StartAt: 'Work', States: { Work: { Type: 'Pass', End: true } } },
        End: true,
      },
    },
  };
  writeFileSync(join(dir, 'big.asl.json'), JSON.stringify(definition, null, 2));
  const items = Array.from({ length: 10_000 }, (_, i) => i);
  const s = await startSession(
    { definition: join(dir, 'big.asl.json'), inputJson: { items } },
    { functionBreakpoints: [{ name: 'Work', hitCondition: '== 500' }] },
  );
  try {
    const stop = (await s.first) as DebugProtocol.StoppedEvent;
    const threads = await s.dc.threadsRequest();
    assert.ok(threads.body.threads.length <= 40, String(threads.body.threads.length));
    const stack = await s.dc.stackTraceRequest({ threadId: stop.body.threadId ?? 0 });
    assert.match(stack.body.stackFrames[0].name, /^Work \(Pass\) {2}\(Map "Each" item 499\)$/);
    assert.match(stack.body.stackFrames[1].name, /^Map "Each" \(\d+ active, \d+ done, \d+ waiting of 10000\)$/);
  } finally {
    await s.end();
  }
});

test('pause stops a running loop; terminate then ends it', async () => {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'asl-dap-loop-'));
  const loop = {
    StartAt: 'A',
    States: {
      // a real 1 s Wait per turn: an instant loop would reach AWS's 25,000-event history quota first
      A: { Type: 'Wait', Seconds: 1, Next: 'C' },
      C: { Type: 'Choice', Choices: [{ Variable: '$.stop', IsPresent: true, Next: 'Done' }], Default: 'A' },
      Done: { Type: 'Succeed' },
    },
  };
  writeFileSync(join(dir, 'loop.asl.json'), JSON.stringify(loop, null, 2));
  const s = await startSession({ definition: join(dir, 'loop.asl.json'), stopOnEntry: true, realTime: true });
  try {
    await s.first;
    await s.dc.continueRequest({ threadId: 1 });
    const paused = await resumeTo(s, () => s.dc.pauseRequest({ threadId: 1 }));
    assert.equal(paused.body.reason, 'pause');
    await Promise.all([s.dc.waitForEvent('terminated'), s.dc.terminateRequest({})]);
    assert.match(s.text(), /status: ABORTED/);
  } finally {
    await s.end();
  }
});
