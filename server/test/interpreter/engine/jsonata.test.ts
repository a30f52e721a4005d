// JSONata states and workflow variables. Expected behaviour from the AWS pages "Transforming data
// with JSONata in Step Functions" (Arguments/Output, $states.input/result/errorOutput/context,
// Output defaults, States.QueryEvaluationError) and "Passing data between states with variables"
// (Assign and Output of one state both see the variable values from state entry; in JSONPath
// states Assign is evaluated before ResultPath with $ = the result).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, mocksFor, eventTypes } from './helpers';

const J = (states: Record<string, unknown>, startAt = Object.keys(states)[0]) => ({
  QueryLanguage: 'JSONata',
  StartAt: startAt,
  States: states,
});

test('JSONata Pass: Output from $states.input; default output is the input', async () => {
  assert.deepEqual(
    (
      await run(
        J({ P: { Type: 'Pass', Output: { sum: '{% $states.input.a + $states.input.b %}', lit: 'x' }, End: true } }),
        { a: 1, b: 2 },
      )
    ).output,
    { sum: 3, lit: 'x' },
  );
  assert.deepEqual((await run(J({ P: { Type: 'Pass', End: true } }), { a: 1 })).output, { a: 1 });
});

test('Assign and Output see the values at state entry (workflow-variables example)', async () => {
  const def = J({
    A: { Type: 'Pass', Assign: { x: 1 }, Next: 'B' },
    B: { Type: 'Pass', Assign: { x: '{% $x + 1 %}', y: '{% $x %}' }, Output: { x: '{% $x %}' }, Next: 'C' },
    C: { Type: 'Pass', Output: { x: '{% $x %}', y: '{% $y %}' }, End: true },
  });
  const r = await run(def);
  const outputs = r.execution.history.filter((e) => e.type === 'PassStateExited').map((e) => e.details.output);
  assert.deepEqual(outputs[1], { x: 1 });
  assert.deepEqual(r.output, { x: 2, y: 1 });
  const exited = r.execution.history.filter((e) => e.type === 'PassStateExited')[1];
  assert.deepEqual(exited.details.assignedVariables, { x: 2, y: 1 });
});

test('JSONata Task: Arguments, $states.result in Output and Assign; default output is the result', async () => {
  const mocks = mocksFor({ T: { '0': { Return: { Payload: { total: 5 } } } } });
  const def = J({
    T: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Arguments: { Payload: { n: '{% $states.input.n %}' } },
      Assign: { total: '{% $states.result.Payload.total %}' },
      Output: '{% $states.result.Payload.total * 2 %}',
      Next: 'U',
    },
    U: { Type: 'Pass', Output: '{% [$states.input, $total] %}', End: true },
  });
  const r = await run(def, { n: 3 }, { mocks });
  assert.deepEqual(r.output, [10, 5]);
  const sched = r.execution.history.find((e) => e.type === 'TaskScheduled');
  assert.deepEqual(sched?.details.parameters, { Payload: { n: 3 } });
  const plain = await run(
    J({ T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true } }),
    {},
    { mocks },
  );
  assert.deepEqual(plain.output, { Payload: { total: 5 } });
});

test('JSONata Catch: Output from $states.errorOutput (default: the error output)', async () => {
  const mocks = mocksFor({ T: { '0': { Throw: { Error: 'E', Cause: 'c' } } } });
  const def = (catcher: Record<string, unknown>) =>
    J({
      T: {
        Type: 'Task',
        Resource: 'arn:aws:states:::lambda:invoke',
        Output: 'not used',
        Catch: [{ ErrorEquals: ['States.ALL'], Next: 'D', ...catcher }],
        End: true,
      },
      D: { Type: 'Pass', End: true },
    });
  assert.deepEqual(
    (await run(def({ Output: '{% $states.errorOutput.Error & "/" & $states.input.k %}' }), { k: 'v' }, { mocks }))
      .output,
    'E/v',
  );
  assert.deepEqual((await run(def({}), { k: 'v' }, { mocks })).output, { Error: 'E', Cause: 'c' });
});

test('JSONata Choice: Condition, rule Assign; non-boolean Condition is States.QueryEvaluationError with EvaluationFailed', async () => {
  const def = (cond: string) =>
    J({
      C: { Type: 'Choice', Choices: [{ Condition: cond, Assign: { hit: true }, Next: 'Y' }], Default: 'N' },
      Y: { Type: 'Pass', Output: '{% $hit %}', End: true },
      N: { Type: 'Pass', Output: 'no', End: true },
    });
  assert.equal((await run(def('{% $states.input.n > 1 %}'), { n: 2 })).output, true);
  assert.equal((await run(def('{% $states.input.n > 1 %}'), { n: 0 })).output, 'no');
  const bad = await run(def('{% $states.input.n %}'), { n: 1 });
  assert.equal(bad.error, 'States.QueryEvaluationError');
  assert.ok(eventTypes(bad.execution).includes('EvaluationFailed'));
});

test('JSONata Map: Items and ItemSelector with $states.context.Map.Item', async () => {
  const def = J({
    M: {
      Type: 'Map',
      Items: '{% $states.input.list %}',
      ItemSelector: { i: '{% $states.context.Map.Item.Index %}', v: '{% $states.context.Map.Item.Value * 10 %}' },
      ItemProcessor: { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } },
      End: true,
    },
  });
  assert.deepEqual((await run(def, { list: [1, 2] })).output, [
    { i: 0, v: 10 },
    { i: 1, v: 20 },
  ]);
});

test('JSONata Fail: Error and Cause expressions; Wait Seconds expression', async () => {
  const r = await run(
    J({
      W: { Type: 'Wait', Seconds: '{% $states.input.s %}', Next: 'F' },
      F: { Type: 'Fail', Error: '{% "E" & $states.input.s %}', Cause: 'c' },
    }),
    { s: 5 },
  );
  assert.deepEqual([r.error, r.cause], ['E5', 'c']);
});

test('JSONPath Assign is evaluated before ResultPath with $ = the selected result', async () => {
  const def = {
    StartAt: 'P',
    States: {
      P: { Type: 'Pass', Result: { v: 7 }, Assign: { 'got.$': '$.v' }, ResultPath: '$.r', Next: 'Q' },
      Q: { Type: 'Pass', Parameters: { 'got.$': '$got', 'r.$': '$.r' }, End: true },
    },
  };
  assert.deepEqual((await run(def, {})).output, { got: 7, r: { v: 7 } });
});

test('a JSONata state inside a JSONPath machine (per-state QueryLanguage)', async () => {
  const def = {
    StartAt: 'A',
    States: {
      A: { Type: 'Pass', Parameters: { 'n.$': '$.n' }, Next: 'B' },
      B: { Type: 'Pass', QueryLanguage: 'JSONata', Output: '{% $states.input.n * 3 %}', End: true },
    },
  };
  assert.equal((await run(def, { n: 2 })).output, 6);
});
