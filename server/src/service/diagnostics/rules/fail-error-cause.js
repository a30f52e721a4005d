"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.failErrorCauseRule = void 0;
/* fail-error-cause: a Fail state cannot have both Error and ErrorPath, nor both Cause and CausePath. */
const nodes_1 = require("../../../asl/nodes");
const messages_1 = require("../messages");
exports.failErrorCauseRule = {
    scope: 'states',
    codes: ['fail-error-cause'],
    check(ctx) {
        for (const state of ctx.statesOfType('Fail')) {
            if (!state.node)
                continue;
            for (const [a, b] of [['Error', 'ErrorPath'], ['Cause', 'CausePath']]) {
                const first = (0, nodes_1.getProperty)(state.node, a);
                const second = (0, nodes_1.getProperty)(state.node, b);
                if (!first || !second)
                    continue;
                const later = first.span.start < second.span.start ? second : first;
                ctx.report('fail-error-cause', later.keySpan, messages_1.MESSAGES.failBoth(a, b), { data: { state: state.name, field: later.key } });
            }
        }
    },
};
//# sourceMappingURL=fail-error-cause.js.map