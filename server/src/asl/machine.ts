/*
 * AslNode tree → state machines: the top-level machine, Parallel branches and Map processors as
 * nested machines, states, transitions and effective query languages. Linear in the tree size.
 * Knows ASL structure only (field names), not JSON/YAML syntax; never throws on any tree.
 */
import { getPropertyValue, isObject, isString } from './nodes';
import type { AslMachine, AslNode, AslObjectNode, AslProperty, AslState, QueryLanguage, Transition } from './types';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

interface Collected {
  readonly allStates: AslState[];
  readonly allMachines: AslMachine[];
}

export interface BuiltMachines {
  readonly machine?: AslMachine;
  readonly allStates: AslState[];
  readonly allMachines: AslMachine[];
}

/** Builds every machine of a document from its root node. */
export function buildMachines(root: AslNode | undefined): BuiltMachines {
  const out = { allStates: [] as AslState[], allMachines: [] as AslMachine[] };
  if (!isObject(root)) return out;
  const machine = buildMachine(root, 'root', 'JSONPath', undefined, out);
  return { machine, ...out };
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
  if (isString(startAt)) machine.startAt = { kind: 'StartAt', target: startAt.value as string, span: startAt.span, node: startAt };
  out.allMachines.push(machine);
  if (machine.statesNode === undefined) return machine;
  for (const prop of machine.statesNode.properties) {
    const state = buildState(machine, prop, out);
    states.push(state);
    if (!stateByName.has(state.name)) stateByName.set(state.name, state);
  }
  return machine;
}

function buildState(machine: AslMachine, property: AslProperty, out: Collected): AslState {
  const node = isObject(property.value) ? property.value : undefined;
  const state: Mutable<AslState> = {
    name: property.key,
    nameSpan: property.keySpan,
    property,
    node,
    type: undefined,
    machine,
    queryLanguage: machine.queryLanguage,
    transitions: [],
    children: [],
    isEnd: false,
  };
  out.allStates.push(state);
  if (node !== undefined) readFields(state, node, out);
  return state;
}

/** One pass over a state's fields: Type, End, QueryLanguage (first occurrence wins), edges, children. */
function readFields(state: Mutable<AslState>, node: AslObjectNode, out: Collected): void {
  let seenType = false;
  let seenEnd = false;
  let seenLanguage = false;
  let nested: AslProperty[] | undefined;
  for (const prop of node.properties) {
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
    } else if (key === 'Next' || key === 'Default') addEdge(state, key, value);
    else if (key === 'Choices' || key === 'Catch') addListEdges(state, key === 'Choices' ? 'Choice' : 'Catch', value);
    else if (key === 'Branches' || key === 'ItemProcessor' || key === 'Iterator') (nested ??= []).push(prop);
  }
  if (nested !== undefined) collectChildren(state, nested, out);
}

function addEdge(from: AslState, kind: Transition['kind'], value: AslNode | undefined, index?: number): void {
  if (!isString(value)) return;
  const t: Transition = index === undefined
    ? { kind, target: value.value as string, span: value.span, node: value, from }
    : { kind, target: value.value as string, span: value.span, node: value, from, index };
  (from.transitions as Transition[]).push(t);
}

function addListEdges(from: AslState, kind: 'Choice' | 'Catch', list: AslNode | undefined): void {
  if (list === undefined || list.kind !== 'array') return;
  const items = list.items;
  for (let i = 0; i < items.length; i++) addEdge(from, kind, getPropertyValue(items[i], 'Next'), i);
}

function collectChildren(state: AslState, props: AslProperty[], out: Collected): void {
  const prefix = state.machine.id === 'root' ? state.name : `${state.machine.id}/${state.name}`;
  const children = state.children as AslMachine[];
  for (const prop of props) {
    const value = prop.value;
    if (prop.key === 'Branches' && value !== undefined && value.kind === 'array') {
      value.items.forEach((item, i) => {
        if (!isObject(item)) return;
        const owner = { state, kind: 'Branch' as const, index: i };
        children.push(buildMachine(item, `${prefix}/Branches[${i}]`, state.queryLanguage, owner, out));
      });
    } else if (prop.key !== 'Branches' && isObject(value)) {
      const owner = { state, kind: prop.key as 'ItemProcessor' | 'Iterator' };
      children.push(buildMachine(value, `${prefix}/${prop.key}`, state.queryLanguage, owner, out));
    }
  }
}
