/*
 * Every diagnostic code with its default severity, and every message text, as data.
 * Rules pick their wording here so that messages stay consistent and reviewable in one place.
 */
import type { Severity } from './types';

export const DIAGNOSTIC_CODES = {
  'json-syntax': 'error',
  'yaml-syntax': 'error',
  'duplicate-key': 'error',
  'unknown-field': 'error',
  'missing-field': 'error',
  'exclusive-fields': 'error',
  'invalid-type': 'error',
  'invalid-enum': 'error',
  'out-of-range': 'error',
  'undefined-state': 'error',
  'unreachable-state': 'error',
  'no-terminal-path': 'warning',
  'no-terminal-state': 'error',
  'duplicate-state-name': 'error',
  'state-name-too-long': 'error',
  'transition-out-of-scope': 'error',
  'missing-transition': 'error',
  'next-and-end': 'error',
  'invalid-jsonpath': 'error',
  'unquoted-filter-value': 'warning',
  'invalid-intrinsic': 'error',
  'invalid-jsonata': 'error',
  'jsonpath-field-in-jsonata': 'error',
  'jsonata-field-in-jsonpath': 'error',
  'query-language': 'error',
  'choice-rule': 'error',
  'retry-catch': 'error',
  'wait-time-field': 'error',
  'fail-error-cause': 'error',
  'heartbeat-timeout': 'error',
  'undefined-variable': 'warning',
  'invalid-variable-name': 'error',
  'processor-config': 'error',
  'payload-template': 'error',
  'deprecated-field': 'information',
  'definition-size': 'error',
} as const satisfies Record<string, Severity>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

const q = (s: string): string => JSON.stringify(s);
const list = (items: readonly string[]): string => items.map(q).join(', ');

