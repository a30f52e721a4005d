/*
 * transition-out-of-scope: a transition naming a state that exists, but in another machine: out of
 * a Parallel branch or Map processor, into one, or across branches. Transitions stay in their scope.
 */
import type { AslMachine } from '../../../asl/types';
import { forEachTransition } from '../support/stateIndex';
import type { DiagnosticRule } from '../context';
import { MESSAGES } from '../messages';

export const transitionOutOfScopeRule: DiagnosticRule = {
  scope: 'graph',
  codes: ['transition-out-of-scope'],
  check(ctx) {
    forEachTransition(ctx, (t) => {
      if (t.resolved) return;
      const other = ctx.index.firstByName.get(t.target);
      if (!other) return;
      ctx.report(
        'transition-out-of-scope',
        t.span,
        MESSAGES.transitionOutOfScope(t.target, describeMachine(other.machine)),
        {
          data: { target: t.target, machine: other.machine.id },
        },
      );
    });
  },
};

function describeMachine(machine: AslMachine): string {
  const owner = machine.owner;
  if (!owner) return 'the top-level machine';
  if (owner.kind === 'Branch') return `branch ${(owner.index ?? 0) + 1} of "${owner.state.name}"`;
  return `the ${owner.kind} of "${owner.state.name}"`;
}
