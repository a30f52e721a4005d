"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.fieldDoc = fieldDoc;
exports.valueDoc = valueDoc;
exports.errorDoc = errorDoc;
/*
 * Hover text for fields (on a key) and for values with a meaning of their own: state types,
 * enum values, known Resource ARNs, error names in ErrorEquals or a Fail state's Error.
 */
const spec_1 = require("../../asl/spec");
function fieldDoc(field, language) {
    const lines = [`**${field.name}**`, field.doc];
    if (field.languages.length === 1) {
        const only = field.languages[0];
        lines.push(only === language ? `_${only} only._` : `_${only} only: not allowed in a ${language} state._`);
    }
    if (field.enum !== undefined && field.enum.length > 0)
        lines.push(`Values: ${field.enum.map((v) => `\`${v}\``).join(', ')}`);
    if (field.deprecated !== undefined)
        lines.push(`_Deprecated._ ${field.deprecated}`);
    return lines.join('\n\n');
}
/** Docs for a value of `field`, when the value itself has something to say. */
function valueDoc(field, value, item) {
    if (typeof value !== 'string')
        return undefined;
    if (field.name === 'Type' && !item)
        return (0, spec_1.stateTypeSpec)(value)?.doc;
    if (field.name === 'ErrorEquals' || field.name === 'Error')
        return errorDoc(value);
    if (field.name === 'Resource') {
        const r = spec_1.RESOURCES.find((x) => x.arn === value);
        return r === undefined ? undefined : `**${r.label}**\n\n${r.doc}`;
    }
    if (field.enum !== undefined && field.enum.includes(value))
        return `\`${value}\`: value of **${field.name}**\n\n${field.doc}`;
    return undefined;
}
function errorDoc(name) {
    const e = (0, spec_1.errorSpec)(name);
    if (e === undefined)
        return undefined;
    const note = e.matchedByAll ? '' : '\n\n_Not matched by `States.ALL`._';
    return `**\`${e.name}\`**\n\n${e.doc}${note}`;
}
//# sourceMappingURL=fields.js.map