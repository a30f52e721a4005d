"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.missingTransitionRule = exports.NEEDS_TRANSITION = void 0;
/* missing-transition: a Pass/Task/Wait/Parallel/Map state with neither Next nor "End": true. */
const nodes_1 = require("../../../asl/nodes");
const messages_1 = require("../messages");
exports.NEEDS_TRANSITION = new Set(['Pass', 'Task', 'Wait', 'Parallel', 'Map']);
exports.missingTransitionRule = {
    scope: 'states',
    codes: ['missing-transition'],
    check(ctx) {
        for (const state of ctx.states) {
            if (!state.node || state.type === undefined || !exports.NEEDS_TRANSITION.has(state.type))
                continue;
            if (state.isEnd || (0, nodes_1.getProperty)(state.node, 'Next'))
                continue;
            // A non-boolean End is reported as invalid-type; do not add a second finding for it.
            const end = (0, nodes_1.getProperty)(state.node, 'End');
            if (end?.value !== undefined && end.value.kind !== 'boolean')
                continue;
            ctx.report('missing-transition', state.nameSpan, messages_1.MESSAGES.missingTransition(state.name, state.type), { data: { state: state.name } });
        }
    },
};
//# sourceMappingURL=missing-transition.js.map