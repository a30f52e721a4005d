/*
 * AslNode tree → state machines: the top-level machine, Parallel branches and Map processors as
 * nested machines, states, transitions and effective query languages. Linear in the tree size.
 * Knows ASL structure only (field names), not JSON/YAML syntax; never throws on any tree.
 */
import { getPropertyValue, isObject, isString } from './nodes';
import type {
  AslMachine,
  AslNode,
  AslObjectNode,
  AslProperty,
  AslState,
  QueryLanguage,
  Span,
  Transition,
} from './types';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const NO_CHILDREN: readonly AslMachine[] = Object.freeze([]);
const NO_TRANSITIONS: readonly Transition[] = Object.freeze([]);

/** A state of a machine; `nameSpan` is read from its property when asked (one object less per state). */
class StateRecord implements AslState {
  type: string | undefined = undefined;
  queryLanguage: QueryLanguage;
  transitions: readonly Transition[] = NO_TRANSITIONS;
  children: readonly AslMachine[] = NO_CHILDREN;
  isEnd = false;
  constructor(
    readonly name: string,
    readonly property: AslProperty,
    readonly node: AslObjectNode | undefined,
    public machine: AslMachine,
    readonly ordinal: number,
    public index: number,
  ) {
    this.queryLanguage = machine.queryLanguage;
  }
  get nameSpan(): Span {
    return this.property.keySpan;
  }
}

interface Collected {
  readonly allStates: AslState[];
  readonly allMachines: AslMachine[];
  /** Document index of allStates[0] (0, or where a rebuilt state sits). */
  readonly base: number;
}

export interface BuiltMachines {
  readonly machine?: AslMachine;
  readonly allStates: AslState[];
  readonly allMachines: AslMachine[];
}

/** Builds every machine of a document from its root node. */
export function buildMachines(root: AslNode | undefined): BuiltMachines {
  const out = { allStates: [] as AslState[], allMachines: [] as AslMachine[], base: 0 };
  if (!isObject(root)) return out;
  const machine = buildMachine(root, 'root', 'JSONPath', undefined, out);
  return { machine, allStates: out.allStates, allMachines: out.allMachines };
}

/**
 * The machines after the value of one top-level state (`edited`, an entry of the top-level
 * `States`) was replaced and nothing else changed but offsets: that state is built again; every
 * other state, nested machine and transition is reused and moved to a new top-level machine object
 * (caches keyed by the old one do not apply). Equal to buildMachines on the same tree; the previous
 * machines are consumed.
 */
export function rebuildState(
  root: AslNode,
  previous: {
    readonly machine?: AslMachine;
    readonly allStates: readonly AslState[];
    readonly allMachines: readonly AslMachine[];
  },
  edited: AslProperty,
): BuiltMachines {
  const old = previous.machine;
  const ordinal = old === undefined ? -1 : old.states.findIndex((s) => s.property === edited);
  if (old === undefined || ordinal < 0) return buildMachines(root);
  const before = old.states[ordinal];
  const end = ordinal + 1 < old.states.length ? old.states[ordinal + 1].index : previous.allStates.length;
  const machine: Mutable<AslMachine> = { ...old };
  const out: Collected = { allStates: [], allMachines: [], base: before.index };
  const state = buildState(machine, edited, out, ordinal);
  (machine.states as AslState[])[ordinal] = state;
  for (const s of machine.states) (s as StateRecord).machine = machine;
  relink(machine, before, state);
  const allStates = replaceRange(previous.allStates, before.index, end, out.allStates);
  if (out.allStates.length !== end - before.index)
    for (let i = before.index + out.allStates.length; i < allStates.length; i++)
      (allStates[i] as StateRecord).index = i;
  const first = 1 + countChildren(previous.allStates, 0, before.index);
  const count = countChildren(previous.allStates, before.index, end);
  const allMachines = replaceRange(previous.allMachines, first, first + count, out.allMachines);
  allMachines[0] = machine;
  return { machine, allStates, allMachines };
}

/** Points StartAt, the names and every edge that named the replaced state at its new record. */
function relink(machine: Mutable<AslMachine>, before: AslState, state: AslState): void {
  const names = machine.stateByName as Map<string, AslState>;
  if (names.get(state.name) === before) names.set(state.name, state);
  if (machine.startAt?.resolved === before) machine.startAt = { ...machine.startAt, resolved: state };
  for (const s of machine.states) {
    const transitions = s.transitions;
    for (let j = 0; j < transitions.length; j++) {
      const t = transitions[j] as Mutable<Transition>;
      if (s === state) t.resolved = names.get(t.target);
      else if (t.resolved === before) t.resolved = state;
    }
  }
}

function countChildren(states: readonly AslState[], from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) count += states[i].children.length;
  return count;
}

function replaceRange<T>(list: readonly T[], from: number, to: number, items: readonly T[]): T[] {
  const out = list.slice(0, from);
  for (let i = 0; i < items.length; i++) out.push(items[i]);
  for (let i = to; i < list.length; i++) out.push(list[i]);
  return out;
}

function queryLanguageOf(node: AslNode | undefined, inherited: QueryLanguage): QueryLanguage {
  return asQueryLanguage(getPropertyValue(node, 'QueryLanguage')) ?? inherited;
}

function asQueryLanguage(value: AslNode | undefined): QueryLanguage | undefined {
  return isString(value) && (value.value === 'JSONata' || value.value === 'JSONPath') ? value.value : undefined;
}