const size = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB (${bytes.toLocaleString('en-US')} bytes)`;

export const MESSAGES = {
  definitionTooLarge: (bytes: number) =>
    `The definition is ${size(bytes)} even without white space; AWS Step Functions accepts definitions of at most 1 MB (1,048,576 bytes).`,
  definitionLargeAsWritten: (written: number, minified: number) =>
    `As written the definition is ${size(written)}, over AWS Step Functions' 1 MB limit; without white space it is ${size(minified)}: deploy it minified.`,
  duplicateKey: (key: string) => `Duplicate key ${q(key)}: only one value is kept.`,

  unknownField: (field: string, where: string) => `${q(field)} is not a field of ${where}.`,
  unknownFieldSuggest: (field: string, where: string, suggestion: string) =>
    `${q(field)} is not a field of ${where}. Did you mean ${q(suggestion)}?`,
  missingField: (field: string, where: string) => `${where} requires the field ${q(field)}.`,
  missingOneOf: (fields: readonly string[], where: string) => `${where} requires one of ${list(fields)}.`,
  exclusiveFields: (field: string, others: readonly string[]) =>
    `${q(field)} cannot be used together with ${list(others)}.`,
  invalidType: (field: string, expected: string) => `${q(field)} must be ${expected}.`,
  invalidEnum: (field: string, allowed: readonly string[]) => `${q(field)} must be one of ${list(allowed)}.`,
  outOfRange: (field: string, range: string) => `${q(field)} must be ${range}.`,

  undefinedState: (target: string) => `No state named ${q(target)} in this machine.`,
  undefinedStateSuggest: (target: string, suggestion: string) =>
    `No state named ${q(target)} in this machine. Did you mean ${q(suggestion)}?`,
  transitionOutOfScope: (target: string, where: string) =>
    `${q(target)} is a state of ${where}: a transition cannot leave or enter a Parallel branch or Map processor.`,
  unreachableState: (state: string) => `State ${q(state)} can never be reached from StartAt.`,
  noTerminalPath: (state: string) =>
    `No End, Succeed or Fail state can be reached from ${q(state)}: the execution could never finish.`,
  noTerminalState: (where: string) => `${where} has no terminal state (End: true, Succeed or Fail).`,
  duplicateStateName: (state: string) =>
    `State name ${q(state)} is already used: state names must be unique in the whole state machine, branches and processors included.`,
  stateNameTooLong: (length: number) => `State names can have at most 80 characters (this one has ${length}).`,
  stateNameEmpty: () => 'State names cannot be empty.',
  missingTransition: (state: string, type: string) => `${type} state ${q(state)} needs "Next" or "End": true.`,
  nextAndEnd: () => 'A state cannot have both "Next" and "End": true.',

  jsonPathSyntax: (detail: string) => `Invalid JSONPath: ${detail}`,
  unquotedFilterValue: (value: string) =>
    `Unquoted filter value ${q(value)}: AWS compares it as the string "${value}". Quote it to say so.`,
  notReferencePath: (field: string) =>
    `${q(field)} must be a reference path: only .name, ['name'] and [index] steps, no wildcards, filters, slices or "..".`,
  resultPathRoot: () => '"ResultPath" writes into the state input: it must start with "$" (not "$$" or a variable).',
  notAPath: (field: string) => `${q(field)} must be a path starting with "$".`,
  intrinsicSyntax: (detail: string) => `Invalid intrinsic function call: ${detail}`,
  unknownIntrinsic: (name: string) => `Unknown intrinsic function ${q(name)}.`,
  intrinsicArity: (name: string, expected: string, actual: number) => `${name} takes ${expected}, got ${actual}.`,
  intrinsicArgType: (name: string, index: number, expected: string) =>
    `Argument ${index + 1} of ${name} must be ${expected}.`,
  intrinsicFormatCount: (placeholders: number, values: number) =>
    `States.Format template has ${placeholders} {} placeholder(s) but ${values} value(s) follow it.`,
  intrinsicHashAlgorithm: (allowed: readonly string[]) => `States.Hash algorithm must be one of ${list(allowed)}.`,
  intrinsicJsonMergeDeep: () => 'States.JsonMerge supports only shallow merges: the third argument must be false.',
  intrinsicNotHere: () =>
    'Intrinsic functions are not allowed here: only in payload templates (".$" keys), ErrorPath and CausePath.',
  intrinsicNesting: () => 'Intrinsic functions can be nested at most 10 levels deep.',

  jsonataSyntax: (detail: string) => `JSONata syntax error: ${detail}`,
  jsonataRegexNotLinear: (detail: string) => `AWS accepts this, but ${detail}.`,
  jsonataNotWhole: () => 'A JSONata expression must be the whole string, written as "{% expression %}".',
  jsonataEmpty: () => 'Empty JSONata expression.',
  jsonataInJsonPath: () =>
    'JSONata expressions are only evaluated in JSONata states; in this JSONPath state the string is taken literally. Set "QueryLanguage": "JSONata".',
  jsonataRequired: (field: string) => `In a JSONata state ${q(field)} must be a "{% expression %}" string.`,
  jsonataTopLevel: (name: string) =>
    `Reference to ${q(name)} at the top level is not supported: Step Functions evaluates JSONata without a context item. Read the input as $states.input.${name}.`,
  jsonataErrorOutput: () => "$states.errorOutput is only available in a catcher's Output and Assign.",
  jsonataResult: () =>
    '$states.result is only available in the Output and Assign of a Task, Parallel or Map state (not in a catcher).',
  jsonataUnsupportedFunction: (name: string) =>
    `$${name} is not available in Step Functions (use $parse instead of $eval).`,
  jsonpathFieldInJsonata: (field: string, replacement?: string) =>
    `${q(field)} is a JSONPath field and cannot be used in a JSONata state.` +
    (replacement ? ` Use ${q(replacement)} instead.` : ''),
  jsonataFieldInJsonpath: (field: string, replacement?: string) =>
    `${q(field)} is only available in JSONata states. Set "QueryLanguage": "JSONata"` +
    (replacement ? ` or use ${q(replacement)}.` : '.'),
  queryLanguageRevert: () => 'The state machine uses JSONata: a state cannot switch back to JSONPath.',

  choiceNoOperator: () => 'A Choice rule needs exactly one comparison operator (or And, Or, Not).',
  choiceManyOperators: (ops: readonly string[]) => `A Choice rule can have only one operator, found ${list(ops)}.`,
  choiceMissingVariable: (op: string) => `${q(op)} needs a "Variable" to compare.`,
  choiceVariableWithBoolean: (op: string) => `"Variable" cannot be used with ${q(op)}.`,
  choiceOperandType: (op: string, expected: string) => `${q(op)} expects ${expected}.`,
  choiceNextRequired: () => 'Each top-level Choice rule needs a "Next".',
  choiceNextNested: () => 'Rules nested in And, Or or Not cannot have "Next".',
  choiceFieldNested: (field: string) => `${q(field)} is only allowed on a top-level Choice rule.`,
  choiceEmptyArray: (op: string) => `${q(op)} needs a non-empty array of rules.`,
  choiceNotObject: () => '"Not" takes a single rule object, not an array.',
  choiceConditionInJsonPath: () =>
    '"Condition" is only available in JSONata states; JSONPath rules use "Variable" with an operator.',
  choiceVariableInJsonata: () => 'JSONata Choice rules use "Condition" instead of "Variable" and comparison operators.',
  choiceConditionRequired: () => 'A JSONata Choice rule needs a "Condition".',
  choiceEmpty: () => '"Choices" must contain at least one rule.',
  choiceUnknownField: (field: string) => `${q(field)} is not a Choice rule field or operator.`,
  choiceUnknownFieldSuggest: (field: string, suggestion: string) =>
    `${q(field)} is not a Choice rule field or operator. Did you mean ${q(suggestion)}?`,
  choiceTimestamp: () => 'Expected an RFC 3339 timestamp such as "2016-03-14T01:59:00Z" (uppercase T, Z or an offset).',

  errorEqualsEmpty: () => '"ErrorEquals" must contain at least one error name.',
  statesAllNotAlone: () => '"States.ALL" must be the only error name in its "ErrorEquals".',
  statesAllNotLast: (what: 'retrier' | 'catcher') => `"States.ALL" must appear only in the last ${what}.`,
  unknownStatesError: (name: string) =>
    `${q(name)} is not a predefined error: names starting with "States." are reserved.`,
  backoffRate: () => '"BackoffRate" must be at least 1.0.',
  maxDelaySeconds: () => '"MaxDelaySeconds" must be a positive integer below 31622401.',
  catcherNextRequired: () => 'A catcher needs a "Next" state.',
  unreachableRetrier: (name: string) =>
    `${q(name)} is already handled by an earlier retrier or catcher; this entry can never match it.`,

  waitNoTime: () => 'A Wait state needs exactly one of "Seconds", "Timestamp", "SecondsPath" or "TimestampPath".',
  waitManyTimes: (fields: readonly string[]) => `A Wait state can have only one of ${list(fields)}.`,
  waitTimestamp: () => '"Timestamp" must be an RFC 3339 timestamp such as "2016-03-14T01:59:00Z".',
  failBoth: (a: string, b: string) => `"${a}" and "${b}" cannot be used together.`,
  heartbeatNotBelowTimeout: (heartbeat: number, timeout: number) =>
    `"HeartbeatSeconds" (${heartbeat}) must be smaller than "TimeoutSeconds" (${timeout}).`,

  undefinedVariable: (name: string) => `Variable $${name} is not assigned on any path that reaches this state.`,
  undefinedVariableDistributed: (name: string) =>
    `Variable $${name} is not visible here: a Distributed Map child workflow cannot read outer variables (pass them through ItemSelector).`,
  invalidVariableName: (name: string) =>
    `${q(name)} is not a valid variable name: use letters, digits and underscores, not starting with a digit.`,
  reservedVariableName: () => '"states" is reserved and cannot be assigned.',

  distributedOnly: (field: string) => `${q(field)} is only available when ProcessorConfig.Mode is "DISTRIBUTED".`,
  documentedForDistributed: (field: string) =>
    `${q(field)} only applies to a DISTRIBUTED Map: AWS accepts it on an INLINE Map, where a failing iteration ` +
    'still fails the Map state.',
  executionTypeRequired: () => 'A DISTRIBUTED Map needs ProcessorConfig.ExecutionType ("STANDARD" or "EXPRESS").',
  executionTypeInline: () => '"ExecutionType" only applies to DISTRIBUTED mode.',

  templateBothKeys: (key: string) => `${q(key)} and ${q(key + '.$')} cannot both be present.`,
  templateNotString: (key: string) => `The value of ${q(key)} must be a string: a path or an intrinsic function call.`,
  templateNotPath: (key: string) =>
    `The value of ${q(key)} must be a path starting with "$" or an intrinsic function call.`,

  deprecated: (field: string, replacement: string) => `${q(field)} is deprecated; use ${q(replacement)}.`,
} as const;
