/*
 * The state graph, the one implementation: lookups, successors, references, terminal states, the
 * states reachable from StartAt and the states from which the machine can finish. Used by the
 * validator (unreachable-state, no-terminal-path), the variable analysis, navigation and the
 * graph preview. Each analysis is one linear pass over the model's resolved transitions into a
 * typed array, for one machine (indexed by `ordinal`) or a whole document (indexed by `index`).
 * Edges stay inside their machine (no jumps across scopes). No syntax knowledge beyond types.ts.
 */
import type { AslDocument, AslMachine, AslState, Transition } from './types';

/** The state named `name` in `machine` (first one when duplicated). */
export function findState(machine: AslMachine | undefined, name: string): AslState | undefined {
  return machine?.stateByName.get(name);
}

/** The states a state may transition to, in transition order, without duplicates; same machine only. */
export function successors(state: AslState): AslState[] {
  const out: AslState[] = [];
  const seen = new Set<AslState>();
  for (const t of state.transitions) {
    const target = t.resolved;
    if (target === undefined || seen.has(target)) continue;
    seen.add(target);
    out.push(target);
  }
  return out;
}

/** Every transition (StartAt included) that names `state`, in its machine. */
export function referencesTo(_doc: AslDocument, state: AslState): Transition[] {
  const machine = state.machine;
  const out: Transition[] = [];
  if (machine.startAt !== undefined && machine.startAt.target === state.name) out.push(machine.startAt);
  for (const s of machine.states) {
    for (const t of s.transitions) if (t.target === state.name) out.push(t);
  }
  return out;
}

/** True for states that end their machine: `End: true`, Succeed, Fail. */
export function isTerminal(state: AslState): boolean {
  return state.isEnd || state.type === 'Succeed' || state.type === 'Fail';
}

/** True when the machine's StartAt names one of its states (reachability is then known). */
export function hasResolvedStart(machine: AslMachine): boolean {
  return machine.startAt?.resolved !== undefined;
}

/** A set of states of one machine or one document. */
export interface StateSet extends Iterable<AslState> {
  has(state: AslState): boolean;
  readonly size: number;
}

/** The states of a scope and how each is numbered within it. */
interface Scope {
  readonly states: readonly AslState[];
  readonly machines: readonly AslMachine[];
  indexOf(state: AslState): number;
}

function scopeOf(scope: AslDocument | AslMachine): Scope {
  if ('allStates' in scope) return { states: scope.allStates, machines: scope.allMachines, indexOf: (s) => s.index };
  return { states: scope.states, machines: [scope], indexOf: (s) => s.ordinal };
}

class MarkedStates implements StateSet {
  readonly size: number;
  constructor(
    private readonly scope: Scope,
    readonly marks: Uint8Array,
  ) {
    this.size = marks.reduce((n, m) => n + m, 0);
  }
  has(state: AslState): boolean {
    const i = this.scope.indexOf(state);
    return this.scope.states[i] === state && this.marks[i] === 1;
  }
  *[Symbol.iterator](): Iterator<AslState> {
    for (let i = 0; i < this.marks.length; i++) if (this.marks[i] === 1) yield this.scope.states[i];
  }
}

/**
 * The marks of a document-wide set (reachableStates / statesThatCanFinish of a document): 1 at each
 * member's `index`. With documentStateSet, an incremental run carries a set to the next version.
 */
export function marksOf(set: StateSet): Uint8Array | undefined {
  return set instanceof MarkedStates ? set.marks : undefined;
}

/** The set `marks` describe over `doc.allStates` (the marks must come from a version with the same states). */
export function documentStateSet(doc: AslDocument, marks: Uint8Array): StateSet {
  return new MarkedStates(scopeOf(doc), marks);
}

/** States reachable from their machine's StartAt over every transition kind (none without a resolved StartAt). */
export function reachableStates(of: AslDocument | AslMachine): StateSet {
  const scope = scopeOf(of);
  const seen = new Uint8Array(scope.states.length);
  const stack: AslState[] = [];
  for (const machine of scope.machines) {
    const start = machine.startAt?.resolved;
    if (start === undefined) continue;
    seen[scope.indexOf(start)] = 1;
    stack.push(start);
    while (stack.length > 0) {
      const transitions = stack.pop()!.transitions;
      /* indexed: no iterator objects while this runs unoptimized (once per graph request or keystroke) */
      for (let k = 0; k < transitions.length; k++) {
        const next = transitions[k].resolved;
        if (next === undefined || seen[scope.indexOf(next)] === 1) continue;
        seen[scope.indexOf(next)] = 1;
        stack.push(next);
      }
    }
  }
  return new MarkedStates(scope, seen);
}

/**
 * States from which a terminal state of their machine can be reached, terminal states included.
 * States whose outcome is unknown (no or bad Type, a broken or missing transition) count as able
 * to finish, so that one mistake is reported once (by the rule about that mistake).
 */
export function statesThatCanFinish(of: AslDocument | AslMachine): StateSet {
  const scope = scopeOf(of);
  const [predStart, pred] = predecessors(scope);
  const done = new Uint8Array(scope.states.length);
  const stack: number[] = [];
  scope.states.forEach((s, i) => {
    if (!isTerminal(s) && !isUnknownOutcome(s)) return;
    done[i] = 1;
    stack.push(i);
  });
  while (stack.length > 0) {
    const s = stack.pop()!;
    for (let k = predStart[s]; k < predStart[s + 1]; k++) {
      if (done[pred[k]] === 1) continue;
      done[pred[k]] = 1;
      stack.push(pred[k]);
    }
  }
  return new MarkedStates(scope, done);
}

/**
 * Predecessors in compressed form: pred[predStart[s] .. predStart[s + 1]) are the states with an edge to s.
 * Two passes over the transitions (count, then fill) and no per-edge allocation: it runs on every keystroke.
 */
function predecessors(scope: Scope): [Int32Array, Int32Array] {
  const states = scope.states;
  const n = states.length;
  const predStart = new Int32Array(n + 1);
  let edges = 0;
  for (let i = 0; i < n; i++) {
    const transitions = states[i].transitions;
    for (let k = 0; k < transitions.length; k++) {
      const target = transitions[k].resolved;
      if (target === undefined) continue;
      predStart[scope.indexOf(target) + 1]++;
      edges++;
    }
  }
  for (let i = 0; i < n; i++) predStart[i + 1] += predStart[i];
  const fill = predStart.slice(0, n);
  const pred = new Int32Array(edges);
  for (let i = 0; i < n; i++) {
    const transitions = states[i].transitions;
    for (let k = 0; k < transitions.length; k++) {
      const target = transitions[k].resolved;
      if (target !== undefined) pred[fill[scope.indexOf(target)]++] = i;
    }
  }
  return [predStart, pred];
}

const KNOWN_TYPES = new Set(['Pass', 'Task', 'Choice', 'Wait', 'Succeed', 'Fail', 'Parallel', 'Map']);

function isUnknownOutcome(state: AslState): boolean {
  if (state.node === undefined || state.type === undefined || !KNOWN_TYPES.has(state.type)) return true;
  const transitions = state.transitions;
  // A state with no way out is already reported (missing-transition, choice-rule, missing-field).
  if (transitions.length === 0) return true;
  let hasNext = false;
  for (const t of transitions) {
    if (t.resolved === undefined) return true;
    if (t.kind === 'Next') hasNext = true;
  }
  return state.type !== 'Choice' && !hasNext;
}
