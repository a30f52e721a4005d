// Property (issue 12): random machines in both query languages, with hostile fields (huge waits
// and retries, deep paths, back-tracking regexes and globs, endless JSONata, nested Maps) and
// random inputs (deep, huge numbers, odd strings), always end: a terminal status (or RUNNING only
// while waiting for a task token), an ASL error name, never an exception or an internal error,
// and a history that renders (valid timestamps).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { toAwsHistory } from '../../../src/interpreter/history';
import { makeExecution } from './helpers';

const names = ['A', 'B', 'C', 'D'];
const next = fc.constantFrom(...names);
const path = fc.constantFrom(
  '$',
  '$.a',
  '$.s',
  '$.n',
  '$.deep',
  '$.list[?(@.s =~ /(a+)+b/)]',
  '$.list[?(@.v > 1 && !(@.v == 3))]',
  '$.a' + '.a'.repeat(3000),
  '$$.State.EnteredTime',
  '$v',
);
const intrinsic = fc.constantFrom(
  'States.StringToJson($.s)',
  'States.JsonToString($.deep)',
  'States.MathAdd($.n, 1)',
  'States.ArrayRange(0, $.n, 1)',
  'States.Format($.s)',
  'States.Array(States.Array(States.Array($.a)))',
);
const jsonata = fc.constantFrom(
  '{% $states.input.a %}',
  '{% $parse($states.input.s) %}',
  '{% $match($states.input.s, /(a+)+b/) %}',
  '{% ($f := function(){ $f() }; $f()) %}',
  '{% ($f := function($n){ 1 + $f($n + 1) }; $f(0)) %}',
  '{% $pad("x", $states.input.n) %}',
  '{% $range(0, $states.input.n) %}',
  '{% $states.input.n * 1000 %}',
);
const value = fc.oneof(fc.jsonValue({ maxDepth: 2 }), path, intrinsic, jsonata);
const fields = fc.dictionary(fc.constantFrom('x', 'y.$', 'z.$', 'w'), value, { maxKeys: 3 });

const retry = fc.record({
  ErrorEquals: fc.constant(['States.ALL']),
  MaxAttempts: fc.constantFrom(0, 3, 99_999_999),
  IntervalSeconds: fc.constantFrom(1, 99_999_999),
  BackoffRate: fc.constantFrom(1, 2, 10),
});

const state = fc.oneof(
  fc.record(
    { Type: fc.constant('Pass'), Next: next, Parameters: fields, Output: value, ResultPath: path, Assign: fields },
    { requiredKeys: ['Type', 'Next'] },
  ),
  fc.record({
    Type: fc.constant('Choice'),
    Choices: fc.array(
      fc.oneof(
        fc.record({ Variable: path, StringMatches: fc.constantFrom('*a*a*a*a*a*a*b', 'a*', '\\*'), Next: next }),
        fc.record({ Variable: path, NumericGreaterThan: fc.integer(), Next: next }),
        fc.record({ Condition: jsonata, Next: next }),
      ),
      { minLength: 1, maxLength: 2 },
    ),
    Default: next,
  }),
  fc.record(
    { Type: fc.constant('Wait'), Next: next, Seconds: fc.constantFrom(0, 1, 99_999_999), SecondsPath: path },
    { requiredKeys: ['Type', 'Next'] },
  ),
  fc.record(
    {
      Type: fc.constant('Task'),
      Resource: fc.constant('arn:aws:states:::lambda:invoke'),
      Next: next,
      Retry: fc.array(retry, { maxLength: 1 }),
    },
    { requiredKeys: ['Type', 'Resource', 'Next'] },
  ),
  fc.record({
    Type: fc.constant('Map'),
    Next: next,
    ItemsPath: fc.constantFrom('$.list', '$$.Execution.Input.list'),
    ItemProcessor: fc.constant({ StartAt: 'I', States: { I: { Type: 'Pass', End: true } } }),
  }),
  fc.constant({ Type: 'Succeed' }),
  fc.constant({ Type: 'Fail', Error: 'E' }),
);

const machine = fc.record({
  QueryLanguage: fc.constantFrom('JSONPath', 'JSONata'),
  StartAt: fc.constantFrom(...names, 'Missing'),
  States: fc.record({ A: state, B: state, C: state, D: state }),
});

function deep(depth: number): unknown {
  let v: unknown = [];
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

const input = fc.record({
  a: fc.jsonValue({ maxDepth: 2 }),
  s: fc.constantFrom('a'.repeat(40), '[[[1]]]', JSON.stringify(deep(1500)), '{}', ''),
  n: fc.constantFrom(3, -1, 1e8, 1e308, 0.5),
  deep: fc.constantFrom(deep(10), deep(900)),
  list: fc.array(fc.record({ s: fc.constantFrom('a'.repeat(30), 'ab'), v: fc.integer({ min: 0, max: 4 }) }), {
    maxLength: 5,
  }),
});

const handlers = {
  A: () => ({ ok: true }),
  B: () => deep(2000),
  C: () => {
    throw new Error('always');
  },
  D: () => 7,
};

test('random machines and inputs never end in an exception or an internal error', async () => {
  await fc.assert(
    fc.asyncProperty(machine, input, async (definition, data) => {
      const execution = makeExecution(definition, data, {
        handlers,
        maxHistoryEvents: 2_000,
        expressionLimits: { timeoutMs: 300, maxDepth: 2_000 },
      });
      const result = await execution.run();
      const ended = result.status !== 'RUNNING' || execution.waitingForTokens;
      assert.ok(ended, `still RUNNING: ${JSON.stringify(result)}`);
      assert.doesNotMatch(`${result.error} ${result.cause}`, /internal error|cannot make progress/i);
      if (result.error !== undefined) assert.match(result.error, /^(States\.[A-Za-z]+|E|Error)$/, result.cause);
      assert.doesNotThrow(() => JSON.stringify(toAwsHistory(execution.history)));
    }),
    { numRuns: 150 },
  );
});
