/*
 * Graph facts per machine, each computed in one linear pass over the model's resolved transitions
 * (typed arrays by state ordinal, no hashing): the states reachable from StartAt, and the states
 * from which some terminal state (End, Succeed, Fail) can be reached.
 */
import type { AslMachine, AslState } from '../../../asl/types';

/** A set of states of one machine. */
export interface StateSet {
  has(state: AslState): boolean;
}

class MarkedStates implements StateSet {
  constructor(
    private readonly machine: AslMachine,
    private readonly marks: Uint8Array,
  ) {}
  has(state: AslState): boolean {
    return state.machine === this.machine && this.marks[state.ordinal] === 1;
  }
}

/** States reachable from StartAt over Next/Default/Choices/Catch edges; undefined when StartAt is unresolved. */
export function reachableStates(machine: AslMachine): StateSet | undefined {
  const start = machine.startAt?.resolved;
  if (!start) return undefined;
  const states = machine.states;
  const seen = new Uint8Array(states.length);
  const stack: number[] = [start.ordinal];
  seen[start.ordinal] = 1;
  while (stack.length > 0) {
    const transitions = states[stack.pop()!].transitions;
    for (let i = 0; i < transitions.length; i++) {
      const next = transitions[i].resolved;
      if (next !== undefined && seen[next.ordinal] === 0) {
        seen[next.ordinal] = 1;
        stack.push(next.ordinal);
      }
    }
  }
  return new MarkedStates(machine, seen);
}

/** True for a state that ends its machine (End: true, Succeed, Fail). */
export function isTerminal(state: AslState): boolean {
  return state.isEnd || state.type === 'Succeed' || state.type === 'Fail';
}

/**
 * States from which a terminal state can be reached. States whose outcome is unknown (no or bad
 * Type, a broken or missing transition) count as able to finish, so one mistake is reported once.
 */
export function statesThatCanFinish(machine: AslMachine): StateSet {
  const states = machine.states;
  const n = states.length;
  /* predecessors in compressed form: pred[predStart[s] .. predStart[s + 1]) are the states with an edge to s */
  const predStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const transitions = states[i].transitions;
    for (let j = 0; j < transitions.length; j++) {
      const target = transitions[j].resolved;
      if (target !== undefined) predStart[target.ordinal + 1]++;
    }
  }
  for (let i = 0; i < n; i++) predStart[i + 1] += predStart[i];
  const fill = predStart.slice(0, n);
  const pred = new Int32Array(predStart[n]);
  for (let i = 0; i < n; i++) {
    const transitions = states[i].transitions;
    for (let j = 0; j < transitions.length; j++) {
      const target = transitions[j].resolved;
      if (target !== undefined) pred[fill[target.ordinal]++] = i;
    }
  }

  const done = new Uint8Array(n);
  const stack: number[] = [];
  for (let i = 0; i < n; i++) {
    if (isTerminal(states[i]) || isUnknownOutcome(states[i])) {
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
  return new MarkedStates(machine, done);
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
