/*
 * Graph facts for every machine of a document at once, each one linear pass over the model's
 * resolved transitions into one typed array indexed by AslState.index (no hashing, no per-machine
 * allocation): the states reachable from their machine's StartAt, and the states from which some
 * terminal state (End, Succeed, Fail) can be reached.
 */
import type { AslDocument, AslMachine, AslState } from '../../../asl/types';

/** A set of states. */
export interface StateSet {
  has(state: AslState): boolean;
}

class MarkedStates implements StateSet {
  constructor(
    private readonly states: readonly AslState[],
    private readonly marks: Uint8Array,
  ) {}
  has(state: AslState): boolean {
    return this.states[state.index] === state && this.marks[state.index] === 1;
  }
}

/** States reachable from their machine's StartAt over Next/Default/Choices/Catch edges (machines without a resolved StartAt: none). */
export function reachableStates(doc: AslDocument): StateSet {
  const all = doc.allStates;
  const seen = new Uint8Array(all.length);
  const stack: AslState[] = [];
  for (const machine of doc.allMachines) {
    const start = machine.startAt?.resolved;
    if (start === undefined) continue;
    seen[start.index] = 1;
    stack.push(start);
    while (stack.length > 0) {
      const transitions = stack.pop()!.transitions;
      for (let i = 0; i < transitions.length; i++) {
        const next = transitions[i].resolved;
        if (next !== undefined && seen[next.index] === 0) {
          seen[next.index] = 1;
          stack.push(next);
        }
      }
    }
  }
  return new MarkedStates(all, seen);
}

/** True for a state that ends its machine (End: true, Succeed, Fail). */
export function isTerminal(state: AslState): boolean {
  return state.isEnd || state.type === 'Succeed' || state.type === 'Fail';
}

/**
 * States from which a terminal state of their machine can be reached. States whose outcome is
 * unknown (no or bad Type, a broken or missing transition) count as able to finish, so one mistake
 * is reported once. Transitions only link states of one machine, so one pass serves all machines.
 */
export function statesThatCanFinish(doc: AslDocument): StateSet {
  const all = doc.allStates;
  const n = all.length;
  /* predecessors in compressed form: pred[predStart[s] .. predStart[s + 1]) are the states with an edge to s */
  const predStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const transitions = all[i].transitions;
    for (let j = 0; j < transitions.length; j++) {
      const target = transitions[j].resolved;
      if (target !== undefined) predStart[target.index + 1]++;
    }
  }
  for (let i = 0; i < n; i++) predStart[i + 1] += predStart[i];
  const fill = predStart.slice(0, n);
  const pred = new Int32Array(predStart[n]);
  for (let i = 0; i < n; i++) {
    const transitions = all[i].transitions;
    for (let j = 0; j < transitions.length; j++) {
      const target = transitions[j].resolved;
      if (target !== undefined) pred[fill[target.index]++] = i;
    }
  }

  const done = new Uint8Array(n);
  const stack: number[] = [];
  for (let i = 0; i < n; i++) {
    if (isTerminal(all[i]) || isUnknownOutcome(all[i])) {
      done[i] = 1;
      stack.push(i);
    }
  }
  while (stack.length > 0) {
    const s = stack.pop()!;
    for (let k = predStart[s]; k < predStart[s + 1]; k++) {
      const prev = pred[k];
      if (done[prev] === 0) {
        done[prev] = 1;
        stack.push(prev);
      }
    }
  }
  return new MarkedStates(all, done);
}

/** True when the machine's StartAt names one of its states (reachability is then known). */
export function hasResolvedStart(machine: AslMachine): boolean {
  return machine.startAt?.resolved !== undefined;
}

const KNOWN_TYPES = new Set(['Pass', 'Task', 'Choice', 'Wait', 'Succeed', 'Fail', 'Parallel', 'Map']);

function isUnknownOutcome(state: AslState): boolean {
  if (state.node === undefined || state.type === undefined || !KNOWN_TYPES.has(state.type)) return true;
  const transitions = state.transitions;
  // A state with no way out is already reported (missing-transition, choice-rule, missing-field).
  if (transitions.length === 0) return true;
  let hasNext = false;
  for (let i = 0; i < transitions.length; i++) {
    if (transitions[i].resolved === undefined) return true;
    if (transitions[i].kind === 'Next') hasNext = true;
  }
  return state.type !== 'Choice' && !hasNext;
}
