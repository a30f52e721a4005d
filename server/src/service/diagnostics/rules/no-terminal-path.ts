/*
 * no-terminal-path (warning): a reachable state from which no End/Succeed/Fail state can be
 * reached, e.g. a loop with no exit. Machines without any terminal state get no-terminal-state.
 */
import type { DiagnosticRule } from '../context';
import { MESSAGES } from '../messages';
import { isTerminal } from '../support/reachability';

export const noTerminalPathRule: DiagnosticRule = {
  scope: 'document',
  codes: ['no-terminal-path'],
  check(ctx) {
    for (const machine of ctx.doc.allMachines) {
      if (!machine.states.some(isTerminal)) continue;
      const finish = ctx.canFinish();
      const reachable = ctx.reachable(machine);
      for (const state of machine.states) {
        if (finish.has(state) || (reachable && !reachable.has(state))) continue;
        ctx.report('no-terminal-path', state.nameSpan, MESSAGES.noTerminalPath(state.name), { data: { state: state.name } });
      }
    }
  },
};
