"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.nextNonSpace = nextNonSpace;
exports.prevNonSpace = prevNonSpace;
exports.jsonCursor = jsonCursor;
const cursor_1 = require("./cursor");
const QUOTE = 34;
/** True when `offset` is between the quotes of the string token at `span` (or after an unclosed one). */
function insideString(text, span, offset) {
    if (offset <= span.start || offset > span.end)
        return false;
    if (offset < span.end)
        return true;
    const closed = span.end - span.start >= 2 && text.charCodeAt(span.end - 1) === QUOTE;
    return !closed;
}
function insideContainer(text, node, offset) {
    if (offset <= node.span.start)
        return false;
    if (offset < node.span.end)
        return true;
    const close = node.kind === 'object' ? '}' : ']';
    return offset === node.span.end && text[node.span.end - 1] !== close;
}
function nextNonSpace(text, from) {
    let i = from;
    while (i < text.length && /\s/.test(text[i]))
        i++;
    return i;
}
function prevNonSpace(text, from) {
    let i = from - 1;
    while (i >= 0 && /\s/.test(text[i]))
        i--;
    return i;
}
function jsonCursor(asl, offset) {
    const text = asl.text;
    let node = asl.root;
    let container;
    while (node !== undefined) {
        if (node.kind === 'object' || node.kind === 'array') {
            if (!insideContainer(text, node, offset))
                break;
            container = node;
            const hit = childAt(text, node, offset);
            if (hit === undefined)
                break;
            if ('keySpan' in hit)
                return keyCursor(text, hit, offset);
            node = hit;
            continue;
        }
        if (node.kind === 'string' && insideString(text, node.span, offset))
            return stringValueCursor(text, node, offset);
        if (node.kind !== 'string' && node.span.start <= offset && offset <= node.span.end)
            return bareValueCursor(text, node, offset);
        break;
    }
    return container === undefined ? undefined : bareCursor(text, container, offset);
}
/** The child (value node, or property whose key holds the offset) of a container at `offset`. */
function childAt(text, node, offset) {
    if (node.kind === 'array') {
        for (const item of node.items)
            if (covers(text, item, offset))
                return item;
        return undefined;
    }
    for (const p of node.properties) {
        if (insideString(text, p.keySpan, offset))
            return p;
        if (p.value !== undefined && covers(text, p.value, offset))
            return p.value;
    }
    return undefined;
}
function covers(text, node, offset) {
    if (node.kind === 'object' || node.kind === 'array')
        return insideContainer(text, node, offset);
    if (node.kind === 'string')
        return insideString(text, node.span, offset);
    return node.span.start <= offset && offset <= node.span.end;
}
function keyCursor(text, prop, offset) {
    const after = nextNonSpace(text, prop.keySpan.end);
    const hasColon = prop.value !== undefined || text[after] === ':';
    return {
        offset,
        kind: 'key',
        path: (0, cursor_1.pathOf)(prop.parent),
        object: prop.parent,
        property: prop,
        replace: prop.keySpan,
        quoted: false,
        hasColon,
        indent: (0, cursor_1.lineIndent)(text, offset),
        needsComma: !hasColon && text[after] === '"',
        leadingCommaAt: hasColon ? undefined : missingComma(text, prevNonSpace(text, prop.keySpan.start)),
    };
}
function stringValueCursor(text, node, offset) {
    return {
        offset,
        kind: 'value',
        path: (0, cursor_1.pathOf)(node),
        property: (0, cursor_1.owningProperty)(node),
        node,
        replace: node.contentSpan,
        quoted: true,
        hasColon: false,
        indent: (0, cursor_1.lineIndent)(text, offset),
    };
}
function bareValueCursor(text, node, offset) {
    return {
        offset,
        kind: 'value',
        path: (0, cursor_1.pathOf)(node),
        property: (0, cursor_1.owningProperty)(node),
        node,
        replace: node.span,
        quoted: false,
        hasColon: false,
        indent: (0, cursor_1.lineIndent)(text, offset),
    };
}
/** Whitespace or a bare word inside a container. */
function bareCursor(text, container, offset) {
    const word = (0, cursor_1.wordAt)(text, offset);
    const prev = prevNonSpace(text, word.start);
    const base = { offset, replace: word, quoted: false, hasColon: false, indent: (0, cursor_1.lineIndent)(text, offset) };
    if (container.kind === 'array') {
        const index = container.items.filter((i) => i.span.end <= word.start).length;
        return { ...base, kind: 'value', path: [...(0, cursor_1.pathOf)(container), index] };
    }
    if (text[prev] === ':') {
        const prop = lastPropertyBefore(container, word.start);
        if (prop !== undefined)
            return { ...base, kind: 'value', path: (0, cursor_1.pathOfProperty)(prop), property: prop };
    }
    const after = nextNonSpace(text, word.end);
    return {
        ...base,
        kind: 'key',
        path: (0, cursor_1.pathOf)(container),
        object: container,
        hasColon: text[after] === ':',
        needsComma: text[after] === '"',
        leadingCommaAt: missingComma(text, prev),
    };
}
/** Offset after the previous value when it is not followed by a comma (a new key needs one). */
function missingComma(text, prev) {
    if (prev < 0)
        return undefined;
    const c = text[prev];
    return c === '{' || c === ',' || c === '[' || c === ':' ? undefined : prev + 1;
}
function lastPropertyBefore(obj, offset) {
    let found;
    for (const p of obj.properties)
        if (p.keySpan.end <= offset)
            found = p;
    return found;
}
//# sourceMappingURL=jsonCursor.js.map