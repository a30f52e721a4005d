/*
 * Workflow-variable flow, the one analysis: which names an `Assign` can have set on some path from
 * its machine's StartAt to a state (the values the state sees at entry), for completion, hover and
 * the undefined-variable rule alike. Outer scopes are visible in Parallel branches and inline Map
 * iterations, not in distributed Map children. Linear per query (typed arrays, graph cached per
 * machine object, i.e. per parsed document version); reachability comes from graph.ts. No LSP.
 */
import { getPropertyValue, stringValue } from './nodes';
import { reachableStates } from './graph';
import type { AslDocument, AslMachine, AslNode, AslState, Transition } from './types';

/** The variable an Assign key sets: the key without a trailing `.$`. */
export function variableName(key: string): string {
  return key.endsWith('.$') ? key.slice(0, -2) : key;
}

/** Names set by an Assign object: its keys, without a trailing `.$`. */
export function assignedNames(node: AslNode | undefined): string[] {
  if (node === undefined || node.kind !== 'object') return [];
  const out: string[] = [];
  for (const p of node.properties) {
    const k = variableName(p.key);
    if (k !== '') out.push(k);
  }
  return out;
}

/**
 * Names assigned when `t` is taken: the state's Assign on Next/Default, the rule's Assign (and,
 * permissively, the state's) on a Choice rule, only the catcher's Assign on a Catch edge.
 */
export function namesOnTransition(state: AslState, t: Transition): string[] {
  const own = t.kind === 'Catch' ? [] : assignedNames(getPropertyValue(state.node, 'Assign'));
  if (t.kind !== 'Choice' && t.kind !== 'Catch') return own;
  const list = getPropertyValue(state.node, t.kind === 'Choice' ? 'Choices' : 'Catch');
  const item = list !== undefined && list.kind === 'array' && t.index !== undefined ? list.items[t.index] : undefined;
  const local = assignedNames(getPropertyValue(item, 'Assign'));
  return own.length === 0 ? local : [...local, ...own];
}

/** The transition graph of one machine over state indices (compressed adjacency lists). */
interface Graph {
  readonly states: readonly AslState[];
  readonly edgeFrom: Int32Array;
  readonly edgeTo: Int32Array;
  readonly transitions: readonly Transition[];
  /** Edges leaving / entering state i: succ[succStart[i] .. succStart[i+1]) are edge ids. */
  readonly succStart: Int32Array;
  readonly succ: Int32Array;
  readonly predStart: Int32Array;
  readonly pred: Int32Array;
  /** 1 when the state is reachable from StartAt. */
  readonly forward: Uint8Array;
  /** Names assigned per edge, computed on first use. */
  readonly names: (readonly string[] | undefined)[];
}

const graphs = new WeakMap<AslMachine, Graph>();

function graphOf(machine: AslMachine): Graph {
  let g = graphs.get(machine);
  if (g === undefined) graphs.set(machine, (g = buildGraph(machine)));
  return g;
}

function buildGraph(machine: AslMachine): Graph {
  const states = machine.states;
  const from: number[] = [];
  const to: number[] = [];
  const transitions: Transition[] = [];
  for (let i = 0; i < states.length; i++) {
    for (const t of states[i].transitions) {
      if (t.resolved === undefined) continue;
      from.push(i);
      to.push(t.resolved.ordinal);
      transitions.push(t);
    }
  }
  const edgeFrom = Int32Array.from(from);
  const edgeTo = Int32Array.from(to);
  const [succStart, succ] = adjacency(states.length, edgeFrom);
  const [predStart, pred] = adjacency(states.length, edgeTo);
  const reachable = reachableStates(machine);
  const forward = Uint8Array.from(states, (s) => (reachable.has(s) ? 1 : 0));
  return {
    states,
    edgeFrom,
    edgeTo,
    transitions,
    succStart,
    succ,
    predStart,
    pred,
    forward,
    names: new Array(transitions.length),
  };
}

/** CSR adjacency: for each state, the ids of the edges whose `key` end is that state. */
function adjacency(n: number, key: Int32Array): [Int32Array, Int32Array] {
  const start = new Int32Array(n + 1);
  for (let e = 0; e < key.length; e++) start[key[e] + 1]++;
  for (let i = 0; i < n; i++) start[i + 1] += start[i];
  const fill = start.slice(0, n);
  const list = new Int32Array(key.length);
  for (let e = 0; e < key.length; e++) list[fill[key[e]]++] = e;
  return [start, list];
}

/** Marks every state reachable from `seed` following the edges in (start, list), `other` giving the far end. */
function walk(seed: number, mark: Uint8Array, start: Int32Array, list: Int32Array, other: Int32Array): void {
  const stack = [seed];
  mark[seed] = 1;
  while (stack.length > 0) {
    const s = stack.pop()!;
    for (let k = start[s]; k < start[s + 1]; k++) {
      const n = other[list[k]];
      if (mark[n] === 0) {
        mark[n] = 1;
        stack.push(n);
      }
    }
  }
}

