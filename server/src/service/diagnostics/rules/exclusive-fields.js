"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.exclusiveFieldsRule = void 0;
/*
 * exclusive-fields: two fields of an at-most-one / exactly-one group are both present (e.g.
 * TimeoutSeconds and TimeoutSecondsPath, ItemSelector and Parameters, ItemProcessor and Iterator).
 * Reported on the second field's key.
 */
const nodes_1 = require("../../../asl/nodes");
const messages_1 = require("../messages");
const missing_field_1 = require("./missing-field");
exports.exclusiveFieldsRule = {
    scope: 'states',
    codes: ['exclusive-fields'],
    check(ctx) {
        for (const obj of ctx.shaped) {
            const { atMostOneOf, exactlyOneOf } = obj.constraints;
            if (atMostOneOf !== undefined)
                checkGroups(ctx, obj, atMostOneOf);
            if (exactlyOneOf !== undefined)
                checkGroups(ctx, obj, exactlyOneOf);
        }
    },
};
function checkGroups(ctx, obj, groups) {
    for (const group of groups) {
        if (countPresent(obj, group.fields) < 2 || !(0, missing_field_1.groupApplies)(group, obj) || (0, missing_field_1.handledElsewhere)(group))
            continue;
        const present = group.fields.map((f) => (0, nodes_1.getProperty)(obj.node, f)).filter((p) => p !== undefined);
        for (let i = 1; i < present.length; i++) {
            const others = present.filter((_, j) => j !== i).map((p) => p.key);
            ctx.report('exclusive-fields', present[i].keySpan, messages_1.MESSAGES.exclusiveFields(present[i].key, others), {
                data: { field: present[i].key, others },
            });
        }
    }
}
/** How many of the fields the object has (the common case: fewer than two, nothing to report). */
function countPresent(obj, fields) {
    let n = 0;
    for (const f of fields)
        if ((0, nodes_1.getProperty)(obj.node, f))
            n++;
    return n;
}
//# sourceMappingURL=exclusive-fields.js.map