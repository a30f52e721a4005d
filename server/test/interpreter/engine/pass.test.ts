// Pass state and the JSONPath I/O pipeline. Expected values from the AWS pages
// "Pass workflow state" (state-pass) and "Processing input and output in Step Functions"
// (concepts-input-output-filtering: the ResultPath/OutputPath examples).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, single, eventTypes, makeExecution, mocksFor } from './helpers';

test('Pass: Result placed with ResultPath (state-pass example)', async () => {
  const def = single({ Type: 'Pass', Result: { x: 0.381018, y: 622.2269926397355 }, ResultPath: '$.coords' });
  const r = await run(def, { georefOf: 'Home' });
  assert.equal(r.status, 'SUCCEEDED');
  assert.deepEqual(r.output, { georefOf: 'Home', coords: { x: 0.381018, y: 622.2269926397355 } });
});

test('Pass: Parameters beat Result; InputPath/OutputPath', async () => {
  const def = single({
    Type: 'Pass',
    InputPath: '$.a',
    Parameters: { 'v.$': '$.b' },
    Result: 'ignored',
    ResultPath: '$.r',
    OutputPath: '$.r',
  });
  const r = await run(def, { a: { b: 7 } });
  assert.deepEqual(r.output, { v: 7 });
});

test('Pass: ResultPath null keeps the input, OutputPath null gives {}', async () => {
  assert.deepEqual((await run(single({ Type: 'Pass', Result: 1, ResultPath: null }), { k: 1 })).output, { k: 1 });
  assert.deepEqual((await run(single({ Type: 'Pass', OutputPath: null }), { k: 1 })).output, {});
});

test('Pass: InputPath matching nothing is States.Runtime', async () => {
  const r = await run(single({ Type: 'Pass', InputPath: '$.missing' }), { k: 1 });
  assert.equal(r.status, 'FAILED');
  assert.equal(r.error, 'States.Runtime');
});

test('Pass: history events (PassStateEntered/Exited between ExecutionStarted/Succeeded)', async () => {
  const def = { StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Pass', End: true } } };
  const r = await run(def, { n: 1 });
  assert.deepEqual(eventTypes(r.execution), [
    'ExecutionStarted',
    'PassStateEntered',
    'PassStateExited',
    'PassStateEntered',
    'PassStateExited',
    'ExecutionSucceeded',
  ]);
  const ids = r.execution.history.map((e) => [e.id, e.previousEventId]);
  assert.deepEqual(ids, [
    [1, 0],
    [2, 1],
    [3, 2],
    [4, 3],
    [5, 4],
    [6, 5],
  ]);
});

test('Pass: context object fields ($$)', async () => {
  const def = single({
    Type: 'Pass',
    Parameters: {
      'name.$': '$$.State.Name',
      'entered.$': '$$.State.EnteredTime',
      'exec.$': '$$.Execution.Id',
      'input.$': '$$.Execution.Input',
      'sm.$': '$$.StateMachine.Name',
      'state.$': '$$.State',
    },
  });
  const r = await run(def, { a: 1 });
  assert.deepEqual(r.output, {
    name: 'S',
    entered: '2024-01-01T00:00:00.000Z',
    exec: 'arn:aws:states:us-east-1:123456789012:execution:Test:exec-1',
    input: { a: 1 },
    sm: 'Test',
    state: { EnteredTime: '2024-01-01T00:00:00.000Z', Name: 'S' }, // no RetryCount in a Pass state (AWS)
  });
});

test('Task, Parallel and Map states have $$.State.RetryCount; an Express child has no RedriveCount', async () => {
  const task = single({
    Type: 'Task',
    Resource: 'arn:aws:lambda:us-east-1:1:function:f',
    Parameters: { 'c.$': '$$.State' },
  });
  const r = await run(task, {}, { handlers: { S: (input: unknown) => input } });
  assert.deepEqual(r.output, { c: { EnteredTime: '2024-01-01T00:00:00.000Z', Name: 'S', RetryCount: 0 } });
  const express = single({
    Type: 'Map',
    ItemProcessor: {
      ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'EXPRESS' },
      StartAt: 'P',
      States: { P: { Type: 'Pass', Parameters: { 'e.$': '$$.Execution' }, End: true } },
    },
  });
  const m = await run(express, [1]);
  assert.equal(m.status, 'SUCCEEDED', `${m.error}: ${m.cause}`);
  const execution = (m.output as { e: Record<string, unknown> }[])[0].e;
  assert.equal('RedriveCount' in execution, false);
  assert.equal('Name' in execution, true);
});

test('step() returns exactly one event at a time, synchronously for JSONPath', () => {
  const ex = makeExecution(single({ Type: 'Pass' }), {});
  const types: string[] = [];
  for (let e = ex.step(); e !== undefined; e = ex.step()) {
    assert.ok(!(e instanceof Promise));
    types.push((e as { type: string }).type);
  }
  assert.deepEqual(types, ['ExecutionStarted', 'PassStateEntered', 'PassStateExited', 'ExecutionSucceeded']);
  assert.equal(ex.status, 'SUCCEEDED');
});

// "Specifying state output using ResultPath in Step Functions" (input-output-resultpath): the
// HelloWorld Lambda result placed with ResultPath "$.taskresult", then OutputPath.
test('ResultPath doc example: the result joins the input under taskresult', async () => {
  const input = {
    comment: 'This is a test of the input and output of a Task state.',
    details: 'Default example',
    who: 'AWS Step Functions',
  };
  const def = single({
    Type: 'Task',
    Resource: 'arn:aws:lambda:us-east-1:123456789012:function:HelloFunction',
    ResultPath: '$.taskresult',
  });
  const r = await run(def, input, { mocks: mocksFor({ S: { '0': { Return: 'Hello, AWS Step Functions!' } } }) });
  assert.deepEqual(r.output, { ...input, taskresult: 'Hello, AWS Step Functions!' });
  const discard = await run(
    single({
      Type: 'Task',
      Resource: 'arn:aws:lambda:us-east-1:123456789012:function:HelloFunction',
      ResultPath: null,
    }),
    input,
    { mocks: mocksFor({ S: { '0': { Return: 'x' } } }) },
  );
  assert.deepEqual(discard.output, input);
  const out = await run(
    single({
      Type: 'Task',
      Resource: 'arn:aws:lambda:us-east-1:123456789012:function:HelloFunction',
      ResultPath: '$.taskresult',
      OutputPath: '$.taskresult',
    }),
    input,
    { mocks: mocksFor({ S: { '0': { Return: 'Hello!' } } }) },
  );
  assert.equal(out.output, 'Hello!');
});

// "GetExecutionHistory" (API_HistoryEvent): previousEventId is the event this one follows.
test('history previousEventId links each branch to its own previous event', async () => {
  const def = {
    StartAt: 'P',
    States: {
      P: {
        Type: 'Parallel',
        Branches: [
          { StartAt: 'A', States: { A: { Type: 'Wait', Seconds: 1, End: true } } },
          { StartAt: 'B', States: { B: { Type: 'Pass', End: true } } },
        ],
        End: true,
      },
    },
  };
  const r = await run(def);
  const byId = new Map(r.execution.history.map((e) => [e.id, e]));
  const waitExited = r.execution.history.find((e) => e.type === 'WaitStateExited')!;
  assert.equal(byId.get(waitExited.previousEventId)?.type, 'WaitStateEntered');
  const passEntered = r.execution.history.find((e) => e.type === 'PassStateEntered')!;
  assert.equal(byId.get(passEntered.previousEventId)?.type, 'ParallelStateStarted');
  assert.equal(passEntered.frame, 'P/Branches[1]');
});
