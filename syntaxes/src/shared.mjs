// Patterns shared by the JSON and YAML grammars: JSONPath, intrinsic functions, JSONata and the
// ASL vocabulary (field names, state types, enums, error names). Plain data; no I/O.
// Edit here, then run `node syntaxes/src/build.mjs` to regenerate syntaxes/*.tmLanguage.json.

/** Every ASL field name (machine, state, rule, retrier/catcher, Map/ItemReader/... sub-objects). */
export const FIELDS = [
  // machine and common
  'StartAt',
  'States',
  'Comment',
  'Version',
  'TimeoutSeconds',
  'QueryLanguage',
  'Type',
  'Next',
  'End',
  'Default',
  // data flow
  'InputPath',
  'OutputPath',
  'ResultPath',
  'Parameters',
  'ResultSelector',
  'Result',
  'Arguments',
  'Output',
  'Assign',
  // Task
  'Resource',
  'TimeoutSecondsPath',
  'HeartbeatSeconds',
  'HeartbeatSecondsPath',
  'Credentials',
  'RoleArn',
  // Choice
  'Choices',
  'Variable',
  'Condition',
  'And',
  'Or',
  'Not',
  // Wait
  'Seconds',
  'SecondsPath',
  'Timestamp',
  'TimestampPath',
  // Fail
  'Error',
  'ErrorPath',
  'Cause',
  'CausePath',
  // Parallel / Map
  'Branches',
  'Iterator',
  'ItemProcessor',
  'ProcessorConfig',
  'Mode',
  'ExecutionType',
  'ItemsPath',
  'Items',
  'ItemSelector',
  'MaxConcurrency',
  'MaxConcurrencyPath',
  'ToleratedFailurePercentage',
  'ToleratedFailurePercentagePath',
  'ToleratedFailureCount',
  'ToleratedFailureCountPath',
  'ItemReader',
  'ReaderConfig',
  'InputType',
  'CSVHeaderLocation',
  'CSVHeaders',
  'CSVDelimiter',
  'MaxItems',
  'MaxItemsPath',
  'ItemsPointer',
  'ManifestType',
  'ItemBatcher',
  'MaxItemsPerBatch',
  'MaxItemsPerBatchPath',
  'MaxInputBytesPerBatch',
  'MaxInputBytesPerBatchPath',
  'BatchInput',
  'ResultWriter',
  'WriterConfig',
  'OutputType',
  'Transformation',
  'Label',
  // Retry / Catch
  'Retry',
  'Catch',
  'ErrorEquals',
  'IntervalSeconds',
  'MaxAttempts',
  'BackoffRate',
  'MaxDelaySeconds',
  'JitterStrategy',
];

/** Choice rule comparison operators (JSONPath Choice). */
export const CHOICE_OPERATORS = [
  'StringEquals',
  'StringEqualsPath',
  'StringLessThan',
  'StringLessThanPath',
  'StringGreaterThan',
  'StringGreaterThanPath',
  'StringLessThanEquals',
  'StringLessThanEqualsPath',
  'StringGreaterThanEquals',
  'StringGreaterThanEqualsPath',
  'StringMatches',
  'NumericEquals',
  'NumericEqualsPath',
  'NumericLessThan',
  'NumericLessThanPath',
  'NumericGreaterThan',
  'NumericGreaterThanPath',
  'NumericLessThanEquals',
  'NumericLessThanEqualsPath',
  'NumericGreaterThanEquals',
  'NumericGreaterThanEqualsPath',
  'BooleanEquals',
  'BooleanEqualsPath',
  'TimestampEquals',
  'TimestampEqualsPath',
  'TimestampLessThan',
  'TimestampLessThanPath',
  'TimestampGreaterThan',
  'TimestampGreaterThanPath',
  'TimestampLessThanEquals',
  'TimestampLessThanEqualsPath',
  'TimestampGreaterThanEquals',
  'TimestampGreaterThanEqualsPath',
  'IsNull',
  'IsPresent',
  'IsNumeric',
  'IsString',
  'IsBoolean',
  'IsTimestamp',
];

export const STATE_TYPES = ['Pass', 'Task', 'Choice', 'Wait', 'Succeed', 'Fail', 'Parallel', 'Map'];

