/*
 * no-terminal-path (warning): a reachable state from which no End/Succeed/Fail state can be
 * reached, e.g. a loop with no exit. Machines without any terminal state get no-terminal-state.
 */
import type { DiagnosticRule } from '../context';
import { MESSAGES } from '../messages';
import { isTerminal } from '../../../asl/graph';

export const noTerminalPathRule: DiagnosticRule = {
  scope: 'document',
  codes: ['no-terminal-path'],
  check(ctx) {
    const finish = ctx.canFinish();
    const machines = ctx.doc.allMachines;
    for (let m = 0; m < machines.length; m++) {
      const machine = machines[m];
      if (!machine.states.some(isTerminal)) continue;
      const reachable = ctx.reachable(machine);
      const states = machine.states;
      for (let i = 0; i < states.length; i++) {
        const state = states[i];
        if (finish.has(state) || (reachable && !reachable.has(state))) continue;
        ctx.report('no-terminal-path', state.nameSpan, MESSAGES.noTerminalPath(state.name), {
          data: { state: state.name },
        });
      }
    }
  },
};
