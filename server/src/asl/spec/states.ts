/*
 * STATE_TYPES: every state type of current ASL with every field it allows in each query language,
 * its required / exclusive field sets and its completion snippets. Pure data.
 * Field availability follows the AWS Step Functions developer guide (JSONPath and JSONata pages).
 */
import type { ConstraintGroup, FieldSpec, StateType, StateTypeSpec } from './types';
import {
  ARGUMENTS,
  ASSIGN,
  BOTH,
  CATCH,
  COMMENT,
  END,
  INPUT_PATH,
  JSONATA_ONLY,
  JSONPATH_ONLY,
  NEXT,
  OUTPUT,
  OUTPUT_PATH,
  PARAMETERS,
  QUERY_LANGUAGE,
  RESULT_PATH,
  RESULT_SELECTOR,
  RETRY,
  byName,
  field,
  pathTwin,
  secondsField,
  typeField,
} from './fields';
import { MAP_ONLY_FIELDS } from './mapFields';
import { STATE_SNIPPETS } from './snippets';

const NEXT_OR_END: ConstraintGroup = { fields: ['Next', 'End'] };
const TYPE_REQUIRED: ConstraintGroup = { fields: ['Type'] };

function common(doc: string): FieldSpec[] {
  return [typeField(doc), COMMENT, QUERY_LANGUAGE];
}

const PASS_DOC =
  '**Pass**: passes its input to its output, optionally injecting fixed data (`Result`), reshaping it ' +
  '(`Parameters` / `Output`) or setting variables. Useful to build and debug machines.';
const TASK_DOC =
  '**Task**: runs one unit of work named by `Resource`: a Lambda function, an AWS service integration ' +
  '(request/response, `.sync` or `.waitForTaskToken`), an AWS SDK call, an HTTPS endpoint or an activity.';
const CHOICE_DOC =
  '**Choice**: branches on its input. The first rule in `Choices` that matches gives the next state; ' +
  'otherwise `Default`, and without it the state fails with `States.NoChoiceMatched`. No `Next`/`End`.';
const WAIT_DOC =
  '**Wait**: pauses for a number of seconds or until a timestamp, then passes its input on. ' +
  'Exactly one of `Seconds`, `Timestamp` (or, in JSONPath, `SecondsPath`, `TimestampPath`).';
const SUCCEED_DOC =
  '**Succeed**: stops its machine (execution, branch or iteration) successfully. Terminal: no `Next`/`End`.';
const FAIL_DOC =
  '**Fail**: stops its machine with an error name and a cause, which Retry/Catch of an enclosing ' +
  'Parallel or Map can handle. Terminal: no `Next`/`End`, no input or output processing.';
const PARALLEL_DOC =
  '**Parallel**: runs every branch in `Branches` with the same input at once; the result is the array of ' +
  'branch outputs in branch order. If one branch fails, the whole state fails.';
const MAP_DOC =
  '**Map**: runs `ItemProcessor` for each item of an array (inline) or of a data set read from S3 ' +
  '(distributed, as child executions). The result is the array of iteration outputs in item order.';

const RESULT = field(
  'Result',
  "JSONPath mode: fixed JSON value used as the Pass state's result (then placed by ResultPath).",
  ['any'],
  JSONPATH_ONLY,
);

const TASK_FIELDS: FieldSpec[] = [
  field(
    'Resource',
    'What to run: an ARN such as `arn:aws:states:::lambda:invoke`, `arn:aws:states:::SERVICE:API[.sync|' +
      '.waitForTaskToken]`, `arn:aws:states:::aws-sdk:SERVICE:ACTION`, `arn:aws:states:::http:invoke`, ' +
      'a Lambda function ARN or an activity ARN.',
    ['string'],
  ),
  PARAMETERS,
  ARGUMENTS,
  RESULT_SELECTOR,
  secondsField(
    'TimeoutSeconds',
    'Maximum run time of the task in seconds; past it the state fails with `States.Timeout`. ' +
      'Positive integer, default 99999999. JSONata: may be a `{% %}` expression.',
  ),
  pathTwin('TimeoutSeconds', 'the timeout in seconds (a positive integer)'),
  secondsField(
    'HeartbeatSeconds',
    'For activities and `.waitForTaskToken` tasks: maximum seconds between heartbeats; past it the state fails ' +
      'with `States.HeartbeatTimeout`. Positive integer smaller than TimeoutSeconds.',
  ),
  pathTwin('HeartbeatSeconds', 'the heartbeat interval in seconds (a positive integer)'),
  field(
    'Credentials',
    'Role to assume for this task, for cross-account access: `{ "RoleArn": "arn:aws:iam::ACCOUNT:role/NAME" }`. ' +
      'JSONPath: `"RoleArn.$"` takes a path or intrinsic; JSONata: RoleArn may be a `{% %}` expression.',
    ['object'],
    BOTH,
    { shape: 'Credentials' },
  ),
];

const CHOICE_FIELDS: FieldSpec[] = [
  field(
    'Choices',
    'Non-empty array of Choice rules, tried in order. JSONPath: `Variable` plus one comparison operator (or ' +
      '`And`/`Or`/`Not`). JSONata: a `Condition` expression. Each top-level rule needs `Next`.',
    ['array'],
    BOTH,
    { itemShape: 'ChoiceRule' },
  ),
  field('Default', 'State to go to when no rule matches. Without it, no match fails with `States.NoChoiceMatched`.', [
    'stateName',
  ]),
];

