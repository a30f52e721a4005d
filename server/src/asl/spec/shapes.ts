/*
 * OBJECT_SHAPES: nested objects of ASL (the top-level machine, branches, item processors, retriers,
 * catchers, choice rules, distributed Map reader/batcher/writer, credentials) with their fields and
 * field-set rules. Pure data. Field languages work as for states: one shape serves both query languages.
 */
import type { FieldSpec, ObjectShapeSpec } from './types';
import {
  ASSIGN,
  BOTH,
  COMMENT,
  JSONATA_ONLY,
  JSONPATH_ONLY,
  MAX_SECONDS,
  NEXT,
  OUTPUT,
  QUERY_LANGUAGE,
  RESULT_PATH,
  byName,
  field,
} from './fields';
import { CHOICE_SHAPES } from './choiceShapes';
import { ASL_VERSIONS, EXECUTION_TYPES, JITTER_STRATEGIES, PROCESSOR_MODES, choices } from './enumValues';
import { DISTRIBUTED_SHAPES } from './distributedShapes';

const START_AT = field(
  'StartAt',
  'Name of the first state to run. Must name a state of this `States` object (case-sensitive).',
  ['stateName'],
);
const STATES = field(
  'States',
  'The states of this machine, as `{ "StateName": { "Type": ... } }`. Names are at most 80 characters and ' +
    'unique across the whole state machine.',
  ['object'],
);
const MACHINE_REQUIRED = { fields: ['StartAt', 'States'] };

const PROCESSOR_CONFIG = field(
  'ProcessorConfig',
  'Processing mode: `{ "Mode": "INLINE" }` (default) or `{ "Mode": "DISTRIBUTED", "ExecutionType": ... }`.',
  ['object'],
  BOTH,
  { shape: 'ProcessorConfig' },
);

const ERROR_EQUALS = field(
  'ErrorEquals',
  'Non-empty array of error names this entry handles, e.g. `States.Timeout`, `Lambda.ServiceException` or a ' +
    'custom name. `States.ALL` matches (almost) everything and must be alone.',
  ['array'],
);

function shape(
  name: string,
  doc: string,
  fields: FieldSpec[],
  constraints: ObjectShapeSpec['constraints'] = {},
): ObjectShapeSpec {
  return { name, doc, fields: byName(fields), constraints };
}

