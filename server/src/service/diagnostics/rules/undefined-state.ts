/*
 * undefined-state: a StartAt, Next, Default, Choices[].Next or Catch[].Next naming no state at all,
 * with the closest name of the same machine as "did you mean". (Names that exist in another machine
 * are transition-out-of-scope.)
 */
import type { DiagnosticRule, RuleContext } from '../context';
import type { AslMachine, Transition } from '../../../asl/types';
import { MESSAGES } from '../messages';
import { closestName } from '../../../asl/similarity';
import { forEachTransition } from '../support/stateIndex';

export const undefinedStateRule: DiagnosticRule = {
  scope: 'graph',
  codes: ['undefined-state'],
  check(ctx) {
    forEachTransition(ctx, (t, machine) => {
      if (t.resolved || ctx.index.firstByName.has(t.target)) return;
      report(ctx, t, machine);
    });
  },
};

function report(ctx: RuleContext, t: Transition, machine: AslMachine): void {
  const suggestion = closestName(t.target, machine.stateByName.keys());
  const message = suggestion ? MESSAGES.undefinedStateSuggest(t.target, suggestion) : MESSAGES.undefinedState(t.target);
  ctx.report('undefined-state', t.span, message, {
    data: suggestion ? { target: t.target, suggestion } : { target: t.target },
  });
}
