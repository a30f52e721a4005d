"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.duplicateStateNameRule = void 0;
const messages_1 = require("../messages");
exports.duplicateStateNameRule = {
    scope: 'document',
    codes: ['duplicate-state-name'],
    check(ctx) {
        const { firstByName, repeated } = ctx.index;
        for (const state of repeated) {
            const first = firstByName.get(state.name);
            ctx.report('duplicate-state-name', state.nameSpan, messages_1.MESSAGES.duplicateStateName(state.name), {
                data: { state: state.name, first: first?.nameSpan },
            });
        }
    },
};
//# sourceMappingURL=duplicate-state-name.js.map