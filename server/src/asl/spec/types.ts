/*
 * Shapes of the ASL facts kept as data in this folder (state types, fields, errors, functions).
 * The tables are read by the validator, completion, hover, the interpreter and the CLI.
 * Pure data: no parsing, no LSP, no I/O.
 */
import type { QueryLanguage } from '../types';

export type StateType = 'Pass' | 'Task' | 'Choice' | 'Wait' | 'Succeed' | 'Fail' | 'Parallel' | 'Map';

/**
 * What a field's value must be.
 * - 'stateName': a string naming a state of the same machine.
 * - 'path': a JSONPath (full syntax: filters, wildcards) or null; 'referencePath': a reference path only.
 * - 'payloadTemplate': an object whose `.$` keys hold paths or intrinsic calls (JSONPath mode).
 * - 'jsonata': a string that must be a whole `{% ... %}` expression.
 * - 'intrinsic': an intrinsic function call `States.Fn(...)` (JSONPath mode; e.g. ErrorPath, CausePath).
 * - 'any': any JSON value (JSONata mode: `{% %}` strings are evaluated anywhere inside).
 * - 'object' / 'array' with a nested shape: see FieldSpec.shape / itemShape.
 */
export type ValueKind =
  | 'string'
  | 'integer'
  | 'number'
  | 'boolean'
  | 'object'
  | 'array'
  | 'any'
  | 'stateName'
  | 'path'
  | 'referencePath'
  | 'payloadTemplate'
  | 'jsonata'
  | 'intrinsic'
  | 'timestamp';

export interface FieldSpec {
  readonly name: string;
  /** Markdown shown on hover and in completion details. */
  readonly doc: string;
  /** Accepted value kinds; more than one when e.g. a number or a `{% %}` expression is allowed. */
  readonly kinds: readonly ValueKind[];
  /** Query languages in which the field is allowed. */
  readonly languages: readonly QueryLanguage[];
  /** Allowed string values (enum), when the field is an enumeration. */
  readonly enum?: readonly string[];
  /** Markdown for each enum value (hover / completion detail); keys are values of `enum`. */
  readonly enumDocs?: Readonly<Record<string, string>>;
  /** Inclusive numeric bounds, when the field is numeric. */
  readonly minimum?: number;
  readonly maximum?: number;
  /** True when the minimum is exclusive (e.g. TimeoutSeconds > 0). */
  readonly exclusiveMinimum?: boolean;
  /** Name of the nested object shape (key of OBJECT_SHAPES) for object values or array items. */
  readonly shape?: string;
  readonly itemShape?: string;
  /** True when AWS marks the field as deprecated (e.g. Map Iterator, Parameters on Map). */
  readonly deprecated?: string;
}

/** Rules over the set of fields present on an object. */
export interface FieldConstraints {
  /** Each inner list: exactly one of these must be present (per query language when languages is set). */
  readonly exactlyOneOf?: readonly ConstraintGroup[];
  /** Each inner list: at most one of these may be present. */
  readonly atMostOneOf?: readonly ConstraintGroup[];
  /** Each inner list: all of these are required. */
  readonly required?: readonly ConstraintGroup[];
}

export interface ConstraintGroup {
  readonly fields: readonly string[];
  readonly languages?: readonly QueryLanguage[];
}

export interface StateTypeSpec {
  readonly type: StateType;
  /** Markdown for hover on the Type value. */
  readonly doc: string;
  /** Every field allowed on this state type (both languages; see FieldSpec.languages). */
  readonly fields: Readonly<Record<string, FieldSpec>>;
  readonly constraints: FieldConstraints;
  /** Snippet body (VS Code snippet syntax, JSON) inserted by state completion, per language. */
  readonly snippet: Readonly<Record<QueryLanguage, string>>;
}

/** A nested object: a machine, catcher, retrier, choice rule, ProcessorConfig, ItemReader, ... */
export interface ObjectShapeSpec {
  readonly name: string;
  readonly doc: string;
  readonly fields: Readonly<Record<string, FieldSpec>>;
  readonly constraints: FieldConstraints;
}

export interface IntrinsicFunctionSpec {
  readonly name: string;
  /** E.g. "States.Format(template: string, ...values)". */
  readonly signature: string;
  readonly doc: string;
  readonly minArgs: number;
  /** Undefined for variadic. */
  readonly maxArgs?: number;
  /** Expected kind of each positional argument; the last repeats for variadic functions. */
  readonly argKinds: readonly IntrinsicValueKind[];
  /** What the function returns (checked when a call is an argument of another). */
  readonly returns: IntrinsicValueKind;
}

export type IntrinsicValueKind = 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object' | 'any';

export interface ErrorNameSpec {
  readonly name: string;
  readonly doc: string;
  /** False for States.Runtime and States.DataLimitExceeded, which States.ALL does not match. */
  readonly matchedByAll: boolean;
}

export interface JsonataFunctionSpec {
  readonly name: string;
  readonly signature: string;
  readonly doc: string;
  /** True for the functions Step Functions adds ($partition, $range, $hash, $random, $uuid, $parse). */
  readonly awsOnly: boolean;
  /** True when Step Functions forbids it ($eval). */
  readonly unavailable?: boolean;
}

/** A field of the context object ($$ in JSONPath, $states.context in JSONata). */
export interface ContextFieldSpec {
  /** Dotted path without the `$$.` prefix, e.g. 'Execution.Id'. */
  readonly path: string;
  readonly doc: string;
  /** When the field exists only in some places (e.g. 'Map.Item.Index': only in ItemSelector). */
  readonly availability?: string;
}

export interface ChoiceOperatorSpec {
  readonly name: string;
  readonly doc: string;
  /** Kind of the operand value: for *Path operators 'referencePath'. */
  readonly operand: 'string' | 'number' | 'boolean' | 'timestamp' | 'referencePath' | 'pattern';
}

/** A Task (or ItemReader / ResultWriter) Resource offered by completion, with request skeletons. */
export interface ResourceSpec {
  /** The Resource string, e.g. 'arn:aws:states:::lambda:invoke'. Patterns use UPPER_CASE placeholders. */
  readonly arn: string;
  /** Short label for completion lists, e.g. 'Lambda: invoke'. */
  readonly label: string;
  readonly doc: string;
  /** 'task': a Task state's Resource; 'itemReader' / 'resultWriter': a Distributed Map's. */
  readonly usage: 'task' | 'itemReader' | 'resultWriter';
  /** Integration pattern implied by the suffix. */
  readonly pattern: 'requestResponse' | 'sync' | 'waitForTaskToken' | 'legacy' | 'activity';
  /** True when the arn holds placeholders (e.g. aws-sdk:SERVICE:ACTION) rather than a literal value. */
  readonly isPattern?: boolean;
  /** JSONPath-mode `Parameters` skeleton. */
  readonly parameters: Readonly<Record<string, unknown>>;
  /** JSONata-mode `Arguments` skeleton. */
  readonly arguments: Readonly<Record<string, unknown>>;
}
