/*
 * The spec-driven walk: every object of the document that the spec tables describe (machines,
 * states, retriers, catchers, ProcessorConfig, ItemReader, ...), paired with its field table and
 * query language. Computed once per run; the structural rules (unknown/missing/exclusive fields,
 * types, enums, ranges, query-language fields, paths) read this list instead of walking again.
 */
import type { AslDocument, AslMachine, AslNode, AslObjectNode, AslState, QueryLanguage } from '../../../asl/types';
import { shapeSpec, stateTypeSpec } from '../../../asl/spec';
import type { FieldConstraints, FieldSpec } from '../../../asl/spec';

export interface ShapedObject {
  readonly node: AslObjectNode;
  /** 'state' for a state object, otherwise the shape name ('StateMachine', 'Retrier', ...). */
  readonly shape: string;
  readonly fields: Readonly<Record<string, FieldSpec>>;
  readonly constraints: FieldConstraints;
  readonly language: QueryLanguage;
  /** The state the object belongs to (for machines: the Parallel/Map owning it, if any). */
  readonly state?: AslState;
  /** Human wording for messages: 'a Task state', 'a retrier', 'the state machine'. */
  readonly where: string;
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
/** Nesting deeper than this (hostile documents) is not walked. */
const MAX_DEPTH = 64;

export function describeShape(shape: string): string {
  return WHERE[shape] ?? `${shape}`;
}

export function collectShapedObjects(doc: AslDocument): ShapedObject[] {
  const out: ShapedObject[] = [];
  for (const machine of doc.allMachines) {
    addMachine(machine, out);
    for (const state of machine.states) addState(state, out);
  }
  return out;
}

function machineShape(machine: AslMachine): string {
  return machine.owner ? machine.owner.kind === 'Branch' ? 'Branch' : machine.owner.kind : 'StateMachine';
}

function addMachine(machine: AslMachine, out: ShapedObject[]): void {
  const shape = machineShape(machine);
  const spec = shapeSpec(shape);
  if (!spec) return;
  const language = machine.owner ? machine.owner.state.queryLanguage : machine.queryLanguage;
  out.push({ node: machine.node, shape, fields: spec.fields, constraints: spec.constraints, language, state: machine.owner?.state, where: describeShape(shape) });
  addNested(machine.node, spec.fields, language, machine.owner?.state, out, 0);
}

function addState(state: AslState, out: ShapedObject[]): void {
  const spec = state.type !== undefined ? stateTypeSpec(state.type) : undefined;
  if (!state.node || !spec) return;
  const language = state.queryLanguage;
  out.push({ node: state.node, shape: 'state', fields: spec.fields, constraints: spec.constraints, language, state, where: `a ${spec.type} state` });
  addNested(state.node, spec.fields, language, state, out, 0);
}

function addNested(
  node: AslObjectNode,
  fields: Readonly<Record<string, FieldSpec>>,
  language: QueryLanguage,
  state: AslState | undefined,
  out: ShapedObject[],
  depth: number,
): void {
  if (depth > MAX_DEPTH) return;
  for (const prop of node.properties) {
    const field = Object.prototype.hasOwnProperty.call(fields, prop.key) ? fields[prop.key] : undefined;
    if (!field || prop.value === undefined) continue;
    if (field.shape) addShape(prop.value, field.shape, language, state, out, depth + 1);
    else if (field.itemShape && prop.value.kind === 'array') {
      for (const item of prop.value.items) addShape(item, field.itemShape, language, state, out, depth + 1);
    }
  }
}

function addShape(node: AslNode, shape: string, language: QueryLanguage, state: AslState | undefined, out: ShapedObject[], depth: number): void {
  if (node.kind !== 'object' || SKIPPED_SHAPES.has(shape)) return;
  const spec = shapeSpec(shape);
  if (!spec) return;
  out.push({ node, shape, fields: spec.fields, constraints: spec.constraints, language, state, where: describeShape(shape) });
  addNested(node, spec.fields, language, state, out, depth);
}

/** The field spec of `key` in a shaped object, if the table has it. */
export function fieldOf(obj: ShapedObject, key: string): FieldSpec | undefined {
  return Object.prototype.hasOwnProperty.call(obj.fields, key) ? obj.fields[key] : undefined;
}