const CORE_SHAPES: Record<string, ObjectShapeSpec> = {
  StateMachine: shape(
    'StateMachine',
    'A state machine definition: where to start (`StartAt`) and its `States`.',
    [
      COMMENT,
      START_AT,
      STATES,
      field(
        'Version',
        'Version of the Amazon States Language used. Only `1.0` exists (the default).',
        ['string'],
        BOTH,
        choices(ASL_VERSIONS),
      ),
      field(
        'TimeoutSeconds',
        'Maximum run time of an execution in seconds; past it the execution fails with `States.Timeout`. ' +
          'Default and maximum: one year (Standard) or five minutes (Express).',
        ['integer'],
        BOTH,
        { minimum: 0, exclusiveMinimum: true, maximum: MAX_SECONDS },
      ),
      {
        ...QUERY_LANGUAGE,
        doc:
          'Default query language of every state: `JSONPath` (default) or `JSONata`. With `JSONata` at the top, ' +
          'no state may use `JSONPath`.',
      },
    ],
    { required: [MACHINE_REQUIRED] },
  ),
  Branch: shape(
    'Branch',
    'A branch of a Parallel state: a machine of its own (`StartAt`, `States`). Its transitions stay inside it.',
    [COMMENT, START_AT, STATES],
    { required: [MACHINE_REQUIRED] },
  ),
  Iterator: shape(
    'Iterator',
    'Deprecated (use `ItemProcessor`): the machine a Map state runs for each item. AWS also accepts a ' +
      '`ProcessorConfig` here and runs it like `ItemProcessor`.',
    [COMMENT, START_AT, STATES, PROCESSOR_CONFIG],
    { required: [MACHINE_REQUIRED] },
  ),
  ItemProcessor: shape(
    'ItemProcessor',
    'The machine a Map state runs for each item (or batch), with its processing mode.',
    [PROCESSOR_CONFIG, COMMENT, START_AT, STATES],
    { required: [MACHINE_REQUIRED] },
  ),
  ProcessorConfig: shape('ProcessorConfig', 'How a Map state runs its ItemProcessor.', [
    field(
      'Mode',
      '`INLINE` (default): iterations run inside this execution, at most about 40 at once. `DISTRIBUTED`: each ' +
        'item or batch runs as a child execution (up to 10,000 at once); enables ItemReader, ItemBatcher, ResultWriter.',
      ['string'],
      BOTH,
      choices(PROCESSOR_MODES),
    ),
    field(
      'ExecutionType',
      'Distributed mode: workflow type of the child executions, `STANDARD` or `EXPRESS`. Required with `DISTRIBUTED`.',
      ['string'],
      BOTH,
      choices(EXECUTION_TYPES),
    ),
  ]),
  Retrier: shape(
    'Retrier',
    'A retry policy: which errors to retry, how often, and how long to wait between attempts.',
    [
      ERROR_EQUALS,
      field('IntervalSeconds', 'Seconds before the first retry. Positive integer, default 1.', ['integer'], BOTH, {
        minimum: 1,
        maximum: MAX_SECONDS,
      }),
      field('MaxAttempts', 'Maximum number of retries. Default 3; `0` means never retry.', ['integer'], BOTH, {
        minimum: 0,
        maximum: MAX_SECONDS,
      }),
      field('BackoffRate', 'Multiplier of the wait after each attempt. At least 1.0, default 2.0.', ['number'], BOTH, {
        minimum: 1,
      }),
      field(
        'MaxDelaySeconds',
        'Upper bound in seconds of the wait between retries (caps the backoff). Positive integer below 31,622,401.',
        ['integer'],
        BOTH,
        { minimum: 0, exclusiveMinimum: true, maximum: 31622400 },
      ),
      field(
        'JitterStrategy',
        '`FULL` randomizes each wait between 0 and the computed delay (spreads out retries); `NONE` (default) does not.',
        ['string'],
        BOTH,
        choices(JITTER_STRATEGIES),
      ),
      COMMENT,
    ],
    { required: [{ fields: ['ErrorEquals'] }] },
  ),
  Catcher: shape(
    'Catcher',
    'A fallback: when the errors listed are not (or no longer) retried, go to `Next` with the error output.',
    [
      ERROR_EQUALS,
      { ...NEXT, doc: 'State to go to when this catcher handles the error.' },
      {
        ...RESULT_PATH,
        doc:
          'Where to put the error output (`{ "Error", "Cause" }`) in the raw state input. Default `$` (the error ' +
          'output replaces the input); `null` keeps the input unchanged.',
      },
      {
        ...OUTPUT,
        doc: "JSONata mode: output passed to `Next`. Default `$states.errorOutput`. The state's own `Output` is not used.",
      },
      { ...ASSIGN, doc: 'Variables to set when this catcher fires (JSONata: `$states.errorOutput` holds the error).' },
      COMMENT,
    ],
    { required: [{ fields: ['ErrorEquals', 'Next'] }] },
  ),
  Credentials: shape(
    'Credentials',
    'An IAM role that Step Functions assumes to run the task (cross-account access).',
    [
      field('RoleArn', 'ARN of the role to assume. JSONata: may be a `{% %}` expression.', ['string', 'jsonata']),
      field(
        'RoleArn.$',
        'JSONPath mode: path or intrinsic function giving the ARN of the role to assume.',
        ['path', 'intrinsic'],
        JSONPATH_ONLY,
      ),
    ],
    {
      exactlyOneOf: [{ fields: ['RoleArn', 'RoleArn.$'], languages: JSONPATH_ONLY }],
      required: [{ fields: ['RoleArn'], languages: JSONATA_ONLY }],
    },
  ),
};

export const OBJECT_SHAPES: Readonly<Record<string, ObjectShapeSpec>> = {
  ...CORE_SHAPES,
  ...CHOICE_SHAPES,
  ...DISTRIBUTED_SHAPES,
};
