"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.invalidTypeRule = void 0;
const messages_1 = require("../messages");
const shapes_1 = require("../support/shapes");
const kinds_1 = require("../support/kinds");
exports.invalidTypeRule = {
    scope: 'states',
    codes: ['invalid-type'],
    check(ctx) {
        for (const state of ctx.states) {
            const value = state.property.value;
            if (value !== undefined && value.kind !== 'object') {
                ctx.report('invalid-type', value.span, messages_1.MESSAGES.invalidType(state.name, 'an object (a state)'), { data: { field: state.name } });
            }
        }
        checkFields(ctx);
    },
};
function checkFields(ctx) {
    for (const obj of ctx.shaped) {
        for (const prop of obj.node.properties) {
            const kinds = (0, shapes_1.entryKinds)(obj, prop);
            if (kinds.length === 0 || prop.value === undefined)
                continue;
            const value = prop.value;
            if (prop.key === 'Not' && value.kind === 'array')
                continue; // choice-rule explains it
            if (!matchesAny(kinds, value, prop.key)) {
                const expected = (0, kinds_1.describeKinds)(kinds);
                const message = obj.language === 'JSONata' && kinds.length === 1 && kinds[0] === 'jsonata'
                    ? messages_1.MESSAGES.jsonataRequired(prop.key)
                    : messages_1.MESSAGES.invalidType(prop.key, expected);
                ctx.report('invalid-type', value.span, message, { data: { field: prop.key, expected: kinds } });
            }
            else if (kinds.includes('timestamp') && value.kind === 'string' && !(0, kinds_1.isJsonataString)(value) && !(0, kinds_1.isTimestamp)(value.value)) {
                ctx.report('invalid-type', value.span, messages_1.MESSAGES.waitTimestamp(), { data: { field: prop.key, expected: ['timestamp'] } });
            }
        }
    }
}
function matchesAny(kinds, value, field) {
    for (let i = 0; i < kinds.length; i++)
        if ((0, kinds_1.matchesKind)(kinds[i], value, field))
            return true;
    return false;
}
//# sourceMappingURL=invalid-type.js.map