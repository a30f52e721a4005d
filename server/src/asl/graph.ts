/*
 * The state graph of one machine: lookups, successors, reachability, references and the states
 * from which the machine can terminate. Edges stay inside their machine (no jumps across scopes).
 * Linear time; no syntax knowledge beyond the model in types.ts.
 */
import type { AslDocument, AslMachine, AslState, Transition } from './types';

/** The state named `name` in `machine` (first one when duplicated). */
export function findState(machine: AslMachine | undefined, name: string): AslState | undefined {
  return machine?.stateByName.get(name);
}

/** The states a state may transition to, in transition order, without duplicates; same machine only. */
export function successors(state: AslState): AslState[] {
  const out: AslState[] = [];
  const seen = state.transitions.length > 8 ? new Set<AslState>() : undefined;
  for (const t of state.transitions) {
    const target = state.machine.stateByName.get(t.target);
    if (target === undefined || (seen !== undefined ? seen.has(target) : out.includes(target))) continue;
    seen?.add(target);
    out.push(target);
  }
  return out;
}

/** States reachable from the machine's StartAt (empty when StartAt is missing or unknown). */
export function reachableStates(machine: AslMachine): Set<AslState> {
  const seen = new Set<AslState>();
  const start = machine.startAt === undefined ? undefined : machine.stateByName.get(machine.startAt.target);
  if (start === undefined) return seen;
  const queue: AslState[] = [start];
  seen.add(start);
  for (let i = 0; i < queue.length; i++) {
    for (const next of successors(queue[i])) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
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

/** True for states that end the machine: `End: true`, Succeed, Fail. */
export function isTerminal(state: AslState): boolean {
  return state.isEnd || state.type === 'Succeed' || state.type === 'Fail';
}

/** States from which a terminal state (End/Succeed/Fail) is reachable, terminal states included. */
export function canReachTerminal(machine: AslMachine): Set<AslState> {
  const predecessors = new Map<AslState, AslState[]>();
  for (const s of machine.states) {
    for (const next of successors(s)) {
      const list = predecessors.get(next);
      if (list === undefined) predecessors.set(next, [s]);
      else list.push(s);
    }
  }
  const ok = new Set<AslState>();
  const queue: AslState[] = [];
  for (const s of machine.states) {
    if (isTerminal(s) && !ok.has(s)) {
      ok.add(s);
      queue.push(s);
    }
  }
  for (let i = 0; i < queue.length; i++) {
    for (const p of predecessors.get(queue[i]) ?? []) {
      if (!ok.has(p)) {
        ok.add(p);
        queue.push(p);
      }
    }
  }
  return ok;
}
