// Causes worded like AWS's (issue 11, item 4): failures Step Functions raises itself read
// "An error occurred while executing the state '<State>' (entered at the event id #<n>). <detail>"
// (texts from recorded AWS executions: the AWS samples, serverless-coffee, LocalStack snapshots);
// the payload limit has its own text; a task's or Fail state's own cause is never reworded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PAYLOAD_LIMIT_BYTES } from '../../src/interpreter/limits';
import { mocksFor, run, single } from '../interpreter/engine/helpers';

const jsonata = { QueryLanguage: 'JSONata' };

test('an unresolvable .$ path names the path, the field and the input after the state prefix', async () => {
  const def = {
    StartAt: 'First',
    States: {
      First: { Type: 'Pass', Next: 'Check' },
      Check: {
        Type: 'Task',
        Resource: 'arn:aws:states:::lambda:invoke',
        Parameters: { 'address.$': '$.application.address' },
        End: true,
      },
    },
  };
  const r = await run(def, { flagged: false });
  assert.equal(r.error, 'States.Runtime');
  assert.equal(
    r.cause,
    "An error occurred while executing the state 'Check' (entered at the event id #4). " +
      "The JSONPath '$.application.address' specified for the field 'address.$' could not be found in the input '{\"flagged\":false}'",
  );
});

test('a JSONata field that returns nothing: the field path inside Output, also in EvaluationFailed', async () => {
  const r = await run(single({ Type: 'Pass', Output: { result: '{% $doesNotExist %}' } }, jsonata));
  const expected =
    "An error occurred while executing the state 'S' (entered at the event id #2). " +
    "The JSONata expression '$doesNotExist' specified for the field 'Output/result' returned nothing (undefined).";
  assert.deepEqual([r.error, r.cause], ['States.QueryEvaluationError', expected]);
  const evaluation = r.execution.history.find((e) => e.type === 'EvaluationFailed');
  assert.equal(evaluation?.details?.cause, expected);
});

test('Map Items (JSONata) that are not an array: expected and actual type with the value', async () => {
  const def = single(
    {
      Type: 'Map',
      Assign: {},
      Items: '{% $ItemsVar %}',
      ItemProcessor: { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } },
    },
    jsonata,
  );
  const withVar = {
    StartAt: 'Set',
    QueryLanguage: 'JSONata',
    States: {
      Set: { Type: 'Pass', Assign: { ItemsVar: 1 }, Next: 'S' },
      S: (def as { States: { S: object } }).States.S,
    },
  };
  const r = await run(withVar);
  assert.equal(r.error, 'States.QueryEvaluationError');
  assert.equal(
    r.cause,
    "An error occurred while executing the state 'S' (entered at the event id #4). " +
      "The JSONata expression '$ItemsVar' specified for the field 'Items' returned an unexpected result type. " +
      "Expected 'array', but was 'number' for value: 1",
  );
});

