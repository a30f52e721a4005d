/*
 * Name lookups over the whole document, computed once per diagnostics run: the states of each
 * machine by name, and every state carrying a given name anywhere in the document.
 */
import type { AslDocument, AslMachine, AslState } from '../../../asl/types';

export interface StateIndex {
  /** Per machine: name -> first state of that name. */
  readonly byMachine: ReadonlyMap<AslMachine, ReadonlyMap<string, AslState>>;
  /** Name -> every state of that name, in document order, all machines included. */
  readonly everywhere: ReadonlyMap<string, readonly AslState[]>;
}

export function buildStateIndex(doc: AslDocument): StateIndex {
  const byMachine = new Map<AslMachine, Map<string, AslState>>();
  for (const machine of doc.allMachines) {
    const names = new Map<string, AslState>();
    for (const state of machine.states) if (!names.has(state.name)) names.set(state.name, state);
    byMachine.set(machine, names);
  }
  const everywhere = new Map<string, AslState[]>();
  for (const state of doc.allStates) {
    const list = everywhere.get(state.name);
    if (list) list.push(state);
    else everywhere.set(state.name, [state]);
  }
  return { byMachine, everywhere };
}

/** The state a transition of `machine` names, if it exists in that machine. */
export function resolve(index: StateIndex, machine: AslMachine, name: string): AslState | undefined {
  return index.byMachine.get(machine)?.get(name);
}
