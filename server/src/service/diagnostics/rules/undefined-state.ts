/*
 * undefined-state: a StartAt, Next, Default, Choices[].Next or Catch[].Next naming no state at all,
 * with the closest name of the same machine as "did you mean". (Names that exist in another machine
 * are transition-out-of-scope.)
 */
import type { DiagnosticRule } from '../context';
import { MESSAGES } from '../messages';
import { closestName } from '../../../asl/similarity';
import { forEachTransition } from '../support/stateIndex';

export const undefinedStateRule: DiagnosticRule = {
  scope: 'document',
  codes: ['undefined-state'],
  check(ctx) {
    const { firstByName } = ctx.index;
    for (const machine of ctx.doc.allMachines) {
      forEachTransition(machine, (t) => {
        if (t.resolved || firstByName.has(t.target)) return;
        const suggestion = closestName(t.target, machine.stateByName.keys());
        const message = suggestion
          ? MESSAGES.undefinedStateSuggest(t.target, suggestion)
          : MESSAGES.undefinedState(t.target);
        ctx.report('undefined-state', t.span, message, {
          data: suggestion ? { target: t.target, suggestion } : { target: t.target },
        });
      });
    }
  },
};
