"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.missingFieldRule = void 0;
exports.handledElsewhere = handledElsewhere;
exports.groupApplies = groupApplies;
/*
 * missing-field: a required field is absent (Type, Resource, Choices, Branches, StartAt, States,
 * ErrorEquals, a catcher's Next, ...), or none of an exactly-one-of group is present. The
 * Next/End and Wait time groups are left to missing-transition and wait-time-field.
 */
const nodes_1 = require("../../../asl/nodes");
const messages_1 = require("../messages");
const kinds_1 = require("../support/kinds");
/** Groups with a dedicated rule (transitions, wait-time-field, fail-error-cause, choice-rule). */
function handledElsewhere(group) {
    return group.fields.some((f) => f === 'Next' || f === 'End' || f === 'Seconds' || f === 'Error' || f === 'Cause' || f === 'And');
}
function groupApplies(group, obj) {
    return !group.languages || group.languages.includes(obj.language);
}
exports.missingFieldRule = {
    scope: 'states',
    codes: ['missing-field'],
    check(ctx) {
        for (const state of ctx.states) {
            if (state.node && !(0, nodes_1.getProperty)(state.node, 'Type')) {
                ctx.report('missing-field', state.nameSpan, messages_1.MESSAGES.missingField('Type', 'A state'), { data: { field: 'Type', state: state.name } });
            }
        }
        for (const obj of ctx.shaped)
            checkObject(ctx, obj);
    },
};
function checkObject(ctx, obj) {
    const required = obj.constraints.required;
    if (required !== undefined) {
        for (const group of required) {
            if (!groupApplies(group, obj))
                continue;
            for (const field of group.fields) {
                if (field === 'Type' || (0, nodes_1.getProperty)(obj.node, field))
                    continue;
                reportMissing(ctx, obj, field);
            }
        }
    }
    const exactlyOne = obj.constraints.exactlyOneOf;
    if (exactlyOne !== undefined)
        checkExactlyOne(ctx, obj, exactlyOne);
}
function capitalized(where) {
    return where.charAt(0).toUpperCase() + where.slice(1);
}
function reportMissing(ctx, obj, field) {
    ctx.report('missing-field', (0, kinds_1.objectAnchor)(obj.node, obj.state), messages_1.MESSAGES.missingField(field, capitalized(obj.where)), {
        data: { field, ...(obj.state && { state: obj.state.name }) },
    });
}
function checkExactlyOne(ctx, obj, groups) {
    for (const group of groups) {
        if (!groupApplies(group, obj) || handledElsewhere(group))
            continue;
        if (hasAny(obj, group.fields))
            continue;
        ctx.report('missing-field', (0, kinds_1.objectAnchor)(obj.node, obj.state), messages_1.MESSAGES.missingOneOf(group.fields, capitalized(obj.where)), {
            data: { field: group.fields[0], fields: group.fields, ...(obj.state && { state: obj.state.name }) },
        });
    }
}
function hasAny(obj, fields) {
    for (const f of fields)
        if ((0, nodes_1.getProperty)(obj.node, f))
            return true;
    return false;
}
//# sourceMappingURL=missing-field.js.map