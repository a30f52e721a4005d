/*
 * duplicate-state-name: state names must be unique in the whole state machine, across Parallel
 * branches and Map processors too. Every occurrence after the first is reported.
 */
import type { DiagnosticRule } from '../context';
import { MESSAGES } from '../messages';

export const duplicateStateNameRule: DiagnosticRule = {
  scope: 'graph',
  codes: ['duplicate-state-name'],
  check(ctx) {
    if (ctx.uniqueNames) return;
    const { firstByName } = ctx.index;
    for (const state of ctx.states) {
      const first = firstByName.get(state.name);
      if (first === state) continue;
      ctx.report('duplicate-state-name', state.nameSpan, MESSAGES.duplicateStateName(state.name), {
        data: { state: state.name, first: first?.nameSpan },
      });
    }
  },
};
