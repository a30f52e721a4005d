"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.cursorAt = cursorAt;
exports.onCursorLine = onCursorLine;
exports.isArrayParent = isArrayParent;
exports.owningProperty = owningProperty;
exports.pathOf = pathOf;
exports.pathOfProperty = pathOfProperty;
exports.wordAt = wordAt;
exports.lineIndent = lineIndent;
const jsonCursor_1 = require("./jsonCursor");
const yamlCursor_1 = require("./yamlCursor");
/** The cursor at `offset`, or undefined when the offset is outside any completable position. */
function cursorAt(asl, offset) {
    const cursor = asl.format === 'yaml' ? (0, yamlCursor_1.yamlCursor)(asl, offset) : (0, jsonCursor_1.jsonCursor)(asl, offset);
    return cursor === undefined ? undefined : { ...cursor, replace: onCursorLine(asl.text, cursor.replace, offset) };
}
/** Clamps a span to the line holding `offset` and makes it contain `offset` (editors require both). */
function onCursorLine(text, span, offset) {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    let lineEnd = text.indexOf('\n', offset);
    if (lineEnd < 0)
        lineEnd = text.length;
    if (text[lineEnd - 1] === '\r')
        lineEnd--;
    const start = Math.min(offset, Math.max(span.start, lineStart));
    const end = Math.max(offset, Math.min(span.end, lineEnd));
    return start === span.start && end === span.end ? span : { start, end };
}
/** True when a node's parent is an array (not a property). */
function isArrayParent(p) {
    return p !== undefined && 'items' in p;
}
/** The property owning a node, when its parent is a property. */
function owningProperty(node) {
    const p = node.parent;
    return p !== undefined && !isArrayParent(p) ? p : undefined;
}
/** Keys and indices from the root to `node`. */
function pathOf(node) {
    const out = [];
    let current = node;
    for (let guard = 0; guard < 10000; guard++) {
        const parent = current.parent;
        if (parent === undefined)
            break;
        if (isArrayParent(parent)) {
            out.push(parent.items.indexOf(current));
            current = parent;
        }
        else {
            out.push(parent.key);
            current = parent.parent;
        }
    }
    return out.reverse();
}
/** Path to a property's value. */
function pathOfProperty(prop) {
    return [...pathOf(prop.parent), prop.key];
}
/** Span of the identifier-like word around `offset` (letters, digits, `_ $ . -`). */
function wordAt(text, offset, extra = /[\w$.-]/) {
    let start = offset;
    while (start > 0 && extra.test(text[start - 1]))
        start--;
    let end = offset;
    while (end < text.length && extra.test(text[end]))
        end++;
    return { start, end };
}
/** Indentation of the line holding `offset`. */
function lineIndent(text, offset) {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    const m = /^[ \t]*/.exec(text.slice(lineStart, Math.min(text.length, lineStart + 200)));
    return m ? m[0] : '';
}
//# sourceMappingURL=cursor.js.map