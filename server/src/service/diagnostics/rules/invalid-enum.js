"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.invalidEnumRule = void 0;
/* invalid-enum: a string outside its field's allowed values, including an unknown state Type. */
const spec_1 = require("../../../asl/spec");
const nodes_1 = require("../../../asl/nodes");
const messages_1 = require("../messages");
const similar_1 = require("../support/similar");
const TYPES = Object.keys(spec_1.STATE_TYPES);
exports.invalidEnumRule = {
    scope: 'states',
    codes: ['invalid-enum'],
    check(ctx) {
        for (const state of ctx.states) {
            const type = (0, nodes_1.getPropertyValue)(state.node, 'Type');
            if (type?.kind === 'string' && !TYPES.includes(type.value))
                report(ctx, 'Type', type, TYPES);
        }
        for (const { prop, field } of ctx.structure.enums) {
            if (!field?.enum || prop.key === 'Type' || prop.value?.kind !== 'string')
                continue;
            if (!field.enum.includes(prop.value.value))
                report(ctx, prop.key, prop.value, field.enum);
        }
    },
};
function report(ctx, field, value, allowed) {
    const suggestion = (0, similar_1.closest)(String(value.value), allowed);
    ctx.report('invalid-enum', value.span, messages_1.MESSAGES.invalidEnum(field, allowed), {
        data: { field, allowed, ...(suggestion && { suggestion }) },
    });
}
//# sourceMappingURL=invalid-enum.js.map