// Limits and budgets of an execution (issue 12): AWS's 25,000-event history quota (distributed
// children have their own), the 1-year maximum execution time, a stack overflow as States.Runtime,
// state data nested past the JSON nesting limit, the JSONata time and depth budgets, and
// RunControl (deadline, abort signal, yields to the host).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, single, makeExecution } from './helpers';
import { toAwsHistory } from '../../../src/interpreter/history';

function deep(depth: number): unknown {
  let v: unknown = [];
  for (let i = 1; i < depth; i++) v = [v];
  return v;
}

const loop = {
  StartAt: 'A',
  States: {
    A: { Type: 'Pass', Next: 'C' },
    C: { Type: 'Choice', Choices: [{ Variable: '$.stop', IsPresent: true, Next: 'E' }], Default: 'A' },
    E: { Type: 'Succeed' },
  },
};

test('an endless loop fails with States.Runtime when the history reaches 25,000 events (AWS quota)', async () => {
  const r = await run(loop);
  assert.equal(r.status, 'FAILED');
  assert.equal(r.error, 'States.Runtime');
  assert.match(r.cause ?? '', /quota of 25000 events.*--max-history-events/);
  assert.equal(r.execution.history.length, 25_001, '25,000 events, then ExecutionFailed');
});

test('maxHistoryEvents sets another limit, also when history is not recorded', async () => {
  const r = await run(loop, {}, { maxHistoryEvents: 100, recordHistory: false });
  assert.equal(r.error, 'States.Runtime');
  assert.match(r.cause ?? '', /limit of 100 events/);
  assert.ok(r.execution.transitions <= 51, `${r.execution.transitions} transitions`);
});

test("distributed Map children have their own histories: 8,000 children's events do not count", async () => {
  const processor = {
    ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' },
    StartAt: 'One',
    States: { One: { Type: 'Pass', Next: 'Two' }, Two: { Type: 'Pass', End: true } },
  };
  const def = single({ Type: 'Map', ItemsPath: '$.items', ItemProcessor: processor, ResultSelector: { n: 1 } });
  const items = Array.from({ length: 8000 }, (_, i) => i);
  const r = await run(def, { items });
  assert.equal(r.status, 'SUCCEEDED', r.cause);
  assert.ok(r.execution.history.length > 25_000, `${r.execution.history.length} events in all`);
});

test('a Wait past the 1-year maximum execution time times out (States.Timeout); 364 days do not', async () => {
  const wait = (seconds: number) => single({ Type: 'Wait', Seconds: seconds });
  const long = await run(wait(366 * 24 * 3600));
  assert.equal(long.status, 'TIMED_OUT');
  assert.equal(long.error, 'States.Timeout');
  assert.match(long.cause ?? '', /1-year maximum execution time/);
  assert.equal((await run(wait(364 * 24 * 3600))).status, 'SUCCEEDED');
  const huge = await run(single({ Type: 'Wait', SecondsPath: '$.s' }), { s: 1e308 });
  assert.equal(huge.status, 'TIMED_OUT');
  for (const e of huge.execution.history) assert.ok(Number.isFinite(e.timestamp));
});

test('a stack overflow in a state (a ResultPath 20,000 levels deep) fails with States.Runtime', async () => {
  const r = await run(single({ Type: 'Pass', ResultPath: '$' + '.a'.repeat(20_000) }));
  assert.equal(r.status, 'FAILED');
  assert.equal(r.error, 'States.Runtime');
  assert.match(r.cause ?? '', /State 'S' could not be evaluated: .*nested too deeply/);
});

test('a state whose output nests deeper than 1,000 levels fails with States.Runtime, and its history renders', async () => {
  // a loop that nests its data 300 levels deeper on each pass: refused at the fourth pass, long
  // before the data reaches the depths where JSON.stringify (the history, the CLI) overflows
  const deeper = {
    StartAt: 'Nest',
    States: { Nest: { Type: 'Pass', ResultPath: '$' + '.a'.repeat(300), Next: 'Nest' } },
  };
  const r = await run(deeper, { a: {} }, { maxHistoryEvents: 2_000 });
  assert.equal(r.status, 'FAILED');
  assert.equal(r.error, 'States.Runtime');
  assert.match(r.cause ?? '', /The output of state 'Nest' is nested deeper than 1000 levels/);
  assert.equal(r.execution.transitions, 4);
  assert.doesNotThrow(() => JSON.stringify(toAwsHistory(r.execution.history)));
  const within = await run(single({ Type: 'Pass', ResultPath: '$' + '.a'.repeat(999) }));
  assert.equal(within.status, 'SUCCEEDED', within.cause);
});

test('variables assigned nested deeper than 1,000 levels fail with States.Runtime', async () => {
  const assign = { Type: 'Pass', Assign: { v: '{% $states.input %}' } };
  const r = await run(single(assign, { QueryLanguage: 'JSONata' }), deep(1000));
  assert.equal(r.error, 'States.Runtime');
  assert.match(r.cause ?? '', /The variables assigned by state 'S' is nested deeper than 1000 levels/);
});

const jsonata = (expression: string) =>
  single({ Type: 'Pass', Output: `{% ${expression} %}` }, { QueryLanguage: 'JSONata' });

test('a JSONata recursion deeper than its depth budget fails with States.QueryEvaluationError', async () => {
  const def = jsonata('($f := function($n){ $n = 0 ? 0 : 1 + $f($n - 1) }; $f(50))');
  assert.equal((await run(def, {}, { expressionLimits: { maxDepth: 1000 } })).output, 50);
  const r = await run(def, {}, { expressionLimits: { maxDepth: 100 } });
  assert.equal(r.error, 'States.QueryEvaluationError');
  assert.match(r.cause ?? '', /deeper than 100 nested steps/);
});

test('a JSONata evaluation past its time budget fails with States.QueryEvaluationError (injected stopwatch)', async () => {
  let now = 0;
  const stopwatch = () => (now += 10);
  const r = await run(
    jsonata('($f := function(){ $f() }; $f())'),
    {},
    { stopwatch, expressionLimits: { timeoutMs: 5000 } },
  );
  assert.equal(r.error, 'States.QueryEvaluationError');
  assert.match(r.cause ?? '', /took longer than 5 s/);
  const ok = await run(jsonata('$sum([1..100])'), {}, { stopwatch, expressionLimits: { timeoutMs: 5000 } });
  assert.equal(ok.output, 5050);
});

test('RunControl: a deadline ends the run TIMED_OUT, an aborted signal ABORTED, and the host gets the event loop', async () => {
  let now = 0;
  let yields = 0;
  const control = {
    stopwatch: () => (now += 1),
    deadline: 5_000,
    deadlineCause: 'over budget',
    yieldToHost: () => Promise.resolve(void yields++),
    yieldEveryMs: 100,
  };
  const timedOut = await makeExecution(loop, {}, { maxHistoryEvents: 10_000_000 }).run(control);
  assert.deepEqual([timedOut.status, timedOut.error, timedOut.cause], ['TIMED_OUT', 'States.Timeout', 'over budget']);
  assert.ok(yields > 0, 'yielded to the host');
  const abort = new AbortController();
  abort.abort();
  const aborted = await makeExecution(loop).run({ stopwatch: () => 0, signal: abort.signal, abortCause: 'Ctrl+C' });
  assert.deepEqual([aborted.status, aborted.cause], ['ABORTED', 'Ctrl+C']);
});
