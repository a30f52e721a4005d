/*
 * Common Resource ARNs offered by completion, each with a doc and request skeletons for both query
 * languages (JSONPath `Parameters`, JSONata `Arguments`). Pure data. Placeholders are UPPER_CASE words.
 */
import type { ResourceSpec } from './types';

const S = 'arn:aws:states:::';
const IN = '{% $states.input %}';
const TOKEN_J = '$$.Task.Token';
const TOKEN_A = '{% $states.context.Task.Token %}';

type Pattern = ResourceSpec['pattern'];

function task(
  arn: string,
  label: string,
  doc: string,
  parameters: object,
  args: object,
  pattern: Pattern = 'requestResponse',
): ResourceSpec {
  return {
    arn,
    label,
    doc,
    usage: 'task',
    pattern,
    parameters: parameters as Record<string, unknown>,
    arguments: args as Record<string, unknown>,
  };
}

const LAMBDA_FN = 'arn:aws:lambda:REGION:ACCOUNT_ID:function:FUNCTION_NAME';
const QUEUE_URL = 'https://sqs.REGION.amazonaws.com/ACCOUNT_ID/QUEUE_NAME';
const TOPIC_ARN = 'arn:aws:sns:REGION:ACCOUNT_ID:TOPIC_NAME';
const SM_ARN = 'arn:aws:states:REGION:ACCOUNT_ID:stateMachine:STATE_MACHINE_NAME';

const LAMBDA: ResourceSpec[] = [
  task(
    `${S}lambda:invoke`,
    'Lambda: invoke',
    "Invokes a Lambda function. The result is `{ Payload, StatusCode, ExecutedVersion, ... }`; the function's return value is in `Payload`.",
    { FunctionName: LAMBDA_FN, 'Payload.$': '$' },
    { FunctionName: LAMBDA_FN, Payload: IN },
  ),
  task(
    `${S}lambda:invoke.waitForTaskToken`,
    'Lambda: invoke and wait for callback',
    'Invokes a Lambda function with a task token and pauses until SendTaskSuccess/SendTaskFailure is called with it.',
    { FunctionName: LAMBDA_FN, Payload: { 'input.$': '$', 'taskToken.$': TOKEN_J } },
    { FunctionName: LAMBDA_FN, Payload: { input: IN, taskToken: TOKEN_A } },
    'waitForTaskToken',
  ),
  {
    ...task(
      LAMBDA_FN,
      'Lambda: function ARN (legacy)',
      "Invokes the function directly (older style): the state input is the payload and the result is the function's return value.",
      {},
      {},
      'legacy',
    ),
    isPattern: true,
  },
];

const MESSAGING: ResourceSpec[] = [
  task(
    `${S}sns:publish`,
    'SNS: publish',
    'Publishes a message to an SNS topic.',
    { TopicArn: TOPIC_ARN, 'Message.$': '$' },
    { TopicArn: TOPIC_ARN, Message: IN },
  ),
  task(
    `${S}sqs:sendMessage`,
    'SQS: send message',
    'Sends a message to an SQS queue.',
    { QueueUrl: QUEUE_URL, 'MessageBody.$': '$' },
    { QueueUrl: QUEUE_URL, MessageBody: IN },
  ),
  task(
    `${S}sqs:sendMessage.waitForTaskToken`,
    'SQS: send message and wait for callback',
    'Sends a message carrying a task token and pauses until a worker returns it.',
    { QueueUrl: QUEUE_URL, MessageBody: { 'input.$': '$', 'taskToken.$': TOKEN_J } },
    { QueueUrl: QUEUE_URL, MessageBody: { input: IN, taskToken: TOKEN_A } },
    'waitForTaskToken',
  ),
  task(
    `${S}events:putEvents`,
    'EventBridge: put events',
    'Sends custom events to an EventBridge event bus.',
    { Entries: [{ 'Detail.$': '$', DetailType: 'DETAIL_TYPE', EventBusName: 'default', Source: 'SOURCE' }] },
    { Entries: [{ Detail: IN, DetailType: 'DETAIL_TYPE', EventBusName: 'default', Source: 'SOURCE' }] },
  ),
  task(
    `${S}events:putEvents.waitForTaskToken`,
    'EventBridge: put events and wait for callback',
    'Sends an event carrying a task token and pauses until a consumer returns it.',
    { Entries: [{ Detail: { 'input.$': '$', 'taskToken.$': TOKEN_J }, DetailType: 'DETAIL_TYPE', Source: 'SOURCE' }] },
    { Entries: [{ Detail: { input: IN, taskToken: TOKEN_A }, DetailType: 'DETAIL_TYPE', Source: 'SOURCE' }] },
    'waitForTaskToken',
  ),
];

