/* unreachable-state: a state no path from its machine's StartAt leads to (faded as unnecessary). */
import type { DiagnosticRule } from '../context';
import { MESSAGES } from '../messages';

export const unreachableStateRule: DiagnosticRule = {
  scope: 'document',
  codes: ['unreachable-state'],
  check(ctx) {
    for (const machine of ctx.doc.allMachines) {
      const reachable = ctx.reachable(machine);
      if (!reachable) continue; // StartAt missing or unresolved: reported elsewhere
      for (const state of machine.states) {
        if (reachable.has(state) || machine.stateByName.get(state.name) !== state) continue;
        ctx.report('unreachable-state', state.nameSpan, MESSAGES.unreachableState(state.name), {
          tags: ['unnecessary'],
          data: { state: state.name },
        });
      }
    }
  },
};