function buildMachine(
  node: AslObjectNode,
  id: string,
  inherited: QueryLanguage,
  owner: AslMachine['owner'],
  out: Collected,
): AslMachine {
  const statesValue = getPropertyValue(node, 'States');
  const states: AslState[] = [];
  const stateByName = new Map<string, AslState>();
  const machine: Mutable<AslMachine> = {
    node,
    id,
    statesNode: isObject(statesValue) ? statesValue : undefined,
    states,
    stateByName,
    queryLanguage: queryLanguageOf(node, inherited),
    owner,
  };
  const startAt = getPropertyValue(node, 'StartAt');
  if (isString(startAt))
    machine.startAt = {
      kind: 'StartAt',
      target: startAt.value as string,
      span: startAt.span,
      node: startAt,
      resolved: undefined,
    };
  out.allMachines.push(machine);
  if (machine.statesNode === undefined) return machine;
  const props = machine.statesNode.properties;
  for (let i = 0; i < props.length; i++) {
    const state = buildState(machine, props[i], out, states.length);
    states.push(state);
    if (!stateByName.has(state.name)) stateByName.set(state.name, state);
  }
  resolveTransitions(machine);
  return machine;
}

/** Links every transition of the machine to the state it names, once, for every feature to share. */
function resolveTransitions(machine: AslMachine): void {
  const names = machine.stateByName;
  if (machine.startAt) (machine.startAt as Mutable<Transition>).resolved = names.get(machine.startAt.target);
  const states = machine.states;
  for (let i = 0; i < states.length; i++) {
    const transitions = states[i].transitions;
    for (let j = 0; j < transitions.length; j++)
      (transitions[j] as Mutable<Transition>).resolved = names.get(transitions[j].target);
  }
}

function buildState(machine: AslMachine, property: AslProperty, out: Collected, ordinal: number): AslState {
  const node = isObject(property.value) ? property.value : undefined;
  const state = new StateRecord(property.key, property, node, machine, ordinal, out.base + out.allStates.length);
  out.allStates.push(state);
  if (node !== undefined) readFields(state, node, out);
  return state;
}

/** Scratch list of one state's edges while its fields are read (copied out at exact size). */
const EDGES: Transition[] = [];

/** One pass over a state's fields: Type, End, QueryLanguage (first occurrence wins), edges, children. */
function readFields(state: StateRecord, node: AslObjectNode, out: Collected): void {
  let seenType = false;
  let seenEnd = false;
  let seenLanguage = false;
  let nested: AslProperty[] | undefined;
  const edges = EDGES;
  edges.length = 0;
  const props = node.properties;
  for (let i = 0; i < props.length; i++) {
    const prop = props[i];
    const key = prop.key;
    const value = prop.value;
    if (key === 'Type') {
      if (!seenType && isString(value)) state.type = value.value as string;
      seenType = true;
    } else if (key === 'End') {
      if (!seenEnd) state.isEnd = value !== undefined && value.kind === 'boolean' && value.value === true;
      seenEnd = true;
    } else if (key === 'QueryLanguage') {
      if (!seenLanguage) state.queryLanguage = asQueryLanguage(value) ?? state.machine.queryLanguage;
      seenLanguage = true;
    } else if (key === 'Next' || key === 'Default') addEdge(edges, state, key, value);
    else if (key === 'Choices' || key === 'Catch')
      addListEdges(edges, state, key === 'Choices' ? 'Choice' : 'Catch', value);
    else if (key === 'Branches' || key === 'ItemProcessor' || key === 'Iterator') (nested ??= []).push(prop);
  }
  if (edges.length > 0) state.transitions = edges.slice(); // exact size; the scratch is reused by nested states
  edges.length = 0;
  if (nested !== undefined) collectChildren(state, nested, out);
}

function addEdge(
  edges: Transition[],
  from: AslState,
  kind: Transition['kind'],
  value: AslNode | undefined,
  index?: number,
): void {
  if (!isString(value)) return;
  const t: Transition = {
    kind,
    target: value.value as string,
    span: value.span,
    node: value,
    from,
    index,
    resolved: undefined,
  };
  edges.push(t);
}

function addListEdges(edges: Transition[], from: AslState, kind: 'Choice' | 'Catch', list: AslNode | undefined): void {
  if (list === undefined || list.kind !== 'array') return;
  const items = list.items;
  for (let i = 0; i < items.length; i++) addEdge(edges, from, kind, getPropertyValue(items[i], 'Next'), i);
}

function collectChildren(state: StateRecord, props: AslProperty[], out: Collected): void {
  const prefix = state.machine.id === 'root' ? state.name : `${state.machine.id}/${state.name}`;
  const children: AslMachine[] = [];
  for (const prop of props) {
    const value = prop.value;
    if (prop.key === 'Branches' && value !== undefined && value.kind === 'array') {
      const items = value.items;
      for (let i = 0; i < items.length; i++) {
        const item = items[i];
        if (!isObject(item)) continue;
        const owner = { state, kind: 'Branch' as const, index: i };
        children.push(buildMachine(item, `${prefix}/Branches[${i}]`, state.queryLanguage, owner, out));
      }
    } else if (prop.key !== 'Branches' && isObject(value)) {
      const owner = { state, kind: prop.key as 'ItemProcessor' | 'Iterator' };
      children.push(buildMachine(value, `${prefix}/${prop.key}`, state.queryLanguage, owner, out));
    }
  }
  if (children.length > 0) state.children = children;
}
