/*
 * What state name sits at an offset: a state's key (declaration) or a transition (reference), and the
 * state machine both belong to. Shared by definition, references, highlights and rename. Pure.
 */
import type { AslDocument, AslMachine, AslState, Span, Transition } from '../../asl/types';

export type StateSymbol =
  | { readonly kind: 'declaration'; readonly name: string; readonly machine: AslMachine; readonly state: AslState }
  | {
      readonly kind: 'reference';
      readonly name: string;
      readonly machine: AslMachine;
      readonly transition: Transition;
    };

/** True when offset is inside span, both ends included (a cursor right after a name is on it). */
export function touches(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

/** The state declaration or state reference at `offset`, if any. */
export function stateSymbolAt(asl: AslDocument, offset: number): StateSymbol | undefined {
  for (const state of asl.allStates) {
    if (touches(state.nameSpan, offset))
      return { kind: 'declaration', name: state.name, machine: state.machine, state };
  }
  for (const machine of asl.allMachines) {
    for (const transition of machineTransitions(machine)) {
      if (touches(transition.span, offset)) return { kind: 'reference', name: transition.target, machine, transition };
    }
  }
  return undefined;
}

/** StartAt plus every outgoing edge of the machine's own states (not of nested machines). */
export function machineTransitions(machine: AslMachine): Transition[] {
  const out: Transition[] = [];
  if (machine.startAt !== undefined) out.push(machine.startAt);
  for (const state of machine.states) for (const t of state.transitions) out.push(t);
  return out;
}

/** The first state of the machine named `name`. */
export function findStateIn(machine: AslMachine, name: string): AslState | undefined {
  return machine.states.find((s) => s.name === name);
}

/** The declaration and the references of the state named `name` in `machine`. */
export function occurrences(machine: AslMachine, name: string): { declaration?: AslState; references: Transition[] } {
  return {
    declaration: findStateIn(machine, name),
    references: machineTransitions(machine).filter((t) => t.target === name),
  };
}