/** Fields whose object value is user data (keys are not ASL fields). */
export const PAYLOAD_FIELDS = [
  'Parameters',
  'Result',
  'ResultSelector',
  'ItemSelector',
  'Arguments',
  'Output',
  'Assign',
  'Credentials',
  'BatchInput',
];

/** Fields whose string value names a state. */
export const STATE_REFERENCE_FIELDS = ['Next', 'StartAt', 'Default'];

/** Enum values of ASL fields (QueryLanguage, ProcessorConfig, ItemReader, Retry, ...). */
export const ENUM_VALUES = [
  'JSONPath',
  'JSONata',
  'INLINE',
  'DISTRIBUTED',
  'STANDARD',
  'EXPRESS',
  'FULL',
  'NONE',
  'CSV',
  'JSON',
  'JSONL',
  'MANIFEST',
  'PARQUET',
  'FIRST_ROW',
  'GIVEN',
  'COMMA',
  'PIPE',
  'SEMICOLON',
  'TAB',
  'SPACE',
  'JSON_MERGE',
  'COMPACT',
  'FLATTEN',
  'ATHENA_DATA_CATALOG',
  'EXCEPTION',
];

export const ERROR_NAMES = [
  'ALL',
  'DataLimitExceeded',
  'ExceedToleratedFailureThreshold',
  'HeartbeatTimeout',
  'Http.Socket',
  'IntrinsicFailure',
  'ItemReaderFailed',
  'NoChoiceMatched',
  'ParameterPathFailure',
  'Permissions',
  'QueryEvaluationError',
  'ResultPathMatchFailure',
  'ResultWriterFailed',
  'Runtime',
  'TaskFailed',
  'Timeout',
  'BranchFailed',
];

export const words = (list) => list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

/**
 * Repository entries for expressions inside one kind of string (a "context"): JSON double-quoted,
 * YAML double-quoted, single-quoted or plain. Entry names get the context's suffix. `stop` is a
 * lookahead that ends any open region at the enclosing string's end (so an unclosed `(` or `{%`
 * never runs past the string); `escapes` are the host string's escape patterns; `quote` is how a
 * single quote is written inside this host string; `backslashEscaped` says the host string escapes
 * backslashes (JSON, YAML double-quoted), so an intrinsic \' is written \\' there.
 */