test('SecondsPath: a negative value, and one that is not an integer, as AWS words them', async () => {
  const negative = await run(single({ Type: 'Wait', SecondsPath: '$.waitSeconds' }), { waitSeconds: -1 });
  assert.equal(negative.error, 'States.Runtime');
  assert.equal(
    negative.cause,
    "An error occurred while executing the state 'S' (entered at the event id #2). " +
      'The SecondsPath parameter references a negative value: $.waitSeconds == -1',
  );
  const text = await run(single({ Type: 'Wait', SecondsPath: '$.w' }), { w: 'ten' });
  assert.match(
    text.cause ?? '',
    /\(entered at the event id #2\)\. The SecondsPath parameter cannot be parsed as a long value: \$\.w == ten$/,
  );
  const stamp = await run(single({ Type: 'Wait', TimestampPath: '$.t' }), { t: 'tomorrow' });
  assert.match(
    stamp.cause ?? '',
    /The TimestampPath parameter does not reference a valid ISO-8601 extended offset date-time format string: \$\.t == tomorrow$/,
  );
});

test('a Map …Path setting AWS refuses is States.Runtime with the path and value', async () => {
  const def = single({
    Type: 'Map',
    ItemsPath: '$.items',
    MaxConcurrencyPath: '$.max',
    ItemProcessor: { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } },
  });
  const r = await run(def, { max: -2, items: [] });
  assert.equal(r.error, 'States.Runtime');
  assert.match(
    r.cause ?? '',
    /^An error occurred while executing the state 'S' \(entered at the event id #2\)\. The MaxConcurrencyPath parameter references an invalid value: \$\.max == -2$/,
  );
});

test('the 256 KiB limit has its own text (no state prefix), for an output and for a task result', async () => {
  const big = 'x'.repeat(PAYLOAD_LIMIT_BYTES);
  const pass = await run(single({ Type: 'Pass', Result: big }));
  assert.deepEqual(
    [pass.error, pass.cause],
    [
      'States.DataLimitExceeded',
      "The state/task 'S' returned a result with a size exceeding the maximum number of bytes service limit.",
    ],
  );
  const def = single({ Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke' });
  const task = await run(def, {}, { mocks: mocksFor({ S: { '0': { Return: big } } }) });
  assert.equal(
    task.cause,
    "The state/task 'S' returned a result with a size exceeding the maximum number of bytes service limit.",
  );
});

test('States.DataLimitExceeded: not caught by States.ALL nor States.TaskFailed, caught when named', async () => {
  const big = 'é'.repeat(PAYLOAD_LIMIT_BYTES / 2);
  const machine = (errors: string[]) => ({
    StartAt: 'T',
    States: {
      T: {
        Type: 'Task',
        Resource: 'arn:aws:states:::lambda:invoke',
        Catch: [{ ErrorEquals: errors, Next: 'C' }],
        End: true,
      },
      C: { Type: 'Succeed' },
    },
  });
  const mocks = mocksFor({ T: { '0': { Return: big } } });
  assert.equal((await run(machine(['States.ALL']), {}, { mocks })).status, 'FAILED');
  assert.equal((await run(machine(['States.TaskFailed']), {}, { mocks })).status, 'FAILED');
  assert.equal((await run(machine(['States.DataLimitExceeded']), {}, { mocks })).status, 'SUCCEEDED');
  const underInBytes = await run(
    machine(['States.ALL']),
    {},
    { mocks: mocksFor({ T: { '0': { Return: 'é'.repeat(PAYLOAD_LIMIT_BYTES / 2 - 2) } } }) },
  );
  assert.equal(underInBytes.status, 'SUCCEEDED', '2-byte characters count twice; the quotes count too');
});

test("a task's own error and a Fail state's cause are never reworded", async () => {
  const def = single({ Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke' });
  const task = await run(
    def,
    {},
    { mocks: mocksFor({ S: { '0': { Throw: { Error: 'Oops', Cause: 'the handler said no' } } } }) },
  );
  assert.deepEqual([task.error, task.cause], ['Oops', 'the handler said no']);
  const fail = await run(single({ Type: 'Fail', Error: 'Bad', Cause: 'as written' }));
  assert.deepEqual([fail.error, fail.cause], ['Bad', 'as written']);
});

test('a failure inside a Parallel branch is prefixed once, with the state of the branch that raised it', async () => {
  const def = single({
    Type: 'Parallel',
    Branches: [
      { StartAt: 'Inner', States: { Inner: { Type: 'Pass', Parameters: { 'v.$': '$.missing' }, End: true } } },
    ],
  });
  const r = await run(def, {});
  assert.equal(r.error, 'States.Runtime');
  const cause = r.cause ?? '';
  assert.equal(cause.split('An error occurred').length, 2, cause);
  assert.match(
    cause,
    /^An error occurred while executing the state 'Inner' \(entered at the event id #\d+\)\. The JSONPath '\$\.missing'/,
  );
});

test('States.DataLimitExceeded where the guide says: the input after Parameters (a Parallel here), not only outputs', async () => {
  const s = 'x'.repeat(PAYLOAD_LIMIT_BYTES / 2);
  const def = single({
    Type: 'Parallel',
    Parameters: { 'a.$': '$.s', 'b.$': '$.s' },
    Branches: [{ StartAt: 'B', States: { B: { Type: 'Pass', Result: 1, End: true } } }],
  });
  const r = await run(def, { s });
  assert.deepEqual(
    [r.error, r.cause],
    [
      'States.DataLimitExceeded',
      "The state/task 'S' returned a result with a size exceeding the maximum number of bytes service limit.",
    ],
  );
  assert.ok(!r.execution.history.some((e) => e.type === 'ParallelStateStarted'), 'no branch starts');
  const small = await run(def, { s: 'x' });
  assert.equal(small.status, 'SUCCEEDED');
});
