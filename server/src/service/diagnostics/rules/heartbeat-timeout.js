"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.heartbeatTimeoutRule = void 0;
/*
 * heartbeat-timeout: HeartbeatSeconds must be smaller than TimeoutSeconds (both literal numbers;
 * an unset TimeoutSeconds defaults to 99999999, which the HeartbeatSeconds range already covers).
 */
const nodes_1 = require("../../../asl/nodes");
const messages_1 = require("../messages");
exports.heartbeatTimeoutRule = {
    scope: 'states',
    codes: ['heartbeat-timeout'],
    check(ctx) {
        for (const state of ctx.statesOfType('Task')) {
            if (!state.node)
                continue;
            const heartbeat = (0, nodes_1.getPropertyValue)(state.node, 'HeartbeatSeconds');
            const timeout = (0, nodes_1.getPropertyValue)(state.node, 'TimeoutSeconds');
            if (heartbeat?.kind !== 'number' || timeout?.kind !== 'number')
                continue;
            const h = heartbeat.value;
            const t = timeout.value;
            if (h >= t)
                ctx.report('heartbeat-timeout', heartbeat.span, messages_1.MESSAGES.heartbeatNotBelowTimeout(h, t), { data: { state: state.name, heartbeat: h, timeout: t } });
        }
    },
};
//# sourceMappingURL=heartbeat-timeout.js.map