"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.applyResultPath = applyResultPath;
exports.referenceKeys = referenceKeys;
/*
 * ResultPath: merges a state's result into its raw input, copy-on-write: only the objects on the
 * path are copied (shallowly), everything else is shared and the input is never mutated.
 * Decisions: missing objects on the path are created; a scalar/array where an object is needed,
 * or an index outside an existing array, is States.ResultPathMatchFailure.
 */
const expr_1 = require("../asl/expr");
const failure_1 = require("./failure");
const value_1 = require("./value");
const keysCache = new Map();
function applyResultPath(rawInput, resultPath, result) {
    if (resultPath === null)
        return rawInput;
    if (resultPath === undefined || resultPath === '$')
        return result;
    const keys = referenceKeys(resultPath);
    if (keys instanceof failure_1.Failure)
        return keys;
    const out = setIn(rawInput, keys, 0, result);
    return out === undefined ? new failure_1.Failure('States.ResultPathMatchFailure', cannotApply(resultPath, rawInput)) : out;
}
/** The keys of a `$`-rooted reference path, cached per string. */
function referenceKeys(path) {
    let keys = keysCache.get(path);
    if (keys === undefined) {
        const { ast } = (0, expr_1.parseJsonPath)(path);
        keys =
            ast && ast.reference && ast.root.kind === 'data'
                ? ast.segments.map((s) => (s.kind === 'property' ? s.name : s.kind === 'index' ? s.index : ''))
                : new failure_1.Failure('States.ResultPathMatchFailure', `Invalid ResultPath '${path}': expected a reference path starting with '$'`);
        keysCache.set(path, keys);
    }
    return keys;
}
function setIn(node, keys, i, value) {
    if (i === keys.length)
        return value;
    const key = keys[i];
    if (typeof key === 'string') {
        if (node !== undefined && !(0, value_1.isJsonObject)(node))
            return undefined;
        const child = node !== undefined && Object.prototype.hasOwnProperty.call(node, key) ? node[key] : undefined;
        const updated = setIn(child, keys, i + 1, value);
        if (updated === undefined)
            return undefined;
        const copy = node === undefined ? {} : (0, value_1.shallowCopy)(node);
        (0, value_1.setOwn)(copy, key, updated);
        return copy;
    }
    if (!Array.isArray(node))
        return undefined;
    const idx = key < 0 ? node.length + key : key;
    if (idx < 0 || idx >= node.length)
        return undefined;
    const updated = setIn(node[idx], keys, i + 1, value);
    if (updated === undefined)
        return undefined;
    const copy = node.slice();
    copy[idx] = updated;
    return copy;
}
function cannotApply(path, input) {
    const text = JSON.stringify(input);
    return `Unable to apply ResultPath '${path}' to input ${text.length > 1000 ? text.slice(0, 1000) + '...' : text}`;
}
//# sourceMappingURL=resultPath.js.map