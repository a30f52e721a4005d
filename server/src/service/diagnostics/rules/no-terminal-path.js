"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.noTerminalPathRule = void 0;
const messages_1 = require("../messages");
const reachability_1 = require("../support/reachability");
exports.noTerminalPathRule = {
    scope: 'document',
    codes: ['no-terminal-path'],
    check(ctx) {
        for (const machine of ctx.doc.allMachines) {
            if (!machine.states.some(reachability_1.isTerminal))
                continue;
            const finish = ctx.canFinish(machine);
            const reachable = ctx.reachable(machine);
            for (const state of machine.states) {
                if (finish.has(state) || (reachable && !reachable.has(state)))
                    continue;
                ctx.report('no-terminal-path', state.nameSpan, messages_1.MESSAGES.noTerminalPath(state.name), { data: { state: state.name } });
            }
        }
    },
};
//# sourceMappingURL=no-terminal-path.js.map