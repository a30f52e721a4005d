"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.detectIndentation = detectIndentation;
exports.lineStart = lineStart;
exports.lineEnd = lineEnd;
exports.nextLineStart = nextLineStart;
exports.indentOfLine = indentOfLine;
exports.columnOf = columnOf;
exports.eolOf = eolOf;
exports.jsonPathOf = jsonPathOf;
/** Guesses the document's indentation from its first indented lines (default: two spaces). */
function detectIndentation(text) {
    const sample = text.length > 20000 ? text.slice(0, 20000) : text;
    let smallest = Number.MAX_SAFE_INTEGER;
    for (const match of sample.matchAll(/\n([ \t]+)\S/g)) {
        if (match[1].startsWith('\t'))
            return { insertSpaces: false, tabSize: 4, unit: '\t' };
        smallest = Math.min(smallest, match[1].length);
    }
    const size = smallest === Number.MAX_SAFE_INTEGER || smallest > 8 ? 2 : smallest;
    return { insertSpaces: true, tabSize: size, unit: ' '.repeat(size) };
}
/** Offset of the start of the line holding `offset`. */
function lineStart(text, offset) {
    let i = Math.min(offset, text.length);
    while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r')
        i--;
    return i;
}
/** Offset of the end of the line holding `offset` (before its line break). */
function lineEnd(text, offset) {
    let i = Math.max(0, offset);
    while (i < text.length && text[i] !== '\n' && text[i] !== '\r')
        i++;
    return i;
}
/** Offset just after the line break ending the line holding `offset` (or the text's end). */
function nextLineStart(text, offset) {
    const end = lineEnd(text, offset);
    if (text[end] === '\r' && text[end + 1] === '\n')
        return end + 2;
    return end < text.length ? end + 1 : end;
}
/** The whitespace that starts the line holding `offset`. */
function indentOfLine(text, offset) {
    const start = lineStart(text, offset);
    let i = start;
    while (i < text.length && (text[i] === ' ' || text[i] === '\t'))
        i++;
    return text.slice(start, i);
}
/** Column (in characters) of `offset` in its line. */
function columnOf(text, offset) {
    return offset - lineStart(text, offset);
}
/** The line break the document uses. */
function eolOf(text) {
    return text.includes('\r\n') ? '\r\n' : '\n';
}
/** Keys and indices from the root to `node`, as jsonc-parser's modify() expects. */
function jsonPathOf(node) {
    const path = [];
    let current = node;
    while (current !== undefined && current.parent !== undefined) {
        const parent = current.parent;
        if (parent === undefined)
            break;
        if ('kind' in parent) {
            path.push(parent.items.indexOf(current));
            current = parent;
        }
        else {
            path.push(parent.key);
            current = parent.parent;
        }
    }
    return path.reverse();
}
//# sourceMappingURL=text.js.map