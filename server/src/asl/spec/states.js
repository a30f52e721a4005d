"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.STATE_TYPES = void 0;
const fields_1 = require("./fields");
const mapFields_1 = require("./mapFields");
const snippets_1 = require("./snippets");
const NEXT_OR_END = { fields: ['Next', 'End'] };
const TYPE_REQUIRED = { fields: ['Type'] };
function common(doc) {
    return [(0, fields_1.typeField)(doc), fields_1.COMMENT, fields_1.QUERY_LANGUAGE];
}
const PASS_DOC = '**Pass**: passes its input to its output, optionally injecting fixed data (`Result`), reshaping it ' +
    '(`Parameters` / `Output`) or setting variables. Useful to build and debug machines.';
const TASK_DOC = '**Task**: runs one unit of work named by `Resource`: a Lambda function, an AWS service integration ' +
    '(request/response, `.sync` or `.waitForTaskToken`), an AWS SDK call, an HTTPS endpoint or an activity.';
const CHOICE_DOC = '**Choice**: branches on its input. The first rule in `Choices` that matches gives the next state; ' +
    'otherwise `Default`, and without it the state fails with `States.NoChoiceMatched`. No `Next`/`End`.';
const WAIT_DOC = '**Wait**: pauses for a number of seconds or until a timestamp, then passes its input on. ' +
    'Exactly one of `Seconds`, `Timestamp` (or, in JSONPath, `SecondsPath`, `TimestampPath`).';
const SUCCEED_DOC = '**Succeed**: stops its machine (execution, branch or iteration) successfully. Terminal: no `Next`/`End`.';
const FAIL_DOC = '**Fail**: stops its machine with an error name and a cause, which Retry/Catch of an enclosing ' +
    'Parallel or Map can handle. Terminal: no `Next`/`End`, no input or output processing.';
const PARALLEL_DOC = '**Parallel**: runs every branch in `Branches` with the same input at once; the result is the array of ' +
    'branch outputs in branch order. If one branch fails, the whole state fails.';
const MAP_DOC = '**Map**: runs `ItemProcessor` for each item of an array (inline) or of a data set read from S3 ' +
    '(distributed, as child executions). The result is the array of iteration outputs in item order.';
const RESULT = (0, fields_1.field)('Result', 'JSONPath mode: fixed JSON value used as the Pass state\'s result (then placed by ResultPath).', ['any'], fields_1.JSONPATH_ONLY);
const TASK_FIELDS = [
    (0, fields_1.field)('Resource', 'What to run: an ARN such as `arn:aws:states:::lambda:invoke`, `arn:aws:states:::SERVICE:API[.sync|' +
        '.waitForTaskToken]`, `arn:aws:states:::aws-sdk:SERVICE:ACTION`, `arn:aws:states:::http:invoke`, ' +
        'a Lambda function ARN or an activity ARN.', ['string']),
    fields_1.PARAMETERS,
    fields_1.ARGUMENTS,
    fields_1.RESULT_SELECTOR,
    (0, fields_1.secondsField)('TimeoutSeconds', 'Maximum run time of the task in seconds; past it the state fails with `States.Timeout`. ' +
        'Positive integer, default 99999999. JSONata: may be a `{% %}` expression.'),
    (0, fields_1.pathTwin)('TimeoutSeconds', 'the timeout in seconds (a positive integer)'),
    (0, fields_1.secondsField)('HeartbeatSeconds', 'For activities and `.waitForTaskToken` tasks: maximum seconds between heartbeats; past it the state fails ' +
        'with `States.HeartbeatTimeout`. Positive integer smaller than TimeoutSeconds.'),
    (0, fields_1.pathTwin)('HeartbeatSeconds', 'the heartbeat interval in seconds (a positive integer)'),
    (0, fields_1.field)('Credentials', 'Role to assume for this task, for cross-account access: `{ "RoleArn": "arn:aws:iam::ACCOUNT:role/NAME" }`. ' +
        'JSONPath: `"RoleArn.$"` takes a path or intrinsic; JSONata: RoleArn may be a `{% %}` expression.', ['object'], fields_1.BOTH, { shape: 'Credentials' }),
];
const CHOICE_FIELDS = [
    (0, fields_1.field)('Choices', 'Non-empty array of Choice rules, tried in order. JSONPath: `Variable` plus one comparison operator (or ' +
        '`And`/`Or`/`Not`). JSONata: a `Condition` expression. Each top-level rule needs `Next`.', ['array'], fields_1.BOTH, { itemShape: 'ChoiceRule' }),
    (0, fields_1.field)('Default', 'State to go to when no rule matches. Without it, no match fails with `States.NoChoiceMatched`.', [
        'stateName',
    ]),
];
const WAIT_FIELDS = [
    (0, fields_1.field)('Seconds', 'Seconds to wait before moving on: a non-negative integer (JSONata: or a `{% %}` expression). ' +
        'The longest wait is one year for Standard workflows, five minutes for Express.', ['integer', 'jsonata'], fields_1.BOTH, { minimum: 0, maximum: 99999999 }),
    (0, fields_1.field)('Timestamp', 'Wait until this time: an RFC 3339 timestamp such as `2026-01-31T12:00:00Z` (JSONata: or a `{% %}` expression). ' +
        'A time in the past means no wait.', ['timestamp', 'jsonata']),
    (0, fields_1.pathTwin)('Seconds', 'the number of seconds to wait'),
    (0, fields_1.pathTwin)('Timestamp', 'an RFC 3339 timestamp to wait until'),
];
const FAIL_FIELDS = [
    (0, fields_1.field)('Error', 'Error name reported by the failure, matched by Retry/Catch `ErrorEquals`. JSONata: may be `{% %}`.', [
        'string',
        'jsonata',
    ]),
    (0, fields_1.field)('Cause', 'Human-readable failure cause. JSONata: may be a `{% %}` expression.', ['string', 'jsonata']),
    (0, fields_1.field)('ErrorPath', 'JSONPath mode: reference path or intrinsic function giving the error name; it must resolve to a string.', ['referencePath', 'intrinsic'], fields_1.JSONPATH_ONLY),
    (0, fields_1.field)('CausePath', 'JSONPath mode: reference path or intrinsic function giving the cause; it must resolve to a string.', ['referencePath', 'intrinsic'], fields_1.JSONPATH_ONLY),
];
const BRANCHES = (0, fields_1.field)('Branches', 'Array of machines (`StartAt`, `States`) run in parallel, each with the state input. Transitions cannot ' +
    'leave a branch.', ['array'], fields_1.BOTH, { itemShape: 'Branch' });
