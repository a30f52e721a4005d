// Bad input never throws or hangs: random machines (valid or not) and random inputs always end in
// a terminal status or RUNNING-while-waiting, within the transition budget, without exceptions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { makeExecution } from './helpers';

const names = ['A', 'B', 'C', 'D'];
const path = fc.constantFrom('$', '$.a', '$.b[0]', '$.missing', '$$.State.Name', '$v', 'not a path', '$.a.b.c');
const value = fc.oneof(fc.jsonValue({ maxDepth: 2 }), path);
const state = fc.oneof(
  fc.record(
    {
      Type: fc.constant('Pass'),
      Next: fc.constantFrom(...names),
      Parameters: fc.option(fc.dictionary(fc.constantFrom('x', 'y.$', 'z.$'), value), { nil: undefined }),
      ResultPath: fc.option(path, { nil: undefined }),
      Assign: fc.option(fc.dictionary(fc.constantFrom('v', 'w.$'), value), { nil: undefined }),
    },
    { requiredKeys: ['Type', 'Next'] },
  ),
  fc.record(
    {
      Type: fc.constant('Choice'),
      Choices: fc.array(
        fc.record({ Variable: path, NumericGreaterThan: fc.integer(), Next: fc.constantFrom(...names) }),
        { maxLength: 2 },
      ),
      Default: fc.option(fc.constantFrom(...names), { nil: undefined }),
    },
    { requiredKeys: ['Type', 'Choices'] },
  ),
  fc.record({
    Type: fc.constant('Wait'),
    Seconds: fc.oneof(fc.integer({ min: -1, max: 100 }), fc.string()),
    Next: fc.constantFrom(...names),
  }),
  fc.record(
    { Type: fc.constant('Succeed'), OutputPath: fc.option(path, { nil: undefined }) },
    { requiredKeys: ['Type'] },
  ),
  fc.record(
    {
      Type: fc.constant('Fail'),
      ErrorPath: fc.option(path, { nil: undefined }),
      Error: fc.option(fc.string(), { nil: undefined }),
    },
    { requiredKeys: ['Type'] },
  ),
  fc.record(
    {
      Type: fc.constant('Map'),
      ItemsPath: fc.option(path, { nil: undefined }),
      ItemProcessor: fc.constant({ StartAt: 'I', States: { I: { Type: 'Pass', End: true } } }),
      Next: fc.constantFrom(...names),
    },
    { requiredKeys: ['Type', 'ItemProcessor', 'Next'] },
  ),
  fc.record({
    Type: fc.constantFrom('Task', 'Bogus', 'Parallel'),
    Resource: fc.constant('arn:aws:states:::lambda:invoke'),
    Branches: fc.constant([{ StartAt: 'X', States: { X: { Type: 'Fail', Error: 'E' } } }]),
    Next: fc.constantFrom(...names),
  }),
);

test('random machines and inputs always end without throwing', async () => {
  await fc.assert(
    fc.asyncProperty(fc.tuple(state, state, state, state), fc.jsonValue({ maxDepth: 3 }), async (states, input) => {
      const def = { StartAt: 'A', States: Object.fromEntries(names.map((n, i) => [n, states[i]])) };
      const ex = makeExecution(def, input, { maxTransitions: 500 });
      const result = await ex.run();
      assert.ok(['SUCCEEDED', 'FAILED', 'TIMED_OUT'].includes(result.status), JSON.stringify(result));
      assert.ok(ex.transitions <= 501);
      if (result.status === 'FAILED') assert.equal(typeof result.error, 'string');
    }),
    { numRuns: 400 },
  );
});
