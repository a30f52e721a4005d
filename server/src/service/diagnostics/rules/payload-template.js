"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.payloadTemplateRule = void 0;
/*
 * payload-template: in JSONPath payload templates, a "key.$" must hold a string that is a path
 * ($..., $$..., $var...) or an intrinsic call, and "key" and "key.$" cannot both be present.
 */
const nodes_1 = require("../../../asl/nodes");
const expr_1 = require("../../../asl/expr");
const messages_1 = require("../messages");
exports.payloadTemplateRule = {
    scope: 'states',
    codes: ['payload-template'],
    check(ctx) {
        for (const site of ctx.expressions.templates) {
            const { prop } = site;
            const base = prop.key.slice(0, -2);
            if ((0, nodes_1.getProperty)(prop.parent, base)) {
                ctx.report('payload-template', prop.keySpan, messages_1.MESSAGES.templateBothKeys(base), { data: { field: prop.key } });
            }
            const value = prop.value;
            if (value === undefined)
                continue;
            if (value.kind !== 'string') {
                ctx.report('payload-template', value.span, messages_1.MESSAGES.templateNotString(prop.key), { data: { field: prop.key } });
                continue;
            }
            const text = value.value.trimStart();
            if (!text.startsWith('$') && !(0, expr_1.isIntrinsicCall)(text)) {
                ctx.report('payload-template', value.span, messages_1.MESSAGES.templateNotPath(prop.key), { data: { field: prop.key } });
            }
        }
    },
};
//# sourceMappingURL=payload-template.js.map