const KEY_J = { pk: { 'S.$': '$.id' } };
const KEY_A = { pk: { S: '{% $states.input.id %}' } };
const DYNAMO: ResourceSpec[] = [
  task(
    `${S}dynamodb:getItem`,
    'DynamoDB: get item',
    'Reads one item by key. The result is `{ Item: {...} }` in DynamoDB attribute-value form.',
    { TableName: 'TABLE_NAME', Key: KEY_J },
    { TableName: 'TABLE_NAME', Key: KEY_A },
  ),
  task(
    `${S}dynamodb:putItem`,
    'DynamoDB: put item',
    'Creates or replaces one item.',
    { TableName: 'TABLE_NAME', Item: KEY_J },
    { TableName: 'TABLE_NAME', Item: KEY_A },
  ),
  task(
    `${S}dynamodb:updateItem`,
    'DynamoDB: update item',
    'Updates attributes of one item with an update expression.',
    {
      TableName: 'TABLE_NAME',
      Key: KEY_J,
      UpdateExpression: 'SET #s = :s',
      ExpressionAttributeNames: { '#s': 'status' },
      ExpressionAttributeValues: { ':s': { 'S.$': '$.status' } },
    },
    {
      TableName: 'TABLE_NAME',
      Key: KEY_A,
      UpdateExpression: 'SET #s = :s',
      ExpressionAttributeNames: { '#s': 'status' },
      ExpressionAttributeValues: { ':s': { S: '{% $states.input.status %}' } },
    },
  ),
  task(
    `${S}dynamodb:deleteItem`,
    'DynamoDB: delete item',
    'Deletes one item by key.',
    { TableName: 'TABLE_NAME', Key: KEY_J },
    { TableName: 'TABLE_NAME', Key: KEY_A },
  ),
];

const ECS_J = { LaunchType: 'FARGATE', Cluster: 'CLUSTER_ARN', TaskDefinition: 'TASK_DEFINITION_ARN' };
const BATCH_J = { JobDefinition: 'JOB_DEFINITION_ARN', JobName: 'JOB_NAME', JobQueue: 'JOB_QUEUE_ARN' };
const JOBS: ResourceSpec[] = [
  task(`${S}ecs:runTask`, 'ECS: run task', 'Starts an ECS task and continues at once.', ECS_J, ECS_J),
  task(
    `${S}ecs:runTask.sync`,
    'ECS: run task and wait',
    'Starts an ECS task and waits for it to stop.',
    ECS_J,
    ECS_J,
    'sync',
  ),
  task(
    `${S}ecs:runTask.waitForTaskToken`,
    'ECS: run task and wait for callback',
    'Starts an ECS task that must return the task token (passed as an environment variable).',
    {
      ...ECS_J,
      Overrides: {
        ContainerOverrides: [{ Name: 'CONTAINER_NAME', Environment: [{ Name: 'TASK_TOKEN', 'Value.$': TOKEN_J }] }],
      },
    },
    {
      ...ECS_J,
      Overrides: {
        ContainerOverrides: [{ Name: 'CONTAINER_NAME', Environment: [{ Name: 'TASK_TOKEN', Value: TOKEN_A }] }],
      },
    },
    'waitForTaskToken',
  ),
  task(`${S}batch:submitJob`, 'Batch: submit job', 'Submits an AWS Batch job and continues at once.', BATCH_J, BATCH_J),
  task(
    `${S}batch:submitJob.sync`,
    'Batch: submit job and wait',
    'Submits an AWS Batch job and waits for it to finish.',
    BATCH_J,
    BATCH_J,
    'sync',
  ),
  task(
    `${S}glue:startJobRun`,
    'Glue: start job run',
    'Starts an AWS Glue job run and continues at once.',
    { JobName: 'JOB_NAME' },
    { JobName: 'JOB_NAME' },
  ),
  task(
    `${S}glue:startJobRun.sync`,
    'Glue: start job run and wait',
    'Starts an AWS Glue job run and waits for it to finish.',
    { JobName: 'JOB_NAME' },
    { JobName: 'JOB_NAME' },
    'sync',
  ),
];

