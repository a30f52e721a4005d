// Parallel and inline Map: ordering, failure, scoping. Expected behaviour from the AWS pages
// "Parallel workflow state" (results in branch order; a failing branch fails the state),
// "Map state in inline mode" (results in item order; ItemSelector with $$.Map.Item.Index/Value)
// and "Passing data between states with variables" (workflow-variables: branches and iterations
// read outer variables; their own assignments are not visible outside).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, mocksFor, eventTypes } from './helpers';

const branch = (name: string, state: Record<string, unknown>) => ({
  StartAt: name,
  States: { [name]: { End: true, ...state } },
});

test('Parallel: results in branch order, ResultSelector/ResultPath, history events', async () => {
  const def = {
    StartAt: 'P',
    States: {
      P: {
        Type: 'Parallel',
        Branches: [
          branch('A', { Type: 'Wait', Seconds: 10, OutputPath: '$.x' }),
          branch('B', { Type: 'Pass', Result: 'b' }),
        ],
        ResultSelector: { 'first.$': '$[0]', 'all.$': '$' },
        ResultPath: '$.r',
        End: true,
      },
    },
  };
  const r = await run(def, { x: 1 });
  assert.deepEqual(r.output, { x: 1, r: { first: 1, all: [1, 'b'] } });
  assert.deepEqual(eventTypes(r.execution), [
    'ExecutionStarted',
    'ParallelStateEntered',
    'ParallelStateStarted',
    'WaitStateEntered',
    'PassStateEntered',
    'PassStateExited',
    'WaitStateExited',
    'ParallelStateSucceeded',
    'ParallelStateExited',
    'ExecutionSucceeded',
  ]);
});

test('Parallel: a failing branch fails the state with its own error, catchable on the Parallel', async () => {
  const def = {
    StartAt: 'P',
    States: {
      P: {
        Type: 'Parallel',
        Branches: [
          branch('A', { Type: 'Wait', Seconds: 5 }),
          branch('B', { Type: 'Fail', Error: 'Branch.Broke', Cause: 'b' }),
        ],
        Catch: [{ ErrorEquals: ['Branch.Broke'], ResultPath: '$.err', Next: 'Done' }],
        End: true,
      },
      Done: { Type: 'Succeed' },
    },
  };
  const r = await run(def, {});
  assert.equal(r.status, 'SUCCEEDED');
  assert.deepEqual(r.output, { err: { Error: 'Branch.Broke', Cause: 'b' } });
  const types = eventTypes(r.execution);
  assert.ok(types.includes('WaitStateAborted'));
  assert.ok(types.includes('ParallelStateFailed'));
  const uncaught = await run({
    StartAt: 'P',
    States: { P: { Type: 'Parallel', Branches: [branch('B', { Type: 'Fail', Error: 'X' })], End: true } },
  });
  assert.equal(uncaught.error, 'X');
});

test('Parallel: branches read outer variables; their assignments stay inside', async () => {
  const def = {
    StartAt: 'Init',
    States: {
      Init: { Type: 'Pass', Assign: { outer: 1 }, Next: 'P' },
      P: {
        Type: 'Parallel',
        Branches: [
          {
            StartAt: 'In',
            States: {
              In: { Type: 'Pass', Assign: { inner: 2 }, Next: 'Read' },
              Read: { Type: 'Pass', Parameters: { 'o.$': '$outer', 'i.$': '$inner' }, End: true },
            },
          },
        ],
        Next: 'After',
      },
      After: { Type: 'Pass', Parameters: { 'o.$': '$outer', 'branch.$': '$[0]' }, Next: 'Inner' },
      Inner: { Type: 'Pass', Parameters: { 'i.$': '$inner' }, End: true },
    },
  };
  const r = await run(def, {});
  assert.equal(r.status, 'FAILED');
  assert.equal(r.error, 'States.Runtime'); // an unresolvable path in a Pass state's Parameters (AWS)
  const states = r.execution.history.filter((e) => e.type === 'PassStateExited').map((e) => e.details.output);
  assert.deepEqual(states.at(-1), { o: 1, branch: { o: 1, i: 2 } });
});

const mapDef = (extra: Record<string, unknown> = {}, states?: Record<string, unknown>) => ({
  StartAt: 'M',
  States: {
    M: {
      Type: 'Map',
      ItemsPath: '$.items',
      ItemSelector: { 'index.$': '$$.Map.Item.Index', 'value.$': '$$.Map.Item.Value', 'tag.$': '$.tag' },
      ItemProcessor: {
        ProcessorConfig: { Mode: 'INLINE' },
        StartAt: states ? Object.keys(states)[0] : 'I',
        States: states ?? { I: { Type: 'Pass', End: true } },
      },
      ResultPath: '$.out',
      End: true,
      ...extra,
    },
  },
});

