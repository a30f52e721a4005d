/*
 * ASL facts as data: the barrel of the spec tables plus small lookups over them.
 * Read by the validator, completion, hover, the interpreter and the CLI. Pure: no parsing, no LSP, no I/O.
 * Lookups never throw; unknown names give undefined (or an empty list).
 */
import type { QueryLanguage } from '../types';
import type {
  ContextFieldSpec,
  ErrorNameSpec,
  FieldSpec,
  IntrinsicFunctionSpec,
  JsonataFunctionSpec,
  ObjectShapeSpec,
  StateType,
  StateTypeSpec,
  ValueKind,
} from './types';
import { STATE_TYPES } from './states';
import { OBJECT_SHAPES } from './shapes';
import { INTRINSIC_FUNCTIONS } from './intrinsics';
import { ALL_ERROR_NAMES } from './errors';
import { JSONATA_FUNCTIONS } from './jsonata';
import { CONTEXT_FIELDS } from './context';

export * from './types';
export type { QueryLanguage } from '../types';
export { STATE_TYPES } from './states';
export { OBJECT_SHAPES } from './shapes';
export { INTRINSIC_FUNCTIONS, HASH_ALGORITHMS } from './intrinsics';
export { PREDEFINED_ERRORS, LAMBDA_ERRORS, ALL_ERROR_NAMES, errorMatches } from './errors';
export { JSONATA_FUNCTIONS, STATES_VARIABLE_FIELDS } from './jsonata';
export { CONTEXT_FIELDS } from './context';
export { CHOICE_OPERATORS, CHOICE_OPERATOR_NAMES } from './choiceOperators';
export { RESOURCES } from './resources';
export { DISTRIBUTED_ONLY_MAP_FIELDS } from './mapFields';
export { expandSnippet } from './snippetText';

const has = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

export function isStateType(s: unknown): s is StateType {
  return typeof s === 'string' && has(STATE_TYPES, s);
}

export function stateTypeSpec(type: string): StateTypeSpec | undefined {
  return isStateType(type) ? STATE_TYPES[type] : undefined;
}

/** The spec of `field` on state type `type` (regardless of query language), if the type allows it. */
export function stateFieldSpec(type: string, field: string): FieldSpec | undefined {
  const spec = stateTypeSpec(type);
  return spec && has(spec.fields, field) ? spec.fields[field] : undefined;
}

/** Fields of a state type allowed in a query language, in table order. */
export function allowedFields(type: string, language: QueryLanguage): FieldSpec[] {
  const spec = stateTypeSpec(type);
  return spec ? Object.values(spec.fields).filter((f) => f.languages.includes(language)) : [];
}

/** A nested object shape by name: 'StateMachine', 'Branch', 'Retrier', 'Catcher', 'ChoiceRule', ... */
export function shapeSpec(name: string): ObjectShapeSpec | undefined {
  return has(OBJECT_SHAPES, name) ? OBJECT_SHAPES[name] : undefined;
}

/** Fields of a nested shape allowed in a query language, in table order. */
export function allowedShapeFields(name: string, language: QueryLanguage): FieldSpec[] {
  const spec = shapeSpec(name);
  return spec ? Object.values(spec.fields).filter((f) => f.languages.includes(language)) : [];
}

/** The spec of `field` in shape `name`, if the shape has it. */
export function shapeFieldSpec(name: string, field: string): FieldSpec | undefined {
  const spec = shapeSpec(name);
  return spec && has(spec.fields, field) ? spec.fields[field] : undefined;
}

/** Intrinsic by full name, e.g. 'States.Format'. */
export function intrinsicSpec(name: string): IntrinsicFunctionSpec | undefined {
  return INTRINSIC_FUNCTIONS.find((f) => f.name === name);
}

/** Predefined `States.*` error or common Lambda error, by name. */
export function errorSpec(name: string): ErrorNameSpec | undefined {
  return ALL_ERROR_NAMES.find((e) => e.name === name);
}

/** JSONata function by name, with or without the leading `$` ('$sum' or 'sum'). */
export function jsonataFunctionSpec(name: string): JsonataFunctionSpec | undefined {
  const n = name.startsWith('$') ? name : `$${name}`;
  return JSONATA_FUNCTIONS.find((f) => f.name === n);
}

/** Context object field by dotted path without `$$.` (e.g. 'Execution.Id'). */
export function contextFieldSpec(path: string): ContextFieldSpec | undefined {
  return CONTEXT_FIELDS.find((f) => f.path === path);
}

const JSONPATH_KINDS: ReadonlySet<ValueKind> = new Set(['path', 'referencePath', 'payloadTemplate', 'intrinsic']);

/**
 * The value kinds a field accepts in one query language: 'jsonata' only in JSONata; paths, payload
 * templates and intrinsics only in JSONPath. Empty when the field is not allowed in that language.
 */
export function fieldKinds(field: FieldSpec, language: QueryLanguage): ValueKind[] {
  if (!field.languages.includes(language)) return [];
  return field.kinds.filter((k) => (language === 'JSONata' ? !JSONPATH_KINDS.has(k) : k !== 'jsonata'));
}