const SFN_J = { StateMachineArn: SM_ARN, 'Input.$': '$' };
const SFN_A = { StateMachineArn: SM_ARN, Input: IN };
const NESTED: ResourceSpec[] = [
  task(
    `${S}states:startExecution`,
    'Step Functions: start execution',
    'Starts a child state machine execution and continues at once.',
    SFN_J,
    SFN_A,
  ),
  task(
    `${S}states:startExecution.sync`,
    'Step Functions: start execution and wait',
    'Starts a child execution and waits for it; its `Output` comes back as a JSON string.',
    SFN_J,
    SFN_A,
    'sync',
  ),
  task(
    `${S}states:startExecution.sync:2`,
    'Step Functions: start execution and wait (JSON output)',
    "Like `.sync`, but the child's `Output` comes back as parsed JSON.",
    SFN_J,
    SFN_A,
    'sync',
  ),
  task(
    `${S}states:startExecution.waitForTaskToken`,
    'Step Functions: start execution and wait for callback',
    'Starts a child execution with a task token and waits until the token is returned.',
    {
      StateMachineArn: SM_ARN,
      Input: {
        'input.$': '$',
        'AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID.$': '$$.Execution.Id',
        'taskToken.$': TOKEN_J,
      },
    },
    {
      StateMachineArn: SM_ARN,
      Input: {
        input: IN,
        AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID: '{% $states.context.Execution.Id %}',
        taskToken: TOKEN_A,
      },
    },
    'waitForTaskToken',
  ),
];

const HTTP_J = {
  ApiEndpoint: 'https://example.com/path',
  Method: 'GET',
  Authentication: { ConnectionArn: 'arn:aws:events:REGION:ACCOUNT_ID:connection/NAME/ID' },
};
const OTHER: ResourceSpec[] = [
  task(
    `${S}http:invoke`,
    'HTTP: invoke an HTTPS API',
    'Calls a public HTTPS endpoint; authentication comes from an EventBridge connection.',
    HTTP_J,
    HTTP_J,
  ),
  {
    ...task(
      `${S}aws-sdk:SERVICE:ACTION`,
      'AWS SDK: any service action',
      "Calls any AWS API by SDK service name and camelCase action, e.g. `aws-sdk:s3:getObject`. Parameters use the API's PascalCase names. No `.sync`.",
      {},
      {},
    ),
    isPattern: true,
  },
  {
    ...task(
      'arn:aws:states:REGION:ACCOUNT_ID:activity:ACTIVITY_NAME',
      'Activity',
      'Waits for a worker polling GetActivityTask to do the work and report back.',
      {},
      {},
      'activity',
    ),
    isPattern: true,
  },
];

const S3: ResourceSpec[] = [
  {
    arn: `${S}s3:getObject`,
    label: 'S3: get object (ItemReader)',
    doc: 'Distributed Map: reads the items from one S3 object (CSV, JSON, JSON Lines, Parquet or a manifest).',
    usage: 'itemReader',
    pattern: 'requestResponse',
    parameters: { Bucket: 'BUCKET', Key: 'KEY' },
    arguments: { Bucket: 'BUCKET', Key: 'KEY' },
  },
  {
    arn: `${S}s3:listObjectsV2`,
    label: 'S3: list objects (ItemReader)',
    doc: 'Distributed Map: the objects under a prefix become the items.',
    usage: 'itemReader',
    pattern: 'requestResponse',
    parameters: { Bucket: 'BUCKET', Prefix: 'PREFIX' },
    arguments: { Bucket: 'BUCKET', Prefix: 'PREFIX' },
  },
  {
    arn: `${S}s3:putObject`,
    label: 'S3: put object (ResultWriter)',
    doc: 'Distributed Map: writes the child execution results under a prefix.',
    usage: 'resultWriter',
    pattern: 'requestResponse',
    parameters: { Bucket: 'BUCKET', Prefix: 'PREFIX' },
    arguments: { Bucket: 'BUCKET', Prefix: 'PREFIX' },
  },
];

export const RESOURCES: readonly ResourceSpec[] = [
  ...LAMBDA,
  ...MESSAGING,
  ...DYNAMO,
  ...JOBS,
  ...NESTED,
  ...OTHER,
  ...S3,
];