test('Map: ItemSelector with $$.Map.Item, results in item order, history events', async () => {
  const r = await run(mapDef(), { items: ['a', 'b'], tag: 't' });
  assert.deepEqual(r.output, {
    items: ['a', 'b'],
    tag: 't',
    out: [
      { index: 0, value: 'a', tag: 't' },
      { index: 1, value: 'b', tag: 't' },
    ],
  });
  assert.deepEqual(eventTypes(r.execution), [
    'ExecutionStarted',
    'MapStateEntered',
    'MapStateStarted',
    'MapIterationStarted',
    'PassStateEntered',
    'PassStateExited',
    'MapIterationSucceeded',
    'MapIterationStarted',
    'PassStateEntered',
    'PassStateExited',
    'MapIterationSucceeded',
    'MapStateSucceeded',
    'MapStateExited',
    'ExecutionSucceeded',
  ]);
  const it = r.execution.history.filter((e) => e.type === 'MapIterationStarted').map((e) => e.details);
  assert.deepEqual(it, [
    { name: 'M', index: 0 },
    { name: 'M', index: 1 },
  ]);
});

test('Map: iterations waiting different times still return results in item order', async () => {
  const states = { W: { Type: 'Wait', SecondsPath: '$.value', End: true } };
  const r = await run(
    mapDef({ ItemSelector: { 'value.$': '$$.Map.Item.Value' }, ResultPath: null, OutputPath: '$' }, states),
    { items: [30, 10, 20] },
  );
  assert.equal(r.status, 'SUCCEEDED');
  const r2 = await run(
    {
      StartAt: 'M',
      States: {
        M: {
          Type: 'Map',
          ItemProcessor: { StartAt: 'W', States: { W: { Type: 'Wait', SecondsPath: '$', End: true } } },
          End: true,
        },
      },
    },
    [30, 10, 20],
  );
  assert.deepEqual(r2.output, [30, 10, 20]);
  // all three ran concurrently: the execution ends 30 s after it started
  const last = r2.execution.history.at(-1)!;
  assert.equal(last.timestamp - r2.execution.history[0].timestamp, 30_000);
});

test('Map: MaxConcurrency 1 runs iterations one after another (virtual time adds up)', async () => {
  const def = {
    StartAt: 'M',
    States: {
      M: {
        Type: 'Map',
        MaxConcurrency: 1,
        ItemProcessor: { StartAt: 'W', States: { W: { Type: 'Wait', SecondsPath: '$', End: true } } },
        End: true,
      },
    },
  };
  const r = await run(def, [30, 10, 20]);
  assert.equal(r.execution.history.at(-1)!.timestamp - r.execution.history[0].timestamp, 60_000);
});

test('Map: a failing iteration fails the Map with its error; others are aborted', async () => {
  const states = {
    C: { Type: 'Choice', Choices: [{ Variable: '$.value', StringEquals: 'bad', Next: 'F' }], Default: 'W' },
    W: { Type: 'Wait', Seconds: 5, End: true },
    F: { Type: 'Fail', Error: 'Item.Bad', Cause: 'bad item' },
  };
  const r = await run(mapDef({}, states), { items: ['ok', 'bad', 'ok'], tag: 't' });
  assert.equal(r.status, 'FAILED');
  assert.equal(r.error, 'Item.Bad');
  const types = eventTypes(r.execution);
  assert.ok(types.includes('MapIterationFailed'));
  assert.ok(types.includes('MapIterationAborted'));
  assert.ok(types.includes('MapStateFailed'));
});

test('Map: items that are not an array fail with States.Runtime; empty array gives []', async () => {
  assert.equal((await run(mapDef(), { items: 3 })).error, 'States.Runtime');
  assert.deepEqual((await run(mapDef(), { items: [] })).output, { items: [], out: [] });
});

test("Map: iterations read outer variables and cannot see each other's", async () => {
  const def = {
    StartAt: 'Init',
    States: {
      Init: { Type: 'Pass', Assign: { base: 100 }, Next: 'M' },
      M: {
        Type: 'Map',
        ItemProcessor: {
          StartAt: 'A',
          States: {
            A: { Type: 'Pass', Assign: { 'mine.$': '$' }, Next: 'B' },
            B: { Type: 'Pass', Parameters: { 'sum.$': 'States.MathAdd($base, $mine)' }, End: true },
          },
        },
        End: true,
      },
    },
  };
  const r = await run(def, [1, 2, 3]);
  assert.deepEqual(r.output, [{ sum: 101 }, { sum: 102 }, { sum: 103 }]);
});

test('Map: mock invocation numbers follow item order with MaxConcurrency 1', async () => {
  const mocks = mocksFor({ T: { '0': { Return: 'first' }, '1': { Return: 'second' } } });
  const def = {
    StartAt: 'M',
    States: {
      M: {
        Type: 'Map',
        MaxConcurrency: 1,
        ItemProcessor: {
          StartAt: 'T',
          States: { T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true } },
        },
        End: true,
      },
    },
  };
  const r = await run(def, [1, 2], { mocks });
  assert.deepEqual(r.output, ['first', 'second']);
});
