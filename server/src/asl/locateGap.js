"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.findGap = findGap;
/** The target at a gap `offset` inside `container` (or after it when `outside`). */
function findGap(doc, container, offset, outside) {
    const text = doc.text;
    let i = Math.min(offset, text.length) - 1;
    while (i >= 0 && isWhitespace(text.charCodeAt(i)))
        i--;
    if (text[i] === ':') {
        const p = propertyBeforeColon(text, container, i);
        if (p !== undefined)
            return { node: p.parent, property: p, role: 'value' };
    }
    if (doc.format === 'yaml') {
        const target = yamlLineTarget(text, container, offset);
        if (target !== undefined)
            return target;
    }
    if (outside)
        return { role: 'none' };
    return { node: container, role: container.kind === 'object' ? 'key' : 'value' };
}
function isWhitespace(c) {
    return c === 32 || c === 9 || c === 10 || c === 13;
}
/** The value-less property whose key ends right before the colon at `colon`, searched along the last entries. */
function propertyBeforeColon(text, container, colon) {
    let node = container;
    while (node !== undefined) {
        if (node.kind === 'object') {
            const p = lastStartingBefore(node.properties, colon);
            if (p === undefined)
                return undefined;
            if (p.value === undefined)
                return onlySpacesBetween(text, p.keySpan.end, colon) ? p : undefined;
            node = p.value.span.start < colon ? p.value : undefined;
        }
        else if (node.kind === 'array') {
            node = lastStartingBefore(node.items, colon);
        }
        else
            return undefined;
    }
    return undefined;
}
function onlySpacesBetween(text, start, end) {
    for (let i = start; i < end; i++)
        if (!isWhitespace(text.charCodeAt(i)))
            return false;
    return true;
}
function lastStartingBefore(list, offset) {
    for (let i = list.length - 1; i >= 0; i--)
        if (list[i].span.start < offset)
            return list[i];
    return undefined;
}
function columnOf(text, offset) {
    return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}
/**
 * YAML: on a line holding only indentation (a new key) or `- ` (a new item), the deepest open block
 * collection along the last entries before the cursor whose entries start at that column.
 */
function yamlLineTarget(text, container, offset) {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    const prefix = text.slice(lineStart, offset);
    const dash = /^( *)- *$/.exec(prefix);
    if (dash === null && !/^ *$/.test(prefix))
        return undefined;
    const column = dash === null ? prefix.length : dash[1].length;
    let found;
    for (let node = container; node !== undefined;) {
        if (node.kind === 'object') {
            const first = node.properties[0];
            if (dash === null && first !== undefined && columnOf(text, first.keySpan.start) === column)
                found = node;
            const last = lastStartingBefore(node.properties, offset);
            node = last?.value !== undefined && last.value.span.start < offset ? last.value : undefined;
        }
        else if (node.kind === 'array') {
            const first = node.items[0];
            if (dash !== null && first !== undefined && dashColumn(text, first.span.start) === column)
                found = node;
            node = lastStartingBefore(node.items, offset);
        }
        else
            node = undefined;
    }
    if (found === undefined)
        return undefined;
    return { node: found, role: found.kind === 'object' ? 'key' : 'value' };
}
/** Column of the `-` introducing a block sequence item that starts at `offset`, or -1. */
function dashColumn(text, offset) {
    let i = offset - 1;
    while (i >= 0 && text[i] === ' ')
        i--;
    return text[i] === '-' ? columnOf(text, i) : -1;
}
//# sourceMappingURL=locateGap.js.map