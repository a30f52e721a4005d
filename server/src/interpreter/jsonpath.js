"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.walkKeys = void 0;
exports.evaluatePath = evaluatePath;
exports.evaluatePathOrUndefined = evaluatePathOrUndefined;
exports.compilePath = compilePath;
exports.noResultsCause = noResultsCause;
exports.normalizedPath = normalizedPath;
/*
 * JSONPath evaluation (Jayway semantics, as AWS Step Functions uses) over paths parsed by
 * asl/expr, so the validator accepts exactly what runs here. Roots: `$` data, `$$` context
 * object, `$name` workflow variable. Each path string is compiled once; reference paths
 * (`$.a.b[0]`) take a fast path, a plain key walk. No I/O, never throws, never copies.
 */
const expr_1 = require("../asl/expr");
const failure_1 = require("./failure");
const jsonpathFunctions_1 = require("./jsonpathFunctions");
const jsonpathSelect_1 = require("./jsonpathSelect");
Object.defineProperty(exports, "walkKeys", { enumerable: true, get: function () { return jsonpathSelect_1.walkKeys; } });
const compiled = new Map();
/** Definite paths return the value, indefinite ones an array; no match → Failure('States.Runtime'). */
function evaluatePath(path, data, scope) {
    const fn = compilePath(path);
    if (fn instanceof failure_1.Failure)
        return fn;
    const value = fn(data, scope);
    return value === undefined ? new failure_1.Failure('States.Runtime', noResultsCause(path)) : value;
}
/** Like evaluatePath, but a path that matches nothing gives undefined (Choice IsPresent, ...). */
function evaluatePathOrUndefined(path, data, scope) {
    const fn = compilePath(path);
    return fn instanceof failure_1.Failure ? fn : fn(data, scope);
}
/** The cached compiled form of a path, or Failure('States.Runtime') when it does not parse. */
function compilePath(path) {
    let fn = compiled.get(path);
    if (fn === undefined) {
        const { ast, errors } = (0, expr_1.parseJsonPath)(path);
        fn = ast ? compileAst(ast) : new failure_1.Failure('States.Runtime', `Invalid JSONPath '${path}': ${errors[0]?.message ?? 'syntax error'}`);
        if (compiled.size > 10_000)
            compiled.clear();
        compiled.set(path, fn);
    }
    return fn;
}
/** Jayway's wording: "Invalid path '$.a' : No results for path: $['a']". */
function noResultsCause(path) {
    const { ast } = (0, expr_1.parseJsonPath)(path);
    return `Invalid path '${path}' : No results for path: ${ast ? normalizedPath(ast) : path}`;
}
function normalizedPath(ast) {
    const root = ast.root.kind === 'data' ? '$' : ast.root.kind === 'context' ? '$$' : `$${ast.root.name}`;
    return root + ast.segments.map((s) => (s.kind === 'property' ? `['${s.name}']` : s.kind === 'index' ? `[${s.index}]` : '')).join('');
}
function compileAst(ast) {
    const fn = ast.function;
    if (fn !== undefined) {
        const inner = compileAst({ ...ast, function: undefined, definite: isDefinite(ast), reference: false });
        return (data, scope) => (0, jsonpathFunctions_1.applyPathFunction)(fn, inner(data, scope));
    }
    const root = rootGetter(ast.root);
    if (ast.reference) {
        const keys = ast.segments.map((s) => (s.kind === 'property' ? s.name : s.kind === 'index' ? s.index : 0));
        if (keys.length === 0)
            return root;
        return (data, scope) => {
            const start = root(data, scope);
            return start === undefined ? undefined : (0, jsonpathSelect_1.walkKeys)(start, keys);
        };
    }
    const segments = ast.segments;
    if (ast.definite) {
        return (data, scope) => {
            const start = root(data, scope);
            if (start === undefined)
                return undefined;
            const found = (0, jsonpathSelect_1.selectAll)([start], segments, start);
            return found.length > 0 ? found[0] : undefined;
        };
    }
    return (data, scope) => {
        const start = root(data, scope);
        return start === undefined ? [] : (0, jsonpathSelect_1.selectAll)([start], segments, start);
    };
}
/** Definiteness of the segments alone (a path with a function is always reported definite). */
function isDefinite(ast) {
    return ast.segments.every((s, i) => s.kind === 'property' || s.kind === 'index' || (s.kind === 'properties' && i === ast.segments.length - 1));
}
function rootGetter(root) {
    switch (root.kind) {
        case 'data':
            return (data) => data;
        case 'context':
            return (_data, scope) => scope.context;
        case 'variable': {
            const name = root.name;
            return (_data, scope) => scope.variable(name);
        }
    }
}
//# sourceMappingURL=jsonpath.js.map