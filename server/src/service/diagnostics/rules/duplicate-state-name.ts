/*
 * duplicate-state-name: state names must be unique in the whole state machine, across Parallel
 * branches and Map processors too. Every occurrence after the first is reported.
 */
import type { DiagnosticRule } from '../context';
import { MESSAGES } from '../messages';

export const duplicateStateNameRule: DiagnosticRule = {
  codes: ['duplicate-state-name'],
  check(ctx) {
    for (const [name, states] of ctx.index.everywhere) {
      for (let i = 1; i < states.length; i++) {
        ctx.report('duplicate-state-name', states[i].nameSpan, MESSAGES.duplicateStateName(name), {
          data: { state: name, first: states[0].nameSpan },
        });
      }
    }
  },
};
