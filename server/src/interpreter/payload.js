"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.evaluatePayloadTemplate = evaluatePayloadTemplate;
/*
 * Payload templates (Parameters, ItemSelector, ResultSelector, and Assign in JSONPath states):
 * keys ending in `.$` take the value of a path ($, $$, $name) or an intrinsic function; nested
 * objects and arrays are processed recursively. Each template object is compiled once (WeakMap
 * by identity); static parts are shared, never copied. Never throws.
 */
const expr_1 = require("../asl/expr");
const failure_1 = require("./failure");
const intrinsics_1 = require("./intrinsics");
const jsonpath_1 = require("./jsonpath");
const value_1 = require("./value");
const compiledTemplates = new WeakMap();
/** Unresolvable path → Failure(failureName ?? 'States.ParameterPathFailure'). */
function evaluatePayloadTemplate(template, data, scope, failureName) {
    if (template === null || typeof template !== 'object')
        return template;
    const fn = compileTemplate(template);
    return fn === null ? template : fn(data, scope, failureName ?? 'States.ParameterPathFailure');
}
/** null when the template has no `.$` key anywhere (it is then its own value). */
function compileTemplate(template) {
    let fn = compiledTemplates.get(template);
    if (fn === undefined) {
        fn = Array.isArray(template) ? compileArray(template) : compileObject(template);
        compiledTemplates.set(template, fn);
    }
    return fn;
}
function compileValue(value) {
    return value !== null && typeof value === 'object' ? compileTemplate(value) : null;
}
function compileArray(template) {
    const items = template.map((item) => compileValue(item));
    if (items.every((f) => f === null))
        return null;
    return (data, scope, failureName) => {
        const out = new Array(template.length);
        for (let i = 0; i < template.length; i++) {
            const f = items[i];
            const v = f === null ? template[i] : f(data, scope, failureName);
            if (v instanceof failure_1.Failure)
                return v;
            out[i] = v;
        }
        return out;
    };
}
function compileObject(template) {
    const entries = [];
    let dynamic = false;
    for (const key of Object.keys(template)) {
        const value = template[key];
        const fn = key.endsWith('.$') ? compileDynamic(key, value) : compileValue(value);
        if (fn !== null)
            dynamic = true;
        entries.push({ key: key.endsWith('.$') ? key.slice(0, -2) : key, fn: fn ?? (() => value) });
    }
    if (!dynamic)
        return null;
    return (data, scope, failureName) => {
        const out = {};
        for (const { key, fn } of entries) {
            const v = fn(data, scope, failureName);
            if (v instanceof failure_1.Failure)
                return v;
            (0, value_1.setOwn)(out, key, v);
        }
        return out;
    };
}
function compileDynamic(key, expression) {
    if (typeof expression !== 'string') {
        const failure = new failure_1.Failure('States.Runtime', `The value of the field '${key}' must be a path or an intrinsic function, not ${JSON.stringify(expression)}`);
        return () => failure;
    }
    if ((0, expr_1.isIntrinsicCall)(expression)) {
        const fn = (0, intrinsics_1.compileIntrinsic)(expression);
        return (data, scope) => fn(data, scope);
    }
    const path = (0, jsonpath_1.compilePath)(expression);
    if (path instanceof failure_1.Failure)
        return () => path;
    return (data, scope, failureName) => {
        const v = path(data, scope);
        return v !== undefined ? v : new failure_1.Failure(failureName, notFoundCause(expression, key, expression.startsWith('$$') ? scope.context : data));
    };
}
function notFoundCause(path, key, where) {
    const text = JSON.stringify(where);
    const shown = text.length > 1000 ? text.slice(0, 1000) + '...' : text;
    return `The JSONPath '${path}' specified for the field '${key}' could not be found in the input '${shown}'`;
}
//# sourceMappingURL=payload.js.map