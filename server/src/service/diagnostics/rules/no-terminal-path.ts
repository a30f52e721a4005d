/*
 * no-terminal-path (warning): a reachable state from which no End/Succeed/Fail state can be
 * reached, e.g. a loop with no exit. Machines without any terminal state get no-terminal-state.
 */
import type { DiagnosticRule } from '../context';
import { MESSAGES } from '../messages';

export const noTerminalPathRule: DiagnosticRule = {
  scope: 'graph',
  codes: ['no-terminal-path'],
  check(ctx) {
    const states = ctx.states;
    for (let i = 0; i < states.length; i++) {
      const state = states[i];
      if (!ctx.hasTerminal(state.machine) || ctx.canFinish().has(state)) continue;
      const reachable = ctx.reachable(state.machine);
      if (reachable && !reachable.has(state)) continue;
      ctx.report('no-terminal-path', state.nameSpan, MESSAGES.noTerminalPath(state.name), {
        data: { state: state.name },
      });
    }
  },
};
