"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isJsonataString = isJsonataString;
exports.matchesKind = matchesKind;
exports.describeKinds = describeKinds;
exports.objectAnchor = objectAnchor;
exports.isTimestamp = isTimestamp;
function isJsonataString(node) {
    if (node.kind !== 'string')
        return false;
    const v = node.value;
    return v.length >= 4 && v.startsWith('{%') && v.endsWith('%}');
}
function matchesKind(kind, node, field) {
    switch (kind) {
        case 'any':
            return true;
        case 'string':
        case 'stateName':
        case 'timestamp':
        case 'intrinsic':
            return node.kind === 'string';
        case 'integer':
            return node.kind === 'number' && Number.isInteger(node.value);
        case 'number':
            return node.kind === 'number';
        case 'boolean':
            return node.kind === 'boolean';
        case 'object':
        case 'payloadTemplate':
            return node.kind === 'object';
        case 'array':
            return node.kind === 'array';
        case 'path':
            return node.kind === 'string' || node.kind === 'null';
        case 'referencePath':
            return node.kind === 'string' || (node.kind === 'null' && field === 'ResultPath');
        case 'jsonata':
            return isJsonataString(node);
    }
    return true;
}
const WORDS = {
    any: 'any JSON value',
    string: 'a string',
    stateName: 'a state name',
    timestamp: 'an RFC 3339 timestamp string',
    intrinsic: 'an intrinsic function call',
    integer: 'an integer',
    number: 'a number',
    boolean: 'true or false',
    object: 'an object',
    payloadTemplate: 'an object',
    array: 'an array',
    path: 'a JSONPath string',
    referencePath: 'a reference path string',
    jsonata: 'a "{% %}" JSONata expression',
};
function describeKinds(kinds) {
    const words = [...new Set(kinds.map((k) => WORDS[k] ?? k))];
    return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}
/** Where to report a problem about a whole object: the state name, the key holding it, or its start. */
function objectAnchor(node, state) {
    if (state && state.node === node)
        return state.nameSpan;
    const parent = node.parent;
    if (parent && 'key' in parent)
        return parent.keySpan;
    return { start: node.span.start, end: Math.min(node.span.end, node.span.start + 1) };
}
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
/** The ASL timestamp profile of RFC 3339: uppercase T, and Z or a numeric offset. */
function isTimestamp(value) {
    if (!TIMESTAMP.test(value))
        return false;
    return !Number.isNaN(Date.parse(value));
}
//# sourceMappingURL=kinds.js.map