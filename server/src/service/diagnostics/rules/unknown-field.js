"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.unknownFieldRule = void 0;
const messages_1 = require("../messages");
const similar_1 = require("../support/similar");
exports.unknownFieldRule = {
    scope: 'states',
    codes: ['unknown-field'],
    check(ctx) {
        for (const { obj, prop } of ctx.structure.unknown) {
            if (obj.shape === 'NestedChoiceRule' && (prop.key === 'Next' || prop.key === 'Assign'))
                continue; // choice-rule
            const suggestion = (0, similar_1.closest)(prop.key, allowedNames(obj));
            const message = suggestion ? messages_1.MESSAGES.unknownFieldSuggest(prop.key, obj.where, suggestion) : messages_1.MESSAGES.unknownField(prop.key, obj.where);
            ctx.report('unknown-field', prop.keySpan, message, { data: suggestion ? { field: prop.key, suggestion } : { field: prop.key } });
        }
    },
};
function allowedNames(obj) {
    return Object.values(obj.fields).filter((f) => f.languages.includes(obj.language)).map((f) => f.name);
}
//# sourceMappingURL=unknown-field.js.map