"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.selectAll = selectAll;
exports.walkKeys = walkKeys;
const jsonpathFilter_1 = require("./jsonpathFilter");
const value_1 = require("./value");
function selectAll(nodes, segments, root) {
    let current = nodes;
    for (let i = 0; i < segments.length && current.length > 0; i++) {
        const leaf = i === segments.length - 1;
        const next = [];
        for (const node of current)
            applySegment(segments[i], node, root, leaf, next);
        current = next;
    }
    return current;
}
function applySegment(segment, node, root, leaf, out) {
    switch (segment.kind) {
        case 'property':
            if ((0, value_1.isJsonObject)(node) && Object.prototype.hasOwnProperty.call(node, segment.name))
                out.push(node[segment.name]);
            return;
        case 'properties':
            return selectProperties(segment.names, node, leaf, out);
        case 'index':
            return pushIndex(node, segment.index, out);
        case 'indexes':
            for (const index of segment.indexes)
                pushIndex(node, index, out);
            return;
        case 'wildcard':
            if (Array.isArray(node))
                out.push(...node);
            else if ((0, value_1.isJsonObject)(node))
                out.push(...Object.values(node));
            return;
        case 'slice':
            if (Array.isArray(node))
                out.push(...sliceOf(node, segment.start, segment.end));
            return;
        case 'filter':
            if (Array.isArray(node)) {
                for (const item of node)
                    if ((0, jsonpathFilter_1.filterAccepts)(segment.expr, item, root))
                        out.push(item);
            }
            else if ((0, value_1.isJsonObject)(node) && (0, jsonpathFilter_1.filterAccepts)(segment.expr, node, root))
                out.push(node);
            return;
        case 'descendant':
            return scan(segment.then, node, root, leaf, out);
    }
}
function selectProperties(names, node, leaf, out) {
    if (!(0, value_1.isJsonObject)(node))
        return;
    const present = names.filter((n) => Object.prototype.hasOwnProperty.call(node, n));
    if (!leaf) {
        for (const n of present)
            out.push(node[n]);
        return;
    }
    const merged = {};
    for (const n of present)
        merged[n] = node[n];
    out.push(merged);
}
function pushIndex(node, index, out) {
    if (!Array.isArray(node))
        return;
    const i = index < 0 ? node.length + index : index;
    if (i >= 0 && i < node.length)
        out.push(node[i]);
}
function sliceOf(arr, start, end) {
    const n = arr.length;
    const from = start === undefined ? 0 : start < 0 ? Math.max(0, n + start) : Math.min(start, n);
    const to = end === undefined ? n : end < 0 ? Math.max(0, n + end) : Math.min(end, n);
    return from < to ? arr.slice(from, to) : [];
}
/** `..x`: applies x to the node itself, then to every descendant, depth-first in document order. */
function scan(then, node, root, leaf, out) {
    if (then.kind === 'wildcard') {
        collectDescendants(node, out);
        return;
    }
    applySegment(then, node, root, leaf, out);
    if (Array.isArray(node))
        for (const child of node)
            scan(then, child, root, leaf, out);
    else if ((0, value_1.isJsonObject)(node))
        for (const key in node)
            scan(then, node[key], root, leaf, out);
}
function collectDescendants(node, out) {
    const children = Array.isArray(node) ? node : (0, value_1.isJsonObject)(node) ? Object.values(node) : [];
    for (const child of children) {
        out.push(child);
        collectDescendants(child, out);
    }
}
/** Follows object keys and array indexes (negative = from the end); undefined when absent. */
function walkKeys(start, keys) {
    let v = start;
    for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        if (typeof key === 'string') {
            if (typeof v !== 'object' || v === null || Array.isArray(v) || !Object.prototype.hasOwnProperty.call(v, key))
                return undefined;
            v = v[key];
        }
        else {
            if (!Array.isArray(v))
                return undefined;
            const idx = key < 0 ? v.length + key : key;
            if (idx < 0 || idx >= v.length)
                return undefined;
            v = v[idx];
        }
    }
    return v;
}
//# sourceMappingURL=jsonpathSelect.js.map