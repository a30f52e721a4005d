// Realistic machines written after the AWS developer guide's patterns: no diagnostics at all.
import { test } from 'node:test';
import { check } from './helper';

test('JSONPath: callback, inline Map, Parallel, Retry/Catch, intrinsics, Fail with ErrorPath', () => {
  check(
    JSON.stringify(
      {
        Comment: 'Order flow',
        StartAt: 'Validate',
        TimeoutSeconds: 3600,
        States: {
          Validate: {
            Type: 'Task',
            Resource: 'arn:aws:states:::lambda:invoke',
            Parameters: { FunctionName: 'validate', 'Payload.$': '$' },
            ResultSelector: { 'valid.$': '$.Payload.valid' },
            ResultPath: '$.validation',
            OutputPath: '$',
            Retry: [
              {
                ErrorEquals: ['Lambda.ServiceException', 'Lambda.TooManyRequestsException'],
                IntervalSeconds: 2,
                MaxAttempts: 6,
                BackoffRate: 2,
                JitterStrategy: 'FULL',
              },
            ],
            Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'Failed' }],
            Next: 'IsValid',
          },
          IsValid: {
            Type: 'Choice',
            Choices: [{ Variable: '$.validation.valid', BooleanEquals: true, Next: 'Approve' }],
            Default: 'Failed',
          },
          Approve: {
            Type: 'Task',
            Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken',
            HeartbeatSeconds: 600,
            TimeoutSeconds: 86400,
            Parameters: {
              QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/approvals',
              MessageBody: { 'TaskToken.$': '$$.Task.Token', 'order.$': '$.order' },
            },
            ResultPath: '$.approval',
            Next: 'Items',
          },
          Items: {
            Type: 'Map',
            ItemsPath: '$.order.items',
            MaxConcurrency: 10,
            ResultPath: '$.priced',
            ItemSelector: {
              'index.$': '$$.Map.Item.Index',
              'item.$': '$$.Map.Item.Value',
              'currency.$': '$.order.currency',
            },
            ItemProcessor: {
              ProcessorConfig: { Mode: 'INLINE' },
              StartAt: 'Price',
              States: {
                Price: {
                  Type: 'Pass',
                  Parameters: {
                    'label.$': "States.Format('{} x {}', $.item.name, $.item.qty)",
                    'total.$': 'States.MathAdd($.item.qty, 1)',
                  },
                  End: true,
                },
              },
            },
            Next: 'Notify',
          },
          Notify: {
            Type: 'Parallel',
            ResultPath: null,
            Branches: [
              {
                StartAt: 'Email',
                States: {
                  Email: {
                    Type: 'Task',
                    Resource: 'arn:aws:states:::sns:publish',
                    Parameters: {
                      TopicArn: 'arn:aws:sns:us-east-1:123456789012:t',
                      'Message.$': 'States.JsonToString($)',
                    },
                    End: true,
                  },
                },
              },
              {
                StartAt: 'Audit',
                States: { Audit: { Type: 'Pass', Result: { audited: true }, ResultPath: '$.audit', End: true } },
              },
            ],
            Next: 'Pause',
          },
          Pause: { Type: 'Wait', TimestampPath: '$.order.shipAt', Next: 'Done' },
          Done: { Type: 'Succeed' },
          Failed: { Type: 'Fail', ErrorPath: "States.Format('Order.{}', $.error.Error)", CausePath: '$.error.Cause' },
        },
      },
      null,
      2,
    ),
    [],
  );
});

