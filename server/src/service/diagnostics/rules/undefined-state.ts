/*
 * undefined-state: a StartAt, Next, Default, Choices[].Next or Catch[].Next naming no state at all,
 * with the closest name of the same machine as "did you mean". (Names that exist in another machine
 * are transition-out-of-scope.)
 */
import type { DiagnosticRule } from '../context';
import { MESSAGES } from '../messages';
import { closest } from '../support/similar';
import { transitionsOf } from './transition-out-of-scope';

export const undefinedStateRule: DiagnosticRule = {
  codes: ['undefined-state'],
  check(ctx) {
    for (const machine of ctx.doc.allMachines) {
      const names = ctx.index.byMachine.get(machine);
      if (!names) continue;
      for (const t of transitionsOf(machine)) {
        if (names.has(t.target) || ctx.index.everywhere.has(t.target)) continue;
        const suggestion = closest(t.target, names.keys());
        const message = suggestion ? MESSAGES.undefinedStateSuggest(t.target, suggestion) : MESSAGES.undefinedState(t.target);
        ctx.report('undefined-state', t.span, message, { data: suggestion ? { target: t.target, suggestion } : { target: t.target } });
      }
    }
  },
};
