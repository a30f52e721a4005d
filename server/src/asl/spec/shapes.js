"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.OBJECT_SHAPES = void 0;
const fields_1 = require("./fields");
const choiceShapes_1 = require("./choiceShapes");
const enumValues_1 = require("./enumValues");
const distributedShapes_1 = require("./distributedShapes");
const START_AT = (0, fields_1.field)('StartAt', 'Name of the first state to run. Must name a state of this `States` object (case-sensitive).', [
    'stateName',
]);
const STATES = (0, fields_1.field)('States', 'The states of this machine, as `{ "StateName": { "Type": ... } }`. Names are at most 80 characters and ' +
    'unique across the whole state machine.', ['object']);
const MACHINE_REQUIRED = { fields: ['StartAt', 'States'] };
const ERROR_EQUALS = (0, fields_1.field)('ErrorEquals', 'Non-empty array of error names this entry handles, e.g. `States.Timeout`, `Lambda.ServiceException` or a ' +
    'custom name. `States.ALL` matches (almost) everything and must be alone.', ['array']);
function shape(name, doc, fields, constraints = {}) {
    return { name, doc, fields: (0, fields_1.byName)(fields), constraints };
}
const CORE_SHAPES = {
    StateMachine: shape('StateMachine', 'A state machine definition: where to start (`StartAt`) and its `States`.', [
        fields_1.COMMENT,
        START_AT,
        STATES,
        (0, fields_1.field)('Version', 'Version of the Amazon States Language used. Only `1.0` exists (the default).', ['string'], fields_1.BOTH, (0, enumValues_1.choices)(enumValues_1.ASL_VERSIONS)),
        (0, fields_1.field)('TimeoutSeconds', 'Maximum run time of an execution in seconds; past it the execution fails with `States.Timeout`. ' +
            'Default and maximum: one year (Standard) or five minutes (Express).', ['integer'], fields_1.BOTH, { minimum: 0, exclusiveMinimum: true, maximum: fields_1.MAX_SECONDS }),
        {
            ...fields_1.QUERY_LANGUAGE,
            doc: 'Default query language of every state: `JSONPath` (default) or `JSONata`. With `JSONata` at the top, ' +
                'no state may use `JSONPath`.',
        },
    ], { required: [MACHINE_REQUIRED] }),
    Branch: shape('Branch', 'A branch of a Parallel state: a machine of its own (`StartAt`, `States`). Its transitions stay inside it.', [fields_1.COMMENT, START_AT, STATES], { required: [MACHINE_REQUIRED] }),
    Iterator: shape('Iterator', 'Deprecated (use `ItemProcessor`): the machine a Map state runs for each item.', [fields_1.COMMENT, START_AT, STATES], { required: [MACHINE_REQUIRED] }),
    ItemProcessor: shape('ItemProcessor', 'The machine a Map state runs for each item (or batch), with its processing mode.', [
        (0, fields_1.field)('ProcessorConfig', 'Processing mode: `{ "Mode": "INLINE" }` (default) or `{ "Mode": "DISTRIBUTED", "ExecutionType": ... }`.', ['object'], fields_1.BOTH, {
            shape: 'ProcessorConfig',
        }),
        fields_1.COMMENT,
        START_AT,
        STATES,
    ], { required: [MACHINE_REQUIRED] }),
    ProcessorConfig: shape('ProcessorConfig', 'How a Map state runs its ItemProcessor.', [
        (0, fields_1.field)('Mode', '`INLINE` (default): iterations run inside this execution, at most about 40 at once. `DISTRIBUTED`: each ' +
            'item or batch runs as a child execution (up to 10,000 at once); enables ItemReader, ItemBatcher, ResultWriter.', ['string'], fields_1.BOTH, (0, enumValues_1.choices)(enumValues_1.PROCESSOR_MODES)),
        (0, fields_1.field)('ExecutionType', 'Distributed mode: workflow type of the child executions, `STANDARD` or `EXPRESS`. Required with `DISTRIBUTED`.', ['string'], fields_1.BOTH, (0, enumValues_1.choices)(enumValues_1.EXECUTION_TYPES)),
    ]),
    Retrier: shape('Retrier', 'A retry policy: which errors to retry, how often, and how long to wait between attempts.', [
        ERROR_EQUALS,
        (0, fields_1.field)('IntervalSeconds', 'Seconds before the first retry. Positive integer, default 1.', ['integer'], fields_1.BOTH, {
            minimum: 1,
            maximum: fields_1.MAX_SECONDS,
        }),
        (0, fields_1.field)('MaxAttempts', 'Maximum number of retries. Default 3; `0` means never retry.', ['integer'], fields_1.BOTH, {
            minimum: 0,
            maximum: fields_1.MAX_SECONDS,
        }),
        (0, fields_1.field)('BackoffRate', 'Multiplier of the wait after each attempt. At least 1.0, default 2.0.', ['number'], fields_1.BOTH, {
            minimum: 1,
        }),
        (0, fields_1.field)('MaxDelaySeconds', 'Upper bound in seconds of the wait between retries (caps the backoff). Positive integer below 31,622,401.', ['integer'], fields_1.BOTH, { minimum: 0, exclusiveMinimum: true, maximum: 31622400 }),
        (0, fields_1.field)('JitterStrategy', '`FULL` randomizes each wait between 0 and the computed delay (spreads out retries); `NONE` (default) does not.', ['string'], fields_1.BOTH, (0, enumValues_1.choices)(enumValues_1.JITTER_STRATEGIES)),
        fields_1.COMMENT,
    ], { required: [{ fields: ['ErrorEquals'] }] }),
    Catcher: shape('Catcher', 'A fallback: when the errors listed are not (or no longer) retried, go to `Next` with the error output.', [
        ERROR_EQUALS,
        { ...fields_1.NEXT, doc: 'State to go to when this catcher handles the error.' },
        {
            ...fields_1.RESULT_PATH,
            doc: 'Where to put the error output (`{ "Error", "Cause" }`) in the raw state input. Default `$` (the error ' +
                'output replaces the input); `null` keeps the input unchanged.',
        },
        {
            ...fields_1.OUTPUT,
            doc: 'JSONata mode: output passed to `Next`. Default `$states.errorOutput`. The state\'s own `Output` is not used.',
        },
        { ...fields_1.ASSIGN, doc: 'Variables to set when this catcher fires (JSONata: `$states.errorOutput` holds the error).' },
        fields_1.COMMENT,
    ], { required: [{ fields: ['ErrorEquals', 'Next'] }] }),
    Credentials: shape('Credentials', 'An IAM role that Step Functions assumes to run the task (cross-account access).', [
        (0, fields_1.field)('RoleArn', 'ARN of the role to assume. JSONata: may be a `{% %}` expression.', ['string', 'jsonata']),
        (0, fields_1.field)('RoleArn.$', 'JSONPath mode: path or intrinsic function giving the ARN of the role to assume.', ['path', 'intrinsic'], fields_1.JSONPATH_ONLY),
    ], {
        exactlyOneOf: [{ fields: ['RoleArn', 'RoleArn.$'], languages: fields_1.JSONPATH_ONLY }],
        required: [{ fields: ['RoleArn'], languages: fields_1.JSONATA_ONLY }],
    }),
};
exports.OBJECT_SHAPES = {
    ...CORE_SHAPES,
    ...choiceShapes_1.CHOICE_SHAPES,
    ...distributedShapes_1.DISTRIBUTED_SHAPES,
};
//# sourceMappingURL=shapes.js.map