/*
 * Workflow-variable analysis: which names an `Assign` can have set on some path from its machine's
 * StartAt to a state (the values the state sees at entry). Outer scopes are visible in Parallel
 * branches and inline Map iterations, not in distributed Map children. Linear per query; no LSP.
 */
import { getPropertyValue, stringValue } from '../asl/nodes';
import type { AslDocument, AslMachine, AslNode, AslState, Transition } from '../asl/types';

/** Names set by an Assign object: its keys, without a trailing `.$`. */
export function assignedNames(node: AslNode | undefined): string[] {
  if (node === undefined || node.kind !== 'object') return [];
  return node.properties.map((p) => (p.key.endsWith('.$') ? p.key.slice(0, -2) : p.key)).filter((k) => k !== '');
}

interface Edge {
  readonly from: AslState;
  readonly to: AslState;
  readonly transition: Transition;
}

/**
 * Names assigned when `t` is taken: the state's Assign on Next/Default, the rule's Assign (and,
 * permissively, the state's) on a Choice rule, only the catcher's Assign on a Catch edge.
 */
export function namesOnTransition(state: AslState, t: Transition): string[] {
  const own = assignedNames(getPropertyValue(state.node, 'Assign'));
  if (t.kind !== 'Choice' && t.kind !== 'Catch') return own;
  const list = getPropertyValue(state.node, t.kind === 'Choice' ? 'Choices' : 'Catch');
  const item = list !== undefined && list.kind === 'array' && t.index !== undefined ? list.items[t.index] : undefined;
  const local = assignedNames(getPropertyValue(item, 'Assign'));
  return t.kind === 'Catch' ? local : [...local, ...own];
}

function edgesOf(machine: AslMachine): Edge[] {
  const out: Edge[] = [];
  for (const from of machine.states) {
    for (const transition of from.transitions) {
      const to = machine.stateByName.get(transition.target);
      if (to !== undefined) out.push({ from, to, transition });
    }
  }
  return out;
}

/** States reachable from StartAt (following Next, Default, Choices and Catch). */
function reachableFromStart(machine: AslMachine, edges: readonly Edge[]): Set<AslState> {
  const succ = new Map<AslState, AslState[]>();
  for (const e of edges) (succ.get(e.from) ?? succ.set(e.from, []).get(e.from)!).push(e.to);
  const start = machine.startAt === undefined ? undefined : machine.stateByName.get(machine.startAt.target);
  return closure(start === undefined ? [] : [start], succ);
}

function closure(seeds: readonly AslState[], next: ReadonlyMap<AslState, readonly AslState[]>): Set<AslState> {
  const seen = new Set<AslState>(seeds);
  const stack = [...seeds];
  while (stack.length > 0) {
    const s = stack.pop()!;
    for (const n of next.get(s) ?? []) {
      if (!seen.has(n)) {
        seen.add(n);
        stack.push(n);
      }
    }
  }
  return seen;
}

/** True when the Map state owning `machine` runs it as distributed child executions. */
export function isDistributedProcessor(machine: AslMachine): boolean {
  if (machine.owner?.kind !== 'ItemProcessor') return false;
  return stringValue(getPropertyValue(getPropertyValue(machine.node, 'ProcessorConfig'), 'Mode')) === 'DISTRIBUTED';
}

/** The state whose scope encloses `machine`'s, when the machine can read outer variables. */
function outerState(machine: AslMachine): AslState | undefined {
  if (machine.owner === undefined || isDistributedProcessor(machine)) return undefined;
  return machine.owner.state;
}

/**
 * Variables visible at the entry of `state`: assigned on some path StartAt → … → state of its machine,
 * plus those visible at the entry of enclosing Parallel / inline Map states. O(states + transitions) per level.
 */
export function variablesAt(_asl: AslDocument, state: AslState): Set<string> {
  const out = new Set<string>();
  let current: AslState | undefined = state;
  for (let depth = 0; current !== undefined && depth < 1000; depth++) {
    addMachineVariables(current, out);
    current = outerState(current.machine);
  }
  return out;
}

function addMachineVariables(state: AslState, out: Set<string>): void {
  const machine = state.machine;
  const edges = edgesOf(machine);
  const forward = reachableFromStart(machine, edges);
  const pred = new Map<AslState, AslState[]>();
  for (const e of edges) (pred.get(e.to) ?? pred.set(e.to, []).get(e.to)!).push(e.from);
  const reachesState = closure([state], pred);
  for (const e of edges) {
    if (forward.has(e.from) && reachesState.has(e.to)) for (const n of namesOnTransition(e.from, e.transition)) out.add(n);
  }
}

/**
 * Bulk form for validators: `mayBeSet(state, name)` answers whether `name` can be set at the entry of
 * `state`. Each (machine, name) pair costs one linear pass, computed on first use and cached.
 */
export class VariableAnalysis {
  private readonly perMachine = new Map<AslMachine, { edges: Edge[]; forward: Set<AslState>; succ: Map<AslState, AslState[]> }>();
  private readonly reach = new Map<AslMachine, Map<string, Set<AslState>>>();

  mayBeSet(state: AslState, name: string): boolean {
    let current: AslState | undefined = state;
    for (let depth = 0; current !== undefined && depth < 1000; depth++) {
      if (this.reachOf(current.machine, name).has(current)) return true;
      current = outerState(current.machine);
    }
    return false;
  }

  private machineInfo(machine: AslMachine): { edges: Edge[]; forward: Set<AslState>; succ: Map<AslState, AslState[]> } {
    let info = this.perMachine.get(machine);
    if (info === undefined) {
      const edges = edgesOf(machine);
      const succ = new Map<AslState, AslState[]>();
      for (const e of edges) (succ.get(e.from) ?? succ.set(e.from, []).get(e.from)!).push(e.to);
      info = { edges, forward: reachableFromStart(machine, edges), succ };
      this.perMachine.set(machine, info);
    }
    return info;
  }

  private reachOf(machine: AslMachine, name: string): Set<AslState> {
    let byName = this.reach.get(machine);
    if (byName === undefined) this.reach.set(machine, (byName = new Map()));
    let set = byName.get(name);
    if (set === undefined) {
      const info = this.machineInfo(machine);
      const seeds = info.edges
        .filter((e) => info.forward.has(e.from) && namesOnTransition(e.from, e.transition).includes(name))
        .map((e) => e.to);
      set = closure(seeds, info.succ);
      byName.set(name, set);
    }
    return set;
  }
}
