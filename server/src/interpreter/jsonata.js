"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.isJsonataString = isJsonataString;
exports.evaluateJsonata = evaluateJsonata;
exports.evaluateJsonataTemplate = evaluateJsonataTemplate;
/*
 * JSONata evaluation with the jsonata package at 2.0.6 (the version AWS runs: no `?:`/`??`, and
 * no $eval), the `$states` binding, workflow variables and AWS's added functions. Each expression
 * is compiled once; the variables it names are found in its AST and bound per evaluation from the
 * scope. Any error, or a result that is undefined, becomes States.QueryEvaluationError.
 * Decision: `$` at the top level is undefined (AWS forbids top-level `$`/field names).
 */
const jsonata_1 = __importDefault(require("jsonata"));
const failure_1 = require("./failure");
const jsonataFunctions_1 = require("./jsonataFunctions");
const value_1 = require("./value");
const compiled = new Map();
/** True for a string that is exactly `{% ... %}` (no spaces outside the delimiters). */
function isJsonataString(v) {
    return typeof v === 'string' && v.length >= 4 && v.startsWith('{%') && v.endsWith('%}');
}
/** `expression` is the body without the `{% %}` delimiters; `field` names it in causes. */
async function evaluateJsonata(expression, bindings, scope, field) {
    const c = compile(expression);
    const where = `The JSONata expression '${expression}'${field ? ` specified for the field '${field}'` : ''}`;
    if (!c.expression)
        return new failure_1.Failure('States.QueryEvaluationError', `${where} is invalid: ${c.error}`);
    const values = { ...(0, jsonataFunctions_1.awsFunctions)(scope), states: bindings.states };
    for (const name of c.variables) {
        const v = scope.variable(name);
        if (v !== undefined)
            values[name] = v;
    }
    try {
        const result = await c.expression.evaluate(undefined, values);
        if (result === undefined)
            return new failure_1.Failure('States.QueryEvaluationError', `${where} returned nothing (undefined).`);
        if (isFunctionValue(result))
            return new failure_1.Failure('States.QueryEvaluationError', `${where} returned a function, which is not JSON.`);
        return result;
    }
    catch (e) {
        return new failure_1.Failure('States.QueryEvaluationError', `${where} failed: ${errorText(e)}`);
    }
}
/** Evaluates every `{% %}` string inside objects and arrays; parts without one are shared as they are. */
async function evaluateJsonataTemplate(value, bindings, scope) {
    if (isJsonataString(value))
        return evaluateJsonata(value.slice(2, -2), bindings, scope);
    if (value === null || typeof value !== 'object' || !hasExpressions(value))
        return value;
    if (Array.isArray(value)) {
        const out = [];
        for (const item of value) {
            const v = await evaluateJsonataTemplate(item, bindings, scope);
            if (v instanceof failure_1.Failure)
                return v;
            out.push(v);
        }
        return out;
    }
    const out = {};
    for (const key of Object.keys(value)) {
        const v = await evaluateJsonataTemplate(value[key], bindings, scope);
        if (v instanceof failure_1.Failure)
            return v;
        Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
    }
    return out;
}
const expressionsInside = new WeakMap();
function hasExpressions(value) {
    let has = expressionsInside.get(value);
    if (has === undefined) {
        const children = Array.isArray(value) ? value : Object.values(value);
        has = children.some((c) => isJsonataString(c) || (c !== null && typeof c === 'object' && hasExpressions(c)));
        expressionsInside.set(value, has);
    }
    return has;
}
function compile(expression) {
    let c = compiled.get(expression);
    if (c === undefined) {
        try {
            const expr = (0, jsonata_1.default)(expression);
            c = { expression: expr, variables: variablesIn(expr.ast()) };
        }
        catch (e) {
            c = { error: errorText(e), variables: [] };
        }
        if (compiled.size > 10_000)
            compiled.clear();
        compiled.set(expression, c);
    }
    return c;
}
function variablesIn(ast) {
    const names = new Set();
    const seen = new Set();
    const walk = (node) => {
        if (node === null || typeof node !== 'object' || seen.has(node))
            return;
        seen.add(node);
        const n = node;
        if (n.type === 'variable' && typeof n.value === 'string' && n.value !== '' && n.value !== 'states')
            names.add(n.value);
        for (const child of Array.isArray(node) ? node : Object.values(node))
            walk(child);
    };
    walk(ast);
    return [...names];
}
function isFunctionValue(v) {
    return typeof v === 'function' || (typeof v === 'object' && v !== null && v._jsonata_lambda === true);
}
function errorText(e) {
    if ((0, value_1.isJsonObject)(e) || e instanceof Error) {
        const err = e;
        const code = typeof err.code === 'string' ? ` [${err.code}${typeof err.position === 'number' ? ` at ${err.position}` : ''}]` : '';
        return `${String(err.message ?? e)}${code}`;
    }
    return String(e);
}
//# sourceMappingURL=jsonata.js.map