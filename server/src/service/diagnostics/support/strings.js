"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.textOffset = textOffset;
exports.textSpan = textSpan;
/** Document offset of the character at `valueOffset` in the decoded string value of `node`. */
function textOffset(text, node, valueOffset) {
    const { start, end } = node.contentSpan;
    const value = typeof node.value === 'string' ? node.value : '';
    if (valueOffset <= 0)
        return start;
    if (end - start === value.length)
        return Math.min(start + valueOffset, end);
    const quote = text[start - 1];
    if (quote !== '"' && quote !== "'")
        return alignedOffset(text, start, end, value, valueOffset);
    const singleQuoted = quote === "'";
    let i = start;
    let decoded = 0;
    while (i < end && decoded < valueOffset) {
        i += escapeLength(text, i, singleQuoted);
        decoded++;
    }
    return Math.min(i, end);
}
/**
 * Unquoted multi-line scalars (YAML plain and block scalars): walk the text and the value
 * together, skipping the indentation and line breaks that folding removed or changed.
 */
function alignedOffset(text, start, end, value, valueOffset) {
    let i = start;
    let d = 0;
    while (i < end && d < valueOffset) {
        const c = text[i];
        if (c === value[d])
            d++;
        else if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r')
            d++;
        else if (value[d] === ' ' && (c === '\n' || c === '\r'))
            d++; // folded line break
        i++;
    }
    return Math.min(i, end);
}
function escapeLength(text, i, singleQuoted) {
    const c = text[i];
    if (singleQuoted)
        return c === "'" && text[i + 1] === "'" ? 2 : 1;
    if (c !== '\\')
        return 1;
    switch (text[i + 1]) {
        case 'u':
            return 6;
        case 'x':
            return 4;
        default:
            return 2;
    }
}
/** Document span of [valueStart, valueEnd) in the decoded string value of `node`. */
function textSpan(text, node, valueStart, valueEnd) {
    const start = textOffset(text, node, valueStart);
    const end = Math.max(start, textOffset(text, node, valueEnd));
    return { start, end };
}
//# sourceMappingURL=strings.js.map