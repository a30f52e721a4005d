/*
 * transition-out-of-scope: a transition naming a state that exists, but in another machine: out of
 * a Parallel branch or Map processor, into one, or across branches. Transitions stay in their scope.
 */
import type { AslMachine, Transition } from '../../../asl/types';
import type { DiagnosticRule } from '../context';
import { MESSAGES } from '../messages';

export function* transitionsOf(machine: AslMachine): Generator<Transition> {
  if (machine.startAt) yield machine.startAt;
  for (const state of machine.states) yield* state.transitions;
}

export const transitionOutOfScopeRule: DiagnosticRule = {
  codes: ['transition-out-of-scope'],
  check(ctx) {
    for (const machine of ctx.doc.allMachines) {
      const names = ctx.index.byMachine.get(machine);
      if (!names) continue;
      for (const t of transitionsOf(machine)) {
        if (names.has(t.target)) continue;
        const other = ctx.index.everywhere.get(t.target)?.[0];
        if (!other) continue;
        ctx.report('transition-out-of-scope', t.span, MESSAGES.transitionOutOfScope(t.target, describeMachine(other.machine)), {
          data: { target: t.target, machine: other.machine.id },
        });
      }
    }
  },
};

function describeMachine(machine: AslMachine): string {
  const owner = machine.owner;
  if (!owner) return 'the top-level machine';
  if (owner.kind === 'Branch') return `branch ${(owner.index ?? 0) + 1} of "${owner.state.name}"`;
  return `the ${owner.kind} of "${owner.state.name}"`;
}
