/*
 * The spec-driven walk: every object of the document that the spec tables describe (machines,
 * states, retriers, catchers, ProcessorConfig, ItemReader, ...), paired with its field table and
 * query language. Computed once per run; the structural rules (unknown/missing/exclusive fields,
 * types, enums, ranges, query-language fields, paths) read this list instead of walking again.
 */
import type { AslMachine, AslNode, AslObjectNode, AslProperty, AslState, QueryLanguage } from '../../../asl/types';
import { fieldKinds, shapeSpec, stateTypeSpec } from '../../../asl/spec';
import type { FieldConstraints, FieldSpec, ValueKind } from '../../../asl/spec';

/** A property of a shaped object with its spec (undefined for an unknown key). */
export interface ShapedEntry {
  readonly prop: AslProperty;
  readonly field?: FieldSpec;
  /** Kinds accepted in the object's language; empty when the field is not allowed in it. */
  readonly kinds: readonly ValueKind[];
}

export interface ShapedObject {
  readonly node: AslObjectNode;
  /** 'state' for a state object, otherwise the shape name ('StateMachine', 'Retrier', ...). */
  readonly shape: string;
  /** The shape's field table, without a prototype (see fieldOf). */
  readonly fields: Readonly<Record<string, FieldSpec>>;
  readonly constraints: FieldConstraints;
  readonly language: QueryLanguage;
  /** The state the object belongs to (for machines: the Parallel/Map owning it, if any). */
  readonly state?: AslState;
  /** Human wording for messages: 'a Task state', 'a retrier', 'the state machine'. */
  readonly where: string;
  /** Accepted kinds by field name, in the object's language (see entryKinds). */
  readonly kindsByField: KindsTable;
}

/** An entry of a shaped object that one structural rule looks at. */
export interface FlaggedEntry extends ShapedEntry {
  readonly obj: ShapedObject;
}

/** The shaped objects, plus the few entries each structural rule looks at, sorted out in the same walk. */
export interface ShapedIndex {
  readonly objects: ShapedObject[];
  /** Keys the table does not know. */
  readonly unknown: FlaggedEntry[];
  /** Known keys that the object's query language does not allow. */
  readonly otherLanguage: FlaggedEntry[];
  /** String values of enumerated fields. */
  readonly enums: FlaggedEntry[];
  /** Number values of bounded fields. */
  readonly numbers: FlaggedEntry[];
  readonly deprecated: FlaggedEntry[];
}

const NO_KINDS: readonly ValueKind[] = [];
const kindsCache = new WeakMap<FieldSpec, Partial<Record<QueryLanguage, readonly ValueKind[]>>>();

/** fieldKinds, computed once per field spec and language. */
export function kindsOf(field: FieldSpec, language: QueryLanguage): readonly ValueKind[] {
  let byLanguage = kindsCache.get(field);
  if (!byLanguage) kindsCache.set(field, (byLanguage = {}));
  return (byLanguage[language] ??= fieldKinds(field, language));
}

export type KindsTable = Readonly<Record<string, readonly ValueKind[]>>;

/** The spec of a property of a shaped object; undefined for an unknown key (one lookup: `fields` has no prototype). */
export function fieldOf(obj: ShapedObject, prop: AslProperty): FieldSpec | undefined {
  return (obj.fields as Readonly<Record<string, FieldSpec | undefined>>)[prop.key];
}

const ownFieldsCache = new WeakMap<object, Readonly<Record<string, FieldSpec>>>();

/**
 * A spec field table copied into an object without a prototype, once per table: a key lookup then
 * answers both "is it a field?" and "which?" (hasOwnProperty and a load cost three times as much, and
 * the structural rules look up every key of every state several times).
 */
function ownFields(fields: Readonly<Record<string, FieldSpec>>): Readonly<Record<string, FieldSpec>> {
  let own = ownFieldsCache.get(fields);
  if (!own) {
    own = Object.assign(Object.create(null) as Record<string, FieldSpec>, fields);
    ownFieldsCache.set(fields, own);
  }
  return own;
}

/** Kinds a property of the object accepts in its language; empty for unknown keys and other-language fields. */
export function entryKinds(obj: ShapedObject, prop: AslProperty): readonly ValueKind[] {
  return fieldOf(obj, prop) ? obj.kindsByField[prop.key] : NO_KINDS;
}
const tableCache = new WeakMap<object, Partial<Record<QueryLanguage, KindsTable>>>();

/** kindsOf for every field of a table, by field name: one cache lookup per object, not per key. */
function kindsTable(fields: Readonly<Record<string, FieldSpec>>, language: QueryLanguage): KindsTable {
  let byLanguage = tableCache.get(fields);
  if (!byLanguage) tableCache.set(fields, (byLanguage = {}));
  let table = byLanguage[language];
  if (!table) {
    const built: Record<string, readonly ValueKind[]> = Object.create(null) as Record<string, readonly ValueKind[]>;
    for (const name of Object.keys(fields)) built[name] = kindsOf(fields[name], language);
    byLanguage[language] = table = built;
  }
  return table;
}

interface ShapeSpecLike {
  readonly fields: Readonly<Record<string, FieldSpec>>;
  readonly constraints: FieldConstraints;
}

