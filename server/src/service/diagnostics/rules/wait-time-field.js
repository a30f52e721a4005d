"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.waitTimeFieldRule = void 0;
/* wait-time-field: a Wait state needs exactly one of Seconds, Timestamp, SecondsPath, TimestampPath. */
const nodes_1 = require("../../../asl/nodes");
const messages_1 = require("../messages");
const TIME_FIELDS = ['Seconds', 'Timestamp', 'SecondsPath', 'TimestampPath'];
exports.waitTimeFieldRule = {
    scope: 'states',
    codes: ['wait-time-field'],
    check(ctx) {
        for (const state of ctx.statesOfType('Wait')) {
            if (!state.node)
                continue;
            const present = TIME_FIELDS.map((f) => (0, nodes_1.getProperty)(state.node, f)).filter((p) => p !== undefined);
            if (present.length === 0) {
                ctx.report('wait-time-field', state.nameSpan, messages_1.MESSAGES.waitNoTime(), { data: { state: state.name } });
            }
            for (let i = 1; i < present.length; i++) {
                ctx.report('wait-time-field', present[i].keySpan, messages_1.MESSAGES.waitManyTimes(present.map((p) => p.key)), {
                    data: { state: state.name, field: present[i].key },
                });
            }
        }
    },
};
//# sourceMappingURL=wait-time-field.js.map