/*
 * Graph facts per machine, each computed in one linear pass: the states reachable from StartAt,
 * and the states from which some terminal state (End, Succeed, Fail) can be reached.
 */
import type { AslMachine, AslState } from '../../../asl/types';

/** States reachable from StartAt over Next/Default/Choices/Catch edges; undefined when StartAt is unresolved. */
export function reachableStates(machine: AslMachine): Set<AslState> | undefined {
  const start = machine.startAt?.resolved;
  if (!start) return undefined;
  const seen = new Set<AslState>([start]);
  const stack: AslState[] = [start];
  while (stack.length > 0) {
    const state = stack.pop()!;
    for (const t of state.transitions) {
      const next = t.resolved;
      if (next && !seen.has(next)) {
        seen.add(next);
        stack.push(next);
      }
    }
  }
  return seen;
}

/** True for a state that ends its machine (End: true, Succeed, Fail). */
export function isTerminal(state: AslState): boolean {
  return state.isEnd || state.type === 'Succeed' || state.type === 'Fail';
}

/**
 * States from which a terminal state can be reached. States whose outcome is unknown (no or bad
 * Type, a broken or missing transition) count as able to finish, so one mistake is reported once.
 */
export function statesThatCanFinish(machine: AslMachine): Set<AslState> {
  const incoming = new Map<AslState, AslState[]>();
  const done = new Set<AslState>();
  const stack: AslState[] = [];
  for (const state of machine.states) {
    if (isTerminal(state) || isUnknownOutcome(state)) {
      done.add(state);
      stack.push(state);
    }
    for (const t of state.transitions) {
      const next = t.resolved;
      if (!next) continue;
      const list = incoming.get(next);
      if (list) list.push(state);
      else incoming.set(next, [state]);
    }
  }
  while (stack.length > 0) {
    const state = stack.pop()!;
    const prevs = incoming.get(state);
    if (prevs === undefined) continue;
    for (const prev of prevs) {
      if (!done.has(prev)) {
        done.add(prev);
        stack.push(prev);
      }
    }
  }
  return done;
}

const KNOWN_TYPES = new Set(['Pass', 'Task', 'Choice', 'Wait', 'Succeed', 'Fail', 'Parallel', 'Map']);

function isUnknownOutcome(state: AslState): boolean {
  if (state.node === undefined || state.type === undefined || !KNOWN_TYPES.has(state.type)) return true;
  if (state.transitions.some((t) => !t.resolved)) return true;
  // A state with no way out is already reported (missing-transition, choice-rule, missing-field).
  if (state.transitions.length === 0) return true;
  return state.type !== 'Choice' && !state.transitions.some((t) => t.kind === 'Next');
}
