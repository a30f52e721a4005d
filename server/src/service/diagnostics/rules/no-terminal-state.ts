/* no-terminal-state: a machine (or branch/processor) without any End/Succeed/Fail state. */
import type { DiagnosticRule } from '../context';
import { MESSAGES } from '../messages';
import type { AslMachine } from '../../../asl/types';

export const noTerminalStateRule: DiagnosticRule = {
  scope: 'graph',
  codes: ['no-terminal-state'],
  check(ctx) {
    for (const machine of ctx.machines) {
      if (machine.states.length === 0 || ctx.hasTerminal(machine)) continue;
      // When a state is malformed (no Next/End, bad Type, broken target) that finding says enough.
      const finish = ctx.canFinish();
      if (machine.states.some((s) => finish.has(s))) continue;
      const where = machineDescription(machine);
      const key = machine.node.properties.find((p) => p.key === 'States');
      ctx.report('no-terminal-state', key ? key.keySpan : machine.node.span, MESSAGES.noTerminalState(where), {
        data: { machine: machine.id },
      });
    }
  },
};

/** How a message names the machine: the top-level state machine, a branch, or the owning state's kind. */
function machineDescription(machine: AslMachine): string {
  if (!machine.owner) return 'The state machine';
  return machine.owner.kind === 'Branch' ? 'This branch' : `This ${machine.owner.kind}`;
}