function shaped(
  idx: ShapedIndex,
  node: AslObjectNode,
  shape: string,
  spec: ShapeSpecLike,
  language: QueryLanguage,
  state: AslState | undefined,
  where: string,
): ShapedObject {
  const kindsByField = kindsTable(spec.fields, language);
  const obj: ShapedObject = {
    node,
    shape,
    fields: ownFields(spec.fields),
    constraints: spec.constraints,
    language,
    state,
    where,
    kindsByField,
  };
  const props = node.properties;
  for (let i = 0; i < props.length; i++) sortOut(idx, obj, props[i], fieldOf(obj, props[i]));
  idx.objects.push(obj);
  return obj;
}

/** Files the few entries the structural rules look at; an entry object is made only for those. */
function sortOut(idx: ShapedIndex, obj: ShapedObject, prop: AslProperty, field: FieldSpec | undefined): void {
  if (!field) {
    idx.unknown.push({ obj, prop, field, kinds: NO_KINDS });
    return;
  }
  if (!field.languages.includes(obj.language)) {
    idx.otherLanguage.push({ obj, prop, field, kinds: obj.kindsByField[prop.key] });
    return;
  }
  const kind = prop.value?.kind;
  const enumerated = field.enum !== undefined && kind === 'string';
  const bounded = !enumerated && kind === 'number' && (field.minimum !== undefined || field.maximum !== undefined);
  if (!field.deprecated && !enumerated && !bounded) return;
  const entry: FlaggedEntry = { obj, prop, field, kinds: obj.kindsByField[prop.key] };
  if (field.deprecated) idx.deprecated.push(entry);
  if (enumerated) idx.enums.push(entry);
  else if (bounded) idx.numbers.push(entry);
}

/** Shapes validated by dedicated rules (choice rules) or walked as machines (branches, processors). */
const SKIPPED_SHAPES = new Set(['Branch', 'ItemProcessor', 'Iterator', 'StateMachine']);

const WHERE: Readonly<Record<string, string>> = {
  StateMachine: 'the state machine',
  Branch: 'a Parallel branch',
  ItemProcessor: 'an ItemProcessor',
  Iterator: 'an Iterator',
  Retrier: 'a retrier',
  Catcher: 'a catcher',
  ChoiceRule: 'a Choice rule',
  NestedChoiceRule: 'a nested Choice rule',
  ProcessorConfig: 'ProcessorConfig',
};
const STATE_WHERE: Record<string, string> = Object.create(null) as Record<string, string>;
/** Nesting deeper than this (hostile documents) is not walked. */
const MAX_DEPTH = 64;

export function describeShape(shape: string): string {
  return WHERE[shape] ?? `${shape}`;
}

/** The shaped objects of these machines' own objects and of these states (with what they nest). */
export function collectShapedObjects(machines: readonly AslMachine[], states: readonly AslState[]): ShapedIndex {
  const idx: ShapedIndex = { objects: [], unknown: [], otherLanguage: [], enums: [], numbers: [], deprecated: [] };
  for (let i = 0; i < machines.length; i++) addMachine(machines[i], idx);
  for (let i = 0; i < states.length; i++) addState(states[i], idx);
  return idx;
}

function machineShape(machine: AslMachine): string {
  if (!machine.owner) return 'StateMachine';
  return machine.owner.kind === 'Branch' ? 'Branch' : machine.owner.kind;
}

function addMachine(machine: AslMachine, out: ShapedIndex): void {
  const shape = machineShape(machine);
  const spec = shapeSpec(shape);
  if (!spec) return;
  const language = machine.owner ? machine.owner.state.queryLanguage : machine.queryLanguage;
  addNested(shaped(out, machine.node, shape, spec, language, machine.owner?.state, describeShape(shape)), out, 0);
}

function addState(state: AslState, out: ShapedIndex): void {
  const spec = state.type !== undefined ? stateTypeSpec(state.type) : undefined;
  if (!state.node || !spec) return;
  const language = state.queryLanguage;
  addNested(
    shaped(out, state.node, 'state', spec, language, state, (STATE_WHERE[spec.type] ??= `a ${spec.type} state`)),
    out,
    0,
  );
}

function addNested(obj: ShapedObject, out: ShapedIndex, depth: number): void {
  if (depth > MAX_DEPTH) return;
  const props = obj.node.properties;
  for (let i = 0; i < props.length; i++) {
    const prop = props[i];
    const field = fieldOf(obj, prop);
    if (!field || prop.value === undefined) continue;
    if (field.shape) addShape(prop.value, field.shape, obj.language, obj.state, out, depth + 1);
    else if (field.itemShape && prop.value.kind === 'array') {
      const items = prop.value.items;
      for (let j = 0; j < items.length; j++)
        addShape(items[j], field.itemShape, obj.language, obj.state, out, depth + 1);
    }
  }
}

function addShape(
  node: AslNode,
  shape: string,
  language: QueryLanguage,
  state: AslState | undefined,
  out: ShapedIndex,
  depth: number,
): void {
  if (node.kind !== 'object' || SKIPPED_SHAPES.has(shape)) return;
  const spec = shapeSpec(shape);
  if (!spec) return;
  addNested(shaped(out, node, shape, spec, language, state, describeShape(shape)), out, depth);
}
