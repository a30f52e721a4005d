"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.jsonAddProperty = jsonAddProperty;
exports.jsonRemoveProperty = jsonRemoveProperty;
exports.renderJson = renderJson;
const text_1 = require("./text");
/** Adds `"key": value` as the last property of `obj` (value rendered as indented JSON). */
function jsonAddProperty(text, obj, key, value) {
    const unit = (0, text_1.detectIndentation)(text).unit;
    const eol = (0, text_1.eolOf)(text);
    const props = obj.properties;
    const last = props[props.length - 1];
    const multiLine = last !== undefined ? startsLine(text, last.keySpan.start) : false;
    const indent = last !== undefined && multiLine ? (0, text_1.indentOfLine)(text, last.keySpan.start) : (0, text_1.indentOfLine)(text, obj.span.start) + unit;
    const rendered = renderJson(value, indent, unit, eol);
    const property = `${JSON.stringify(key)}: ${rendered}`;
    if (last === undefined) {
        // An unterminated object (`{` at the end of a truncated text) has no closing brace to keep.
        const closed = obj.span.end - obj.span.start >= 2 && text[obj.span.end - 1] === '}';
        const closeIndent = closed ? (0, text_1.indentOfLine)(text, obj.span.start) : '';
        const innerEnd = closed ? obj.span.end - 1 : obj.span.end;
        return { start: obj.span.start + 1, end: Math.max(obj.span.start + 1, innerEnd), newText: `${eol}${indent}${property}${eol}${closeIndent}` };
    }
    const end = last.span.end;
    return { start: end, end, newText: multiLine ? `,${eol}${indent}${property}` : `, ${property}` };
}
/** Deletes `property` from `obj`, with the comma and the whitespace that separate it. */
function jsonRemoveProperty(obj, property) {
    const props = obj.properties;
    const index = props.indexOf(property);
    if (index > 0)
        return { start: props[index - 1].span.end, end: property.span.end, newText: '' };
    if (index === 0 && props.length > 1)
        return { start: property.span.start, end: props[1].span.start, newText: '' };
    return { start: obj.span.start + 1, end: Math.max(obj.span.start + 1, obj.span.end - 1), newText: '' };
}
/** JSON text of `value`, its inner lines indented one `unit` deeper than `indent`. */
function renderJson(value, indent, unit, eol) {
    const raw = JSON.stringify(value, null, unit) ?? 'null';
    return raw.split('\n').join(eol + indent);
}
function startsLine(text, offset) {
    return text.slice((0, text_1.lineStart)(text, offset), offset).trim() === '';
}
//# sourceMappingURL=jsonEdits.js.map