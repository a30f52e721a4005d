/*
 * Name lookups over the whole document, computed once per diagnostics run: the states of each
 * machine by name (the model's own stateByName), and the first state carrying a name anywhere in
 * the document, with the names used more than once.
 */
import type { AslDocument, AslMachine, AslState, Transition } from '../../../asl/types';

export interface StateIndex {
  /** Name -> first state of that name, all machines included (document order). */
  readonly firstByName: ReadonlyMap<string, AslState>;
  /** Every state whose name an earlier state (in any machine) already carries, in document order. */
  readonly repeated: readonly AslState[];
}

export function buildStateIndex(doc: AslDocument): StateIndex {
  const firstByName = new Map<string, AslState>();
  const repeated: AslState[] = [];
  const all = doc.allStates;
  for (let i = 0; i < all.length; i++) {
    const state = all[i];
    if (firstByName.has(state.name)) repeated.push(state);
    else firstByName.set(state.name, state);
  }
  return { firstByName, repeated };
}

/** Calls `visit` for the StartAt of the context's machines and every transition of its states, with their machine. */
export function forEachTransition(
  ctx: { readonly machines: readonly AslMachine[]; readonly states: readonly AslState[] },
  visit: (t: Transition, machine: AslMachine) => void,
): void {
  for (const machine of ctx.machines) if (machine.startAt) visit(machine.startAt, machine);
  const states = ctx.states;
  for (let i = 0; i < states.length; i++) {
    const transitions = states[i].transitions;
    for (let j = 0; j < transitions.length; j++) visit(transitions[j], states[i].machine);
  }
}
