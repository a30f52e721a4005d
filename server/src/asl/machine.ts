/*
 * AslNode tree → state machines: the top-level machine, Parallel branches and Map processors as
 * nested machines, states, transitions and effective query languages. Linear in the tree size.
 * Knows ASL structure only (field names), not JSON/YAML syntax; never throws on any tree.
 */
import { getPropertyValue, isObject, isString } from './nodes';
import type { AslMachine, AslNode, AslObjectNode, AslState, QueryLanguage, Transition } from './types';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

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
  const value = getPropertyValue(node, 'QueryLanguage');
  if (isString(value) && (value.value === 'JSONata' || value.value === 'JSONPath')) return value.value;
  return inherited;
}

function buildMachine(
  node: AslObjectNode,
  id: string,
  inherited: QueryLanguage,
  owner: AslMachine['owner'],
  out: { allStates: AslState[]; allMachines: AslMachine[] },
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

function buildState(
  machine: AslMachine,
  property: AslObjectNode['properties'][number],
  out: { allStates: AslState[]; allMachines: AslMachine[] },
): AslState {
  const node = isObject(property.value) ? property.value : undefined;
  const type = getPropertyValue(node, 'Type');
  const end = getPropertyValue(node, 'End');
  const transitions: Transition[] = [];
  const children: AslMachine[] = [];
  const state: AslState = {
    name: property.key,
    nameSpan: property.keySpan,
    property,
    node,
    type: isString(type) ? (type.value as string) : undefined,
    machine,
    queryLanguage: queryLanguageOf(node, machine.queryLanguage),
    transitions,
    children,
    isEnd: end !== undefined && end.kind === 'boolean' && end.value === true,
  };
  out.allStates.push(state);
  if (node === undefined) return state;
  collectTransitions(state, node, transitions);
  collectChildren(state, node, children, out);
  return state;
}

function edge(kind: Transition['kind'], value: AslNode | undefined, from: AslState, index?: number): Transition | undefined {
  if (!isString(value)) return undefined;
  const t: Transition = { kind, target: value.value as string, span: value.span, node: value, from };
  if (index !== undefined) (t as Mutable<Transition>).index = index;
  return t;
}

function collectTransitions(state: AslState, node: AslObjectNode, out: Transition[]): void {
  const push = (t: Transition | undefined): void => {
    if (t !== undefined) out.push(t);
  };
  for (const prop of node.properties) {
    if (prop.key === 'Next') push(edge('Next', prop.value, state));
    else if (prop.key === 'Default') push(edge('Default', prop.value, state));
    else if (prop.key === 'Choices' || prop.key === 'Catch') {
      const list = prop.value;
      if (list === undefined || list.kind !== 'array') continue;
      const kind = prop.key === 'Choices' ? 'Choice' : 'Catch';
      list.items.forEach((item, i) => push(edge(kind, getPropertyValue(item, 'Next'), state, i)));
    }
  }
}

function collectChildren(
  state: AslState,
  node: AslObjectNode,
  children: AslMachine[],
  out: { allStates: AslState[]; allMachines: AslMachine[] },
): void {
  const prefix = state.machine.id === 'root' ? state.name : `${state.machine.id}/${state.name}`;
  for (const prop of node.properties) {
    const value = prop.value;
    if (prop.key === 'Branches' && value !== undefined && value.kind === 'array') {
      value.items.forEach((item, i) => {
        if (!isObject(item)) return;
        const owner = { state, kind: 'Branch' as const, index: i };
        children.push(buildMachine(item, `${prefix}/Branches[${i}]`, state.queryLanguage, owner, out));
      });
    } else if ((prop.key === 'ItemProcessor' || prop.key === 'Iterator') && isObject(value)) {
      const owner = { state, kind: prop.key as 'ItemProcessor' | 'Iterator' };
      children.push(buildMachine(value, `${prefix}/${prop.key}`, state.queryLanguage, owner, out));
    }
  }
}