export function expressionRepository({ suffix, stop, escapes = [], quote = "'", backslashEscaped = false }) {
  const s = suffix;
  const q = quote;
  return {
    [`jsonpath${s}`]: {
      comment:
        'A JSONPath / reference path: $, $$ (context object), $var (workflow variable), then .field, [n], [*], [?(...)]',
      patterns: [
        { match: String.raw`\$\$`, name: 'variable.language.context.asl' },
        {
          match: String.raw`(\$)([A-Za-z_][A-Za-z0-9_]*)?`,
          captures: { 1: { name: 'variable.language.root.asl' }, 2: { name: 'variable.other.workflow.asl' } },
        },
        {
          match: String.raw`(\.\.?)([^.\[\]\s"',()$#]+)?`,
          captures: { 1: { name: 'punctuation.accessor.asl' }, 2: { name: 'variable.other.member.asl' } },
        },
        { include: `#jsonpath-brackets${s}` },
      ],
    },
    [`jsonpath-brackets${s}`]: {
      begin: String.raw`\[`,
      end: String.raw`(\])|` + stop,
      beginCaptures: { 0: { name: 'punctuation.definition.brackets.begin.asl' } },
      endCaptures: { 1: { name: 'punctuation.definition.brackets.end.asl' } },
      patterns: [
        { match: String.raw`\*`, name: 'keyword.operator.wildcard.asl' },
        { match: String.raw`-?\d+`, name: 'constant.numeric.asl' },
        { match: String.raw`\?|@`, name: 'keyword.operator.filter.asl' },
        { match: String.raw`==|!=|<=|>=|<|>|&&|\|\||:`, name: 'keyword.operator.asl' },
        { match: `${q}(?:(?!${q}).)*${q}`, name: 'string.quoted.single.asl' },
        { match: String.raw`\b(?:true|false|null)\b`, name: 'constant.language.asl' },
        { include: `#jsonpath${s}` },
        ...escapes,
      ],
    },
    [`intrinsic-call${s}`]: {
      comment: 'States.Format(...) and friends; arguments are literals, paths or nested calls',
      begin: String.raw`\b(States)(\.)([A-Za-z][A-Za-z0-9]*)\s*(\()`,
      beginCaptures: {
        1: { name: 'support.class.intrinsic.asl' },
        2: { name: 'punctuation.accessor.asl' },
        3: { name: 'support.function.intrinsic.asl' },
        4: { name: 'punctuation.definition.arguments.begin.asl' },
      },
      end: String.raw`(\))|` + stop,
      endCaptures: { 1: { name: 'punctuation.definition.arguments.end.asl' } },
      name: 'meta.function-call.intrinsic.asl',
      patterns: [
        { include: `#intrinsic-call${s}` },
        { include: `#intrinsic-string${s}` },
        { match: ',', name: 'punctuation.separator.arguments.asl' },
        { match: String.raw`-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?`, name: 'constant.numeric.asl' },
        { match: String.raw`\b(?:true|false|null)\b`, name: 'constant.language.asl' },
        { include: `#jsonpath${s}` },
        ...escapes,
      ],
    },
    [`intrinsic-string${s}`]: {
      comment: "An intrinsic string literal; \\' \\{ \\} \\\\ are its escapes, {} a States.Format placeholder",
      begin: q,
      end: String.raw`(${q})|` + stop,
      name: 'string.quoted.single.asl',
      beginCaptures: { 0: { name: 'punctuation.definition.string.begin.asl' } },
      endCaptures: { 1: { name: 'punctuation.definition.string.end.asl' } },
      patterns: [
        {
          match: backslashEscaped ? String.raw`\\\\(?:\\\\|[{}'])` : String.raw`\\[\\{}']`,
          name: 'constant.character.escape.asl',
        },
        { match: String.raw`\{\}`, name: 'constant.other.placeholder.asl' },
        ...escapes,
      ],
    },
    [`jsonata${s}`]: {
      begin: String.raw`\{%`,
      end: String.raw`(%\})|` + stop,
      beginCaptures: { 0: { name: 'punctuation.section.embedded.begin.jsonata' } },
      endCaptures: { 1: { name: 'punctuation.section.embedded.end.jsonata' } },
      name: 'meta.embedded.expression.jsonata',
      contentName: 'source.jsonata',
      patterns: [
        { begin: String.raw`/\*`, end: String.raw`(\*/)|` + stop, name: 'comment.block.jsonata' },
        { match: `${q}(?:[^${q.slice(0, 1)}\\\\]|\\\\.)*${q}`, name: 'string.quoted.single.jsonata' },
        { match: String.raw`\\"(?:[^"\\]|\\[^"])*\\"`, name: 'string.quoted.double.jsonata' },
        { include: '#jsonata-tokens' },
        ...escapes,
      ],
    },
  };
}

/** Context-free JSONata tokens (no strings: their quoting depends on the host string). */
export function jsonataTokens() {
  return {
    patterns: [
      { match: String.raw`\$states\b`, name: 'variable.language.states.jsonata' },
      { match: String.raw`(\$[A-Za-z_][A-Za-z0-9_]*)\s*(?=\()`, captures: { 1: { name: 'support.function.jsonata' } } },
      { match: String.raw`\$\$|\$(?![A-Za-z_])`, name: 'variable.language.context.jsonata' },
      { match: String.raw`\$[A-Za-z_][A-Za-z0-9_]*`, name: 'variable.other.jsonata' },
      { match: String.raw`\bfunction\b`, name: 'storage.type.function.jsonata' },
      { match: String.raw`\b(?:and|or|in)\b`, name: 'keyword.operator.logical.jsonata' },
      { match: String.raw`\b(?:true|false|null)\b`, name: 'constant.language.jsonata' },
      { match: String.raw`\b\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\b`, name: 'constant.numeric.jsonata' },
      { match: '`[^`]*`', name: 'variable.other.member.jsonata' },
      { match: ':=', name: 'keyword.operator.assignment.jsonata' },
      { match: String.raw`~>|!=|<=|>=|\.\.|[-+*/%&=<>?:!^|@#]`, name: 'keyword.operator.jsonata' },
      { match: String.raw`[A-Za-z_][A-Za-z0-9_]*`, name: 'variable.other.member.jsonata' },
      { match: '[.,;]', name: 'punctuation.separator.jsonata' },
      { match: String.raw`[()\[\]{}]`, name: 'punctuation.section.jsonata' },
    ],
  };
}
