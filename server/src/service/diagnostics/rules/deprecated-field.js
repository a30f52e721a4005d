"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.deprecatedFieldRule = void 0;
const messages_1 = require("../messages");
const REPLACEMENTS = { Iterator: 'ItemProcessor', Parameters: 'ItemSelector' };
exports.deprecatedFieldRule = {
    scope: 'states',
    codes: ['deprecated-field'],
    check(ctx) {
        for (const { prop, field } of ctx.structure.deprecated) {
            const replacement = REPLACEMENTS[prop.key] ?? '';
            const message = replacement ? messages_1.MESSAGES.deprecated(prop.key, replacement) : `${JSON.stringify(prop.key)} is deprecated. ${field?.deprecated ?? ''}`;
            ctx.report('deprecated-field', prop.keySpan, message, { tags: ['deprecated'], data: { field: prop.key, replacement } });
        }
    },
};
//# sourceMappingURL=deprecated-field.js.map