function edgeNames(g: Graph, e: number): readonly string[] {
  let names = g.names[e];
  if (names === undefined) g.names[e] = names = namesOnTransition(g.states[g.edgeFrom[e]], g.transitions[e]);
  return names;
}

/** True when the Map state owning `machine` runs it as distributed child executions. */
export function isDistributedProcessor(machine: AslMachine): boolean {
  if (machine.owner?.kind !== 'ItemProcessor') return false;
  return stringValue(getPropertyValue(getPropertyValue(machine.node, 'ProcessorConfig'), 'Mode')) === 'DISTRIBUTED';
}

/**
 * The state whose scope encloses `machine`'s, when the machine can read outer variables (or always,
 * `acrossDistributed`).
 */
function outerState(machine: AslMachine, acrossDistributed = false): AslState | undefined {
  if (machine.owner === undefined || (!acrossDistributed && isDistributedProcessor(machine))) return undefined;
  return machine.owner.state;
}

/**
 * Variables visible at the entry of `state`: assigned on some path StartAt → … → state of its machine,
 * plus those visible at the entry of enclosing Parallel / inline Map states. O(states + transitions) per level.
 */
export function variablesAt(asl: AslDocument, state: AslState): Set<string> {
  const out = new Set<string>();
  if (!asl.text.includes('Assign')) return out;
  let current: AslState | undefined = state;
  for (let depth = 0; current !== undefined && depth < 1000; depth++) {
    addMachineVariables(current, out);
    current = outerState(current.machine);
  }
  return out;
}

/** True when some state of the machine, one of its Choice rules or catchers has an Assign. */
function assignsAnything(machine: AslMachine): boolean {
  let found = assignFlags.get(machine);
  if (found === undefined) {
    found = machine.states.some(
      (s) => getPropertyValue(s.node, 'Assign') !== undefined || itemsAssign(s, 'Choices') || itemsAssign(s, 'Catch'),
    );
    assignFlags.set(machine, found);
  }
  return found;
}

const assignFlags = new WeakMap<AslMachine, boolean>();

function itemsAssign(state: AslState, key: string): boolean {
  const list = getPropertyValue(state.node, key);
  return (
    list !== undefined && list.kind === 'array' && list.items.some((i) => getPropertyValue(i, 'Assign') !== undefined)
  );
}

function addMachineVariables(state: AslState, out: Set<string>): void {
  if (!assignsAnything(state.machine)) return;
  const g = graphOf(state.machine);
  const i = g.states.indexOf(state);
  if (i < 0) return;
  const reaches = new Uint8Array(g.states.length);
  walk(i, reaches, g.predStart, g.pred, g.edgeFrom);
  for (let e = 0; e < g.edgeFrom.length; e++) {
    if (g.forward[g.edgeFrom[e]] === 1 && reaches[g.edgeTo[e]] === 1) for (const n of edgeNames(g, e)) out.add(n);
  }
}

/**
 * Bulk form for validators: `mayBeSet(state, name)` answers whether `name` can be set at the entry of
 * `state`. Each (machine, name) pair costs one linear pass, computed on first use and cached.
 */
export class VariableAnalysis {
  private readonly reach = new Map<AslMachine, Map<string, Uint8Array>>();
  private readonly positions = new Map<AslMachine, Map<AslState, number>>();

  /** `acrossDistributed`: also look past distributed Map boundaries (to explain why a name is not visible). */
  mayBeSet(state: AslState, name: string, acrossDistributed = false): boolean {
    let current: AslState | undefined = state;
    for (let depth = 0; current !== undefined && depth < 1000; depth++) {
      if (assignsAnything(current.machine) && this.setAtEntry(current, name)) return true;
      current = outerState(current.machine, acrossDistributed);
    }
    return false;
  }

  private setAtEntry(state: AslState, name: string): boolean {
    const i = this.positionOf(state);
    return i >= 0 && this.reachOf(state.machine, graphOf(state.machine), name)[i] === 1;
  }

  private positionOf(state: AslState): number {
    let map = this.positions.get(state.machine);
    if (map === undefined) {
      map = new Map();
      state.machine.states.forEach((s, i) => map!.set(s, i));
      this.positions.set(state.machine, map);
    }
    return map.get(state) ?? -1;
  }

  private reachOf(machine: AslMachine, g: Graph, name: string): Uint8Array {
    let byName = this.reach.get(machine);
    if (byName === undefined) this.reach.set(machine, (byName = new Map()));
    let mark = byName.get(name);
    if (mark === undefined) {
      mark = new Uint8Array(g.states.length);
      for (let e = 0; e < g.edgeFrom.length; e++) {
        const to = g.edgeTo[e];
        if (mark[to] === 0 && g.forward[g.edgeFrom[e]] === 1 && edgeNames(g, e).includes(name))
          walk(to, mark, g.succStart, g.succ, g.edgeTo);
      }
      byName.set(name, mark);
    }
    return mark;
  }
}
