"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.nextAndEndRule = void 0;
/* next-and-end: a state with both Next and "End": true (reported on the End field). */
const nodes_1 = require("../../../asl/nodes");
const messages_1 = require("../messages");
exports.nextAndEndRule = {
    scope: 'states',
    codes: ['next-and-end'],
    check(ctx) {
        for (const state of ctx.states) {
            if (!state.node || !state.isEnd || !(0, nodes_1.getProperty)(state.node, 'Next'))
                continue;
            const end = (0, nodes_1.getProperty)(state.node, 'End');
            if (end)
                ctx.report('next-and-end', end.span, messages_1.MESSAGES.nextAndEnd(), { data: { state: state.name } });
        }
    },
};
//# sourceMappingURL=next-and-end.js.map