test('JSONPath: distributed Map with reader, batcher, writer', () => {
  check(
    JSON.stringify(
      {
        StartAt: 'Process',
        States: {
          Process: {
            Type: 'Map',
            Label: 'nightly',
            MaxConcurrency: 1000,
            ToleratedFailurePercentage: 5,
            ItemReader: {
              Resource: 'arn:aws:states:::s3:listObjectsV2',
              Parameters: { Bucket: 'my-bucket', Prefix: 'in/' },
            },
            ItemBatcher: { MaxItemsPerBatch: 100, BatchInput: { 'runId.$': '$$.Execution.Name' } },
            ResultWriter: {
              Resource: 'arn:aws:states:::s3:putObject',
              Parameters: { Bucket: 'my-bucket', Prefix: 'out/' },
            },
            ItemProcessor: {
              ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'EXPRESS' },
              StartAt: 'Work',
              States: {
                Work: {
                  Type: 'Task',
                  Resource: 'arn:aws:states:::lambda:invoke',
                  Parameters: { FunctionName: 'work', 'Payload.$': '$' },
                  OutputPath: '$.Payload',
                  End: true,
                },
              },
            },
            End: true,
          },
        },
      },
      null,
      2,
    ),
    [],
  );
});

test('JSONata: variables, catchers, choice rules, Map Items, Parallel Arguments', () => {
  check(
    JSON.stringify(
      {
        QueryLanguage: 'JSONata',
        StartAt: 'Load',
        States: {
          Load: {
            Type: 'Task',
            Resource: 'arn:aws:states:::dynamodb:getItem',
            Arguments: { TableName: 'orders', Key: { id: { S: '{% $states.input.id %}' } } },
            Assign: { order: '{% $states.result.Item %}', attempts: 0 },
            Output: '{% $states.input %}',
            Catch: [
              {
                ErrorEquals: ['States.ALL'],
                Assign: { failure: '{% $states.errorOutput %}' },
                Output: '{% $states.errorOutput %}',
                Next: 'Report',
              },
            ],
            Next: 'Route',
          },
          Route: {
            Type: 'Choice',
            Choices: [
              {
                Condition: '{% $exists($order.total) and $number($order.total.N) > 100 %}',
                Assign: { tier: 'gold' },
                Next: 'Fan',
              },
            ],
            Default: 'Fan',
            Assign: { tier: 'std' },
            Output: { id: '{% $states.input.id %}' },
          },
          Fan: {
            Type: 'Parallel',
            Arguments: { id: '{% $states.input.id %}', tier: '{% $tier %}' },
            Branches: [
              {
                StartAt: 'Lines',
                States: {
                  Lines: {
                    Type: 'Map',
                    Items: '{% $order.lines.L %}',
                    MaxConcurrency: '{% 5 %}',
                    ItemSelector: { line: '{% $states.context.Map.Item.Value %}', tier: '{% $tier %}' },
                    ItemProcessor: {
                      StartAt: 'Price',
                      States: {
                        Price: {
                          Type: 'Pass',
                          Output: '{% $states.input.line.M.price.N * ($states.input.tier = "gold" ? 0.9 : 1) %}',
                          End: true,
                        },
                      },
                    },
                    End: true,
                  },
                },
              },
              { StartAt: 'Wait', States: { Wait: { Type: 'Wait', Seconds: '{% $attempts + 1 %}', End: true } } },
            ],
            Output: { prices: '{% $states.result[0] %}' },
            Next: 'Done',
          },
          Done: { Type: 'Succeed', Output: '{% $states.input %}' },
          Report: { Type: 'Fail', Error: '{% $failure.Error %}', Cause: '{% $string($failure.Cause) %}' },
        },
      },
      null,
      2,
    ),
    [],
  );
});

test('YAML: the same kind of machine', () => {
  const yaml = [
    'Comment: YAML machine',
    'StartAt: Get',
    'States:',
    '  Get:',
    '    Type: Task',
    '    Resource: arn:aws:states:::lambda:invoke',
    '    Parameters:',
    '      FunctionName: f',
    '      Payload.$: $',
    '    ResultPath: $.got',
    '    Retry:',
    '      - ErrorEquals: [States.TaskFailed]',
    '        MaxAttempts: 2',
    '    Next: Check',
    '  Check:',
    '    Type: Choice',
    '    Choices:',
    '      - Variable: $.got.Payload.ok',
    '        BooleanEquals: true',
    '        Next: Ok',
    '    Default: Bad',
    '  Ok:',
    '    Type: Succeed',
    '  Bad:',
    '    Type: Fail',
    '    Error: NotOk',
    '    Cause: check failed',
    '',
  ].join('\n');
  check(yaml, [], 'yaml');
});
