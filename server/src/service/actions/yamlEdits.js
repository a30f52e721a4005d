"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.yamlAddProperty = yamlAddProperty;
exports.yamlRemoveProperty = yamlRemoveProperty;
const ranges_1 = require("../navigation/ranges");
const text_1 = require("./text");
/** Adds `key: value` (a scalar, or a flat mapping of scalars) after the last entry of `obj`. */
function yamlAddProperty(text, obj, key, value) {
    const last = obj.properties[obj.properties.length - 1];
    if (last === undefined || isFlow(text, obj))
        return undefined;
    const eol = (0, text_1.eolOf)(text);
    const column = (0, text_1.columnOf)(text, obj.properties[0].keySpan.start);
    const indent = ' '.repeat(column);
    const inner = indent + ((0, text_1.detectIndentation)(text).insertSpaces ? (0, text_1.detectIndentation)(text).unit : '  ');
    const at = (0, text_1.lineEnd)(text, Math.max(last.span.end - 1, last.span.start));
    return { start: at, end: at, newText: eol + indent + `${(0, ranges_1.yamlScalar)(key)}:` + renderYaml(value, inner, eol) };
}
/** Deletes the lines of a block mapping entry. */
function yamlRemoveProperty(text, obj, property) {
    if (isFlow(text, obj))
        return undefined;
    const start = (0, text_1.lineStart)(text, property.keySpan.start);
    const end = (0, text_1.nextLineStart)(text, Math.max(property.span.end - 1, property.keySpan.end));
    return { start, end, newText: '' };
}
function renderYaml(value, inner, eol) {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        return Object.entries(value).map(([k, v]) => `${eol}${inner}${(0, ranges_1.yamlScalar)(k)}: ${scalar(v)}`).join('');
    }
    return ' ' + scalar(value);
}
function scalar(value) {
    return typeof value === 'string' ? (0, ranges_1.yamlScalar)(value) : JSON.stringify(value);
}
function isFlow(text, obj) {
    return text[obj.span.start] === '{';
}
//# sourceMappingURL=yamlEdits.js.map