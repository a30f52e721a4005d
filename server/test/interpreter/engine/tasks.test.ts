// Task dispatch: MockConfigFile semantics (AWS page "Using mocked service integrations for testing
// in Step Functions Local": invocation numbers "0" and ranges "1-2", Return is the task result,
// Throw {Error, Cause}), local handlers with lambda:invoke wrapped like AWS (connect-lambda:
// {ExecutedVersion, Payload, SdkHttpMetadata, SdkResponseMetadata, StatusCode}) and history events.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entryFor, checkMockSelection } from '../../../src/interpreter/mocks';
import { describeResource } from '../../../src/interpreter/tasks';
import { toAwsHistory } from '../../../src/interpreter/history';
import { run, single, mocksFor, eventTypes } from './helpers';

test('entryFor: "N" and inclusive ranges "N-M"', () => {
  const response = { '0': { Return: 'a' }, '1-2': { Return: 'b' }, '3': { Return: 'c' } };
  assert.deepEqual(
    [0, 1, 2, 3, 4].map((i) => entryFor(response, i)?.Return),
    ['a', 'b', 'b', 'c', undefined],
  );
});

test('checkMockSelection names the unknown machine or test case', () => {
  const config = { StateMachines: { M: { TestCases: { Happy: {} } } }, MockedResponses: {} };
  assert.equal(checkMockSelection({ config, stateMachineName: 'M', testCase: 'Happy' }), undefined);
  assert.match(checkMockSelection({ config, stateMachineName: 'X', testCase: 'Happy' }) ?? '', /no state machine 'X'/);
  assert.match(checkMockSelection({ config, stateMachineName: 'M', testCase: 'Sad' }) ?? '', /no test case 'Sad'/);
});

test('mocks: the doc example MockedLambdaRetry (Throw, Throw x2, Return) with a retrier', async () => {
  const mocks = mocksFor({
    S: {
      '0': { Throw: { Error: 'Lambda.ResourceNotReadyException', Cause: 'Lambda resource is not ready.' } },
      '1-2': { Throw: { Error: 'Lambda.TimeoutException', Cause: 'Lambda timed out.' } },
      '3': { Return: { StatusCode: 200, Payload: { StatusCode: 200, body: 'Hello from Lambda!' } } },
    },
  });
  const r = await run(
    single({
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Retry: [{ ErrorEquals: ['States.ALL'], IntervalSeconds: 1, MaxAttempts: 3 }],
    }),
    {},
    { mocks },
  );
  assert.deepEqual(r.output, { StatusCode: 200, Payload: { StatusCode: 200, body: 'Hello from Lambda!' } });
  assert.equal(r.execution.history.filter((e) => e.type === 'TaskFailed').length, 3);
});

test('mocks: an invocation without an entry fails the execution', async () => {
  const mocks = mocksFor({ S: { '0': { Throw: { Error: 'X', Cause: '' } } } });
  const r = await run(
    single({ Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Retry: [{ ErrorEquals: ['X'] }] }),
    {},
    { mocks },
  );
  assert.equal(r.error, 'States.Runtime');
  assert.match(r.cause ?? '', /no entry for invocation 1/);
});

test('handlers: lambda:invoke results are wrapped like AWS; errors carry the errorType', async () => {
  const def = single({
    Type: 'Task',
    Resource: 'arn:aws:states:::lambda:invoke',
    Parameters: { FunctionName: 'f', Payload: { 'n.$': '$.n' } },
    OutputPath: '$.Payload',
  });
  const r = await run(def, { n: 2 }, { handlers: { S: (input) => ({ doubled: (input as { n: number }).n * 2 }) } });
  assert.deepEqual(r.output, { doubled: 4 });
  const full = await run(
    single({ Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { Payload: 1 } }),
    {},
    { handlers: { S: async () => 'ok' } },
  );
  const out = full.output as Record<string, unknown>;
  assert.deepEqual(Object.keys(out).sort(), [
    'ExecutedVersion',
    'Payload',
    'SdkHttpMetadata',
    'SdkResponseMetadata',
    'StatusCode',
  ]);
  assert.equal(out.StatusCode, 200);
  class ValidationError extends Error {
    override name = 'ValidationError';
  }
  const failed = await run(
    single({ Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:f' }),
    {},
    {
      handlers: {
        'arn:aws:lambda:us-east-1:123456789012:function:f': () => {
          throw new ValidationError('bad input');
        },
      },
    },
  );
  assert.equal(failed.error, 'ValidationError');
  assert.equal(JSON.parse(failed.cause ?? '{}').errorMessage, 'bad input');
  assert.deepEqual(eventTypes(failed.execution), [
    'ExecutionStarted',
    'TaskStateEntered',
    'LambdaFunctionScheduled',
    'LambdaFunctionStarted',
    'LambdaFunctionFailed',
    'ExecutionFailed',
  ]);
});

test('describeResource: resource type, pattern and event family', () => {
  assert.deepEqual(describeResource('arn:aws:states:::lambda:invoke.waitForTaskToken'), {
    resourceType: 'lambda',
    resource: 'invoke.waitForTaskToken',
    pattern: 'callback',
    events: 'Task',
  });
  assert.deepEqual(describeResource('arn:aws:states:::aws-sdk:s3:getObject'), {
    resourceType: 'aws-sdk:s3',
    resource: 'getObject',
    pattern: 'request',
    events: 'Task',
  });
  assert.equal(describeResource('arn:aws:states:::states:startExecution.sync:2').pattern, 'sync');
  assert.equal(describeResource('arn:aws:states:us-east-1:123456789012:activity:a').events, 'Activity');
});

test('Task history and the GetExecutionHistory rendering (strings, details keys)', async () => {
  const r = await run(
    single({
      Type: 'Task',
      Resource: 'arn:aws:states:::sns:publish',
      Parameters: { Message: 'hi' },
      TimeoutSeconds: 30,
    }),
    { a: 1 },
    { mocks: mocksFor({ S: { '0': { Return: { MessageId: 'm' } } } }) },
  );
  assert.deepEqual(eventTypes(r.execution), [
    'ExecutionStarted',
    'TaskStateEntered',
    'TaskScheduled',
    'TaskStarted',
    'TaskSucceeded',
    'TaskStateExited',
    'ExecutionSucceeded',
  ]);
  const aws = toAwsHistory(r.execution.history) as Record<string, Record<string, unknown>>[];
  assert.deepEqual(aws[1].stateEnteredEventDetails, {
    name: 'S',
    input: '{"a":1}',
    inputDetails: { truncated: false },
  });
  assert.deepEqual(aws[2].taskScheduledEventDetails, {
    resourceType: 'sns',
    resource: 'publish',
    region: 'us-east-1',
    parameters: '{"Message":"hi"}',
    timeoutInSeconds: 30,
  });
  assert.deepEqual(aws[4].taskSucceededEventDetails, {
    resourceType: 'sns',
    resource: 'publish',
    output: '{"MessageId":"m"}',
    outputDetails: { truncated: false },
  });
  assert.equal(aws[0].timestamp, '2024-01-01T00:00:00.000Z');
});
