"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.undefinedStateRule = void 0;
const messages_1 = require("../messages");
const similar_1 = require("../support/similar");
const stateIndex_1 = require("../support/stateIndex");
exports.undefinedStateRule = {
    scope: 'document',
    codes: ['undefined-state'],
    check(ctx) {
        const { firstByName } = ctx.index;
        for (const machine of ctx.doc.allMachines) {
            (0, stateIndex_1.forEachTransition)(machine, (t) => {
                if (t.resolved || firstByName.has(t.target))
                    return;
                const suggestion = (0, similar_1.closest)(t.target, machine.stateByName.keys());
                const message = suggestion ? messages_1.MESSAGES.undefinedStateSuggest(t.target, suggestion) : messages_1.MESSAGES.undefinedState(t.target);
                ctx.report('undefined-state', t.span, message, { data: suggestion ? { target: t.target, suggestion } : { target: t.target } });
            });
        }
    },
};
//# sourceMappingURL=undefined-state.js.map