const WAIT_FIELDS: FieldSpec[] = [
  field(
    'Seconds',
    'Seconds to wait before moving on: a non-negative integer (JSONata: or a `{% %}` expression). ' +
      'The longest wait is one year for Standard workflows, five minutes for Express.',
    ['integer', 'jsonata'],
    BOTH,
    { minimum: 0, maximum: 99999999 },
  ),
  field(
    'Timestamp',
    'Wait until this time: an RFC 3339 timestamp such as `2026-01-31T12:00:00Z` (JSONata: or a `{% %}` expression). ' +
      'A time in the past means no wait.',
    ['timestamp', 'jsonata'],
  ),
  pathTwin('Seconds', 'the number of seconds to wait'),
  pathTwin('Timestamp', 'an RFC 3339 timestamp to wait until'),
];

const FAIL_FIELDS: FieldSpec[] = [
  field('Error', 'Error name reported by the failure, matched by Retry/Catch `ErrorEquals`. JSONata: may be `{% %}`.', [
    'string',
    'jsonata',
  ]),
  field('Cause', 'Human-readable failure cause. JSONata: may be a `{% %}` expression.', ['string', 'jsonata']),
  field(
    'ErrorPath',
    'JSONPath mode: reference path or intrinsic function giving the error name; it must resolve to a string.',
    ['referencePath', 'intrinsic'],
    JSONPATH_ONLY,
  ),
  field(
    'CausePath',
    'JSONPath mode: reference path or intrinsic function giving the cause; it must resolve to a string.',
    ['referencePath', 'intrinsic'],
    JSONPATH_ONLY,
  ),
];

const BRANCHES = field(
  'Branches',
  'Array of machines (`StartAt`, `States`) run in parallel, each with the state input. Transitions cannot ' +
    'leave a branch.',
  ['array'],
  BOTH,
  { itemShape: 'Branch' },
);

const TRANSITION = [NEXT, END];

function spec(
  type: StateType,
  doc: string,
  fields: FieldSpec[],
  constraints: StateTypeSpec['constraints'],
): StateTypeSpec {
  return { type, doc, fields: byName([...common(doc), ...fields]), constraints, snippet: STATE_SNIPPETS[type] };
}

export const STATE_TYPES: Readonly<Record<StateType, StateTypeSpec>> = {
  Pass: spec(
    'Pass',
    PASS_DOC,
    [...TRANSITION, INPUT_PATH, PARAMETERS, RESULT, RESULT_PATH, OUTPUT_PATH, OUTPUT, ASSIGN],
    {
      required: [TYPE_REQUIRED],
      exactlyOneOf: [NEXT_OR_END],
    },
  ),
  Task: spec(
    'Task',
    TASK_DOC,
    [...TRANSITION, INPUT_PATH, ...TASK_FIELDS, RESULT_PATH, OUTPUT_PATH, OUTPUT, ASSIGN, RETRY, CATCH],
    {
      required: [TYPE_REQUIRED, { fields: ['Resource'] }],
      exactlyOneOf: [NEXT_OR_END],
      atMostOneOf: [
        { fields: ['TimeoutSeconds', 'TimeoutSecondsPath'] },
        { fields: ['HeartbeatSeconds', 'HeartbeatSecondsPath'] },
      ],
    },
  ),
  Choice: spec('Choice', CHOICE_DOC, [INPUT_PATH, ...CHOICE_FIELDS, OUTPUT_PATH, OUTPUT, ASSIGN], {
    required: [TYPE_REQUIRED, { fields: ['Choices'] }],
  }),
  Wait: spec('Wait', WAIT_DOC, [...TRANSITION, INPUT_PATH, ...WAIT_FIELDS, OUTPUT_PATH, OUTPUT, ASSIGN], {
    required: [TYPE_REQUIRED],
    exactlyOneOf: [
      NEXT_OR_END,
      { fields: ['Seconds', 'Timestamp', 'SecondsPath', 'TimestampPath'], languages: JSONPATH_ONLY },
      { fields: ['Seconds', 'Timestamp'], languages: JSONATA_ONLY },
    ],
  }),
  Succeed: spec('Succeed', SUCCEED_DOC, [INPUT_PATH, OUTPUT_PATH, OUTPUT], { required: [TYPE_REQUIRED] }),
  Fail: spec('Fail', FAIL_DOC, FAIL_FIELDS, {
    required: [TYPE_REQUIRED],
    atMostOneOf: [{ fields: ['Error', 'ErrorPath'] }, { fields: ['Cause', 'CausePath'] }],
  }),
  Parallel: spec(
    'Parallel',
    PARALLEL_DOC,
    [
      ...TRANSITION,
      INPUT_PATH,
      BRANCHES,
      PARAMETERS,
      ARGUMENTS,
      RESULT_SELECTOR,
      RESULT_PATH,
      OUTPUT_PATH,
      OUTPUT,
      ASSIGN,
      RETRY,
      CATCH,
    ],
    { required: [TYPE_REQUIRED, { fields: ['Branches'] }], exactlyOneOf: [NEXT_OR_END] },
  ),
  Map: spec(
    'Map',
    MAP_DOC,
    [
      ...TRANSITION,
      INPUT_PATH,
      ...MAP_ONLY_FIELDS,
      RESULT_SELECTOR,
      RESULT_PATH,
      OUTPUT_PATH,
      OUTPUT,
      ASSIGN,
      RETRY,
      CATCH,
    ],
    {
      required: [TYPE_REQUIRED],
      exactlyOneOf: [NEXT_OR_END, { fields: ['ItemProcessor', 'Iterator'] }],
      atMostOneOf: [
        { fields: ['ItemSelector', 'Parameters'] },
        { fields: ['MaxConcurrency', 'MaxConcurrencyPath'] },
        { fields: ['ToleratedFailureCount', 'ToleratedFailureCountPath'] },
        { fields: ['ToleratedFailurePercentage', 'ToleratedFailurePercentagePath'] },
      ],
    },
  ),
};
