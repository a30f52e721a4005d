"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.unreachableStateRule = void 0;
const messages_1 = require("../messages");
exports.unreachableStateRule = {
    scope: 'document',
    codes: ['unreachable-state'],
    check(ctx) {
        for (const machine of ctx.doc.allMachines) {
            const reachable = ctx.reachable(machine);
            if (!reachable)
                continue; // StartAt missing or unresolved: reported elsewhere
            for (const state of machine.states) {
                if (reachable.has(state) || machine.stateByName.get(state.name) !== state)
                    continue;
                ctx.report('unreachable-state', state.nameSpan, messages_1.MESSAGES.unreachableState(state.name), {
                    tags: ['unnecessary'],
                    data: { state: state.name },
                });
            }
        }
    },
};
//# sourceMappingURL=unreachable-state.js.map