const TRANSITION = [fields_1.NEXT, fields_1.END];
function spec(type, doc, fields, constraints) {
    return { type, doc, fields: (0, fields_1.byName)([...common(doc), ...fields]), constraints, snippet: snippets_1.STATE_SNIPPETS[type] };
}
exports.STATE_TYPES = {
    Pass: spec('Pass', PASS_DOC, [...TRANSITION, fields_1.INPUT_PATH, fields_1.PARAMETERS, RESULT, fields_1.RESULT_PATH, fields_1.OUTPUT_PATH, fields_1.OUTPUT, fields_1.ASSIGN], {
        required: [TYPE_REQUIRED],
        exactlyOneOf: [NEXT_OR_END],
    }),
    Task: spec('Task', TASK_DOC, [...TRANSITION, fields_1.INPUT_PATH, ...TASK_FIELDS, fields_1.RESULT_PATH, fields_1.OUTPUT_PATH, fields_1.OUTPUT, fields_1.ASSIGN, fields_1.RETRY, fields_1.CATCH], {
        required: [TYPE_REQUIRED, { fields: ['Resource'] }],
        exactlyOneOf: [NEXT_OR_END],
        atMostOneOf: [
            { fields: ['TimeoutSeconds', 'TimeoutSecondsPath'] },
            { fields: ['HeartbeatSeconds', 'HeartbeatSecondsPath'] },
        ],
    }),
    Choice: spec('Choice', CHOICE_DOC, [fields_1.INPUT_PATH, ...CHOICE_FIELDS, fields_1.OUTPUT_PATH, fields_1.OUTPUT, fields_1.ASSIGN], {
        required: [TYPE_REQUIRED, { fields: ['Choices'] }],
    }),
    Wait: spec('Wait', WAIT_DOC, [...TRANSITION, fields_1.INPUT_PATH, ...WAIT_FIELDS, fields_1.OUTPUT_PATH, fields_1.OUTPUT, fields_1.ASSIGN], {
        required: [TYPE_REQUIRED],
        exactlyOneOf: [
            NEXT_OR_END,
            { fields: ['Seconds', 'Timestamp', 'SecondsPath', 'TimestampPath'], languages: fields_1.JSONPATH_ONLY },
            { fields: ['Seconds', 'Timestamp'], languages: fields_1.JSONATA_ONLY },
        ],
    }),
    Succeed: spec('Succeed', SUCCEED_DOC, [fields_1.INPUT_PATH, fields_1.OUTPUT_PATH, fields_1.OUTPUT], { required: [TYPE_REQUIRED] }),
    Fail: spec('Fail', FAIL_DOC, FAIL_FIELDS, {
        required: [TYPE_REQUIRED],
        atMostOneOf: [{ fields: ['Error', 'ErrorPath'] }, { fields: ['Cause', 'CausePath'] }],
    }),
    Parallel: spec('Parallel', PARALLEL_DOC, [...TRANSITION, fields_1.INPUT_PATH, BRANCHES, fields_1.PARAMETERS, fields_1.ARGUMENTS, fields_1.RESULT_SELECTOR, fields_1.RESULT_PATH, fields_1.OUTPUT_PATH, fields_1.OUTPUT, fields_1.ASSIGN, fields_1.RETRY, fields_1.CATCH], { required: [TYPE_REQUIRED, { fields: ['Branches'] }], exactlyOneOf: [NEXT_OR_END] }),
    Map: spec('Map', MAP_DOC, [...TRANSITION, fields_1.INPUT_PATH, ...mapFields_1.MAP_ONLY_FIELDS, fields_1.RESULT_SELECTOR, fields_1.RESULT_PATH, fields_1.OUTPUT_PATH, fields_1.OUTPUT, fields_1.ASSIGN, fields_1.RETRY, fields_1.CATCH], {
        required: [TYPE_REQUIRED],
        exactlyOneOf: [NEXT_OR_END, { fields: ['ItemProcessor', 'Iterator'] }],
        atMostOneOf: [
            { fields: ['ItemSelector', 'Parameters'] },
            { fields: ['MaxConcurrency', 'MaxConcurrencyPath'] },
            { fields: ['ToleratedFailureCount', 'ToleratedFailureCountPath'] },
            { fields: ['ToleratedFailurePercentage', 'ToleratedFailurePercentagePath'] },
        ],
    }),
};
//# sourceMappingURL=states.js.map