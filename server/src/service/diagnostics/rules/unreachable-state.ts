/* unreachable-state: a state no path from its machine's StartAt leads to (faded as unnecessary). */
import type { DiagnosticRule } from '../context';
import { MESSAGES } from '../messages';

export const unreachableStateRule: DiagnosticRule = {
  scope: 'graph',
  codes: ['unreachable-state'],
  check(ctx) {
    const states = ctx.states;
    for (let i = 0; i < states.length; i++) {
      const state = states[i];
      const machine = state.machine;
      const reachable = ctx.reachable(machine);
      if (!reachable) continue; // StartAt missing or unresolved: reported elsewhere
      if (reachable.has(state) || machine.stateByName.get(state.name) !== state) continue;
      ctx.report('unreachable-state', state.nameSpan, MESSAGES.unreachableState(state.name), {
        tags: ['unnecessary'],
        data: { state: state.name },
      });
    }
  },
};
