"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.noTerminalStateRule = void 0;
const messages_1 = require("../messages");
const reachability_1 = require("../support/reachability");
exports.noTerminalStateRule = {
    scope: 'document',
    codes: ['no-terminal-state'],
    check(ctx) {
        for (const machine of ctx.doc.allMachines) {
            if (machine.states.length === 0 || machine.states.some(reachability_1.isTerminal))
                continue;
            // When a state is malformed (no Next/End, bad Type, broken target) that finding says enough.
            const finish = ctx.canFinish(machine);
            if (machine.states.some((s) => finish.has(s)))
                continue;
            const where = machine.owner ? (machine.owner.kind === 'Branch' ? 'This branch' : `This ${machine.owner.kind}`) : 'The state machine';
            const key = machine.node.properties.find((p) => p.key === 'States');
            ctx.report('no-terminal-state', key ? key.keySpan : machine.node.span, messages_1.MESSAGES.noTerminalState(where), { data: { machine: machine.id } });
        }
    },
};
//# sourceMappingURL=no-terminal-state.js.map