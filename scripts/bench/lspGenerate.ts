/*
 * Benchmark input: a realistic state machine definition of N top-level states (Task with Retry and
 * Catch, Choice, Pass, Wait, Map with an ItemProcessor, Parallel with two branches), as JSON text.
 * Deterministic; names are unique across nested machines, as AWS requires.
 */

export interface Generated {
  readonly text: string;
  /** Offset inside the quotes of a `"Next": "..."` value near the middle of the document. */
  readonly nextValueOffset: number;
  /** Every state, nested ones included. */
  readonly totalStates: number;
}

export function generateDefinition(n: number): Generated {
  const states: Record<string, unknown> = {};
  let total = 0;
  for (let i = 0; i < n; i++) {
    const next = i + 1 < n ? name(i + 1) : 'Done';
    const [state, nested] = stateAt(i, next, n);
    states[name(i)] = state;
    total += 1 + nested;
  }
  states.HandleError = { Type: 'Fail', Error: 'Failed', Cause: 'A task failed' };
  states.Done = { Type: 'Succeed' };
  total += 2;
  const text = JSON.stringify({ Comment: `Generated, ${n} states`, StartAt: name(0), States: states }, null, 2);
  const mid = text.indexOf(`"Next": "${name(Math.floor(n / 2) + 1)}"`);
  return { text, nextValueOffset: mid + '"Next": "'.length, totalStates: total };
}

function name(i: number): string {
  return `Step ${i}`;
}

function stateAt(i: number, next: string, n: number): [unknown, number] {
  switch (i % 10) {
    case 4:
      return [
        {
          Type: 'Choice',
          Choices: [
            { Variable: '$.count', NumericGreaterThan: i, Next: next },
            { Variable: '$.status', StringEquals: 'skip', Next: i + 2 < n ? name(i + 2) : 'Done' },
          ],
          Default: next,
        },
        0,
      ];
    case 5:
      return [
        {
          Type: 'Pass',
          Parameters: { 'id.$': '$.id', 'label.$': "States.Format('item {}', $.id)", step: i },
          ResultPath: '$.pass',
          Next: next,
        },
        0,
      ];
    case 6:
      return [{ Type: 'Wait', Seconds: 5, Next: next }, 0];
    case 7:
      return [mapState(i, next), 2];
    case 8:
      return [parallelState(i, next), 3];
    default:
      return [taskState(i, next), 0];
  }
}

function taskState(i: number, next: string): unknown {
  return {
    Type: 'Task',
    Resource: 'arn:aws:states:::lambda:invoke',
    Parameters: { FunctionName: `arn:aws:lambda:us-east-1:123456789012:function:step${i}`, 'Payload.$': '$' },
    ResultSelector: { 'body.$': '$.Payload' },
    ResultPath: '$.result',
    TimeoutSeconds: 30,
    Retry: [
      {
        ErrorEquals: ['Lambda.ServiceException', 'Lambda.TooManyRequestsException'],
        IntervalSeconds: 2,
        MaxAttempts: 3,
        BackoffRate: 2,
      },
    ],
    Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'HandleError' }],
    Next: next,
  };
}

function mapState(i: number, next: string): unknown {
  return {
    Type: 'Map',
    ItemsPath: '$.items',
    MaxConcurrency: 10,
    ItemProcessor: {
      ProcessorConfig: { Mode: 'INLINE' },
      StartAt: `Item ${i} check`,
      States: {
        [`Item ${i} check`]: { Type: 'Pass', Next: `Item ${i} work` },
        [`Item ${i} work`]: {
          Type: 'Task',
          Resource: 'arn:aws:states:::sqs:sendMessage',
          Parameters: { QueueUrl: 'https://sqs', 'MessageBody.$': '$' },
          End: true,
        },
      },
    },
    ResultPath: '$.mapped',
    Next: next,
  };
}

function parallelState(i: number, next: string): unknown {
  return {
    Type: 'Parallel',
    Branches: [
      {
        StartAt: `Branch ${i} a`,
        States: { [`Branch ${i} a`]: { Type: 'Pass', Next: `Branch ${i} b` }, [`Branch ${i} b`]: { Type: 'Succeed' } },
      },
      {
        StartAt: `Branch ${i} c`,
        States: {
          [`Branch ${i} c`]: {
            Type: 'Task',
            Resource: 'arn:aws:states:::sns:publish',
            Parameters: { TopicArn: 'arn:aws:sns:us-east-1:123456789012:t', 'Message.$': '$' },
            End: true,
          },
        },
      },
    ],
    Catch: [{ ErrorEquals: ['States.ALL'], Next: 'HandleError' }],
    Next: next,
  };
}
