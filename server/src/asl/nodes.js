"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.getProperty = getProperty;
exports.getPropertyValue = getPropertyValue;
exports.stringValue = stringValue;
exports.isString = isString;
exports.isObject = isObject;
exports.nodeToValue = nodeToValue;
exports.spanContains = spanContains;
exports.findNodeAtOffset = findNodeAtOffset;
/** First property named `key` of an object node (duplicates: the first one wins). */
function getProperty(obj, key) {
    if (obj === undefined || obj.kind !== 'object')
        return undefined;
    const props = obj.properties;
    for (let i = 0; i < props.length; i++)
        if (props[i].key === key)
            return props[i];
    return undefined;
}
/** Value node of the first property named `key`. */
function getPropertyValue(obj, key) {
    return getProperty(obj, key)?.value;
}
/** The string value of a node, or undefined when it is not a string scalar. */
function stringValue(node) {
    return node !== undefined && node.kind === 'string' ? node.value : undefined;
}
/** True when the node is a string scalar. */
function isString(node) {
    return node !== undefined && node.kind === 'string';
}
/** True when the node is an object. */
function isObject(node) {
    return node !== undefined && node.kind === 'object';
}
/**
 * The plain JS value of a node (objects, arrays, scalars). For duplicated keys the last one wins,
 * as in JSON.parse. Properties without a value are skipped.
 */
function nodeToValue(node) {
    if (node === undefined)
        return undefined;
    switch (node.kind) {
        case 'object': {
            const out = {};
            for (const p of node.properties) {
                if (p.value === undefined)
                    continue;
                if (p.key === '__proto__')
                    Object.defineProperty(out, p.key, { value: nodeToValue(p.value), enumerable: true, writable: true, configurable: true });
                else
                    out[p.key] = nodeToValue(p.value);
            }
            return out;
        }
        case 'array':
            return node.items.map(nodeToValue);
        default:
            return node.value;
    }
}
/** True when `offset` is inside `span`, the end included (a cursor right after a token is in it). */
function spanContains(span, offset) {
    return span.start <= offset && offset <= span.end;
}
/** Innermost node whose span contains `offset` (end inclusive), or undefined. */
function findNodeAtOffset(root, offset) {
    let node = root;
    if (node === undefined || !spanContains(node.span, offset))
        return undefined;
    for (;;) {
        const next = childAt(node, offset);
        if (next === undefined)
            return node;
        node = next;
    }
}
function childAt(node, offset) {
    if (node.kind === 'object') {
        for (const p of node.properties) {
            if (p.value !== undefined && spanContains(p.value.span, offset))
                return p.value;
        }
    }
    else if (node.kind === 'array') {
        for (const item of node.items)
            if (spanContains(item.span, offset))
                return item;
    }
    return undefined;
}
//# sourceMappingURL=nodes.js.map