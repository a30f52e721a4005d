"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.convertStateToJsonata = convertStateToJsonata;
/*
 * Rewrites the plain value of a JSONPath Pass or Task state as a JSONata state, best effort:
 * QueryLanguage JSONata; Parameters -> Arguments (Task) with `.$` values as `{% %}` expressions;
 * InputPath folded into those expressions; Result/ResultSelector/ResultPath/OutputPath -> Output;
 * catchers' ResultPath -> Output; Assign and *Path fields rewritten. Pure, on plain JS values.
 */
const intrinsics_1 = require("./intrinsics");
const paths_1 = require("./paths");
const REMOVED = new Set(['InputPath', 'Parameters', 'Result', 'ResultSelector', 'ResultPath', 'OutputPath']);
const PATH_FIELDS = { TimeoutSecondsPath: 'TimeoutSeconds', HeartbeatSecondsPath: 'HeartbeatSeconds' };
function convertStateToJsonata(state) {
    const isTask = state.Type === 'Task';
    const input = inputExpression(state.InputPath);
    const result = isTask ? taskResult(state) : passResult(state, input);
    const output = outputOf(state, result, isTask);
    const out = {};
    for (const [key, value] of Object.entries(state)) {
        if (key === 'QueryLanguage')
            continue;
        if (key === 'Parameters' && isTask)
            out.Arguments = template(value, input);
        else if (PATH_FIELDS[key] !== undefined && typeof value === 'string')
            out[PATH_FIELDS[key]] = wrap((0, paths_1.convertPath)(value, input));
        else if (key === 'Assign')
            out.Assign = template(value, result.assignBase);
        else if (key === 'Catch' && Array.isArray(value))
            out.Catch = value.map(convertCatcher);
        else if (!REMOVED.has(key))
            out[key] = value;
        if (key === 'Type')
            out.QueryLanguage = 'JSONata';
        if (key === firstOutputKey(state) && output !== undefined)
            out.Output = output;
    }
    if (isTask && state.Parameters === undefined && input !== '$states.input')
        out.Arguments = wrap(input);
    if (output !== undefined && !('Output' in out))
        out.Output = output;
    return out;
}
function inputExpression(inputPath) {
    if (inputPath === null)
        return '{}';
    return typeof inputPath === 'string' ? (0, paths_1.convertPath)(inputPath, '$states.input') : '$states.input';
}
function taskResult(state) {
    if (state.ResultSelector === undefined)
        return { expr: '$states.result', assignBase: '$states.result' };
    const expr = templateExpression(state.ResultSelector, '$states.result');
    return { expr, value: template(state.ResultSelector, '$states.result'), assignBase: expr };
}
function passResult(state, input) {
    if (state.Result !== undefined)
        return { expr: JSON.stringify(state.Result), value: state.Result, assignBase: JSON.stringify(state.Result) };
    if (state.Parameters !== undefined) {
        const expr = templateExpression(state.Parameters, input);
        return { expr, value: template(state.Parameters, input), assignBase: expr };
    }
    return { expr: input, assignBase: input };
}
/** The Output field's value, or undefined when the JSONata default already matches. */
function outputOf(state, result, isTask) {
    const merged = resultPathExpression(state.ResultPath, result.expr, '$states.input');
    const outputPath = state.OutputPath;
    const expr = outputPath === undefined || outputPath === '$' ? merged : outputPath === null ? '{}' : (0, paths_1.convertPath)(String(outputPath), merged);
    if (expr === (isTask ? '$states.result' : '$states.input'))
        return undefined;
    if (expr === result.expr && result.value !== undefined)
        return result.value;
    return wrap(expr);
}
/** ResultPath semantics: where `result` goes inside `input`. */
function resultPathExpression(resultPath, result, input) {
    if (resultPath === undefined || resultPath === '$')
        return result;
    if (resultPath === null || typeof resultPath !== 'string')
        return input;
    const names = [...resultPath.matchAll(/\.([A-Za-z0-9_]+)|\[['"]([^'"]*)['"]\]/g)].map((m) => m[1] ?? m[2]);
    if (names.length === 0)
        return result;
    return mergeInto(input, names, result);
}
function mergeInto(target, names, value) {
    const [head, ...rest] = names;
    const inner = rest.length === 0 ? value : mergeInto(`${(0, paths_1.member)(target)}.${quote(head)}`, rest, value);
    return `$merge([${target}, {${JSON.stringify(head)}: ${inner}}])`;
}
function convertCatcher(catcher) {
    if (catcher === null || typeof catcher !== 'object' || Array.isArray(catcher))
        return catcher;
    const out = {};
    for (const [key, value] of Object.entries(catcher)) {
        if (key === 'ResultPath') {
            const expr = resultPathExpression(value, '$states.errorOutput', '$states.input');
            if (expr !== '$states.errorOutput')
                out.Output = wrap(expr);
        }
        else if (key === 'Assign')
            out.Assign = template(value, '$states.errorOutput');
        else
            out[key] = value;
    }
    return out;
}
/** A payload template as a JSON value whose `.$` entries became `{% %}` strings. */
function template(value, base) {
    if (Array.isArray(value))
        return value.map((v) => template(v, base));
    if (value === null || typeof value !== 'object')
        return value;
    const out = {};
    for (const [key, v] of Object.entries(value)) {
        if (key.endsWith('.$') && typeof v === 'string')
            out[key.slice(0, -2)] = wrap((0, intrinsics_1.convertExpression)(v, base));
        else
            out[key] = template(v, base);
    }
    return out;
}
/** A payload template as one JSONata object constructor expression. */
function templateExpression(value, base) {
    if (Array.isArray(value))
        return `[${value.map((v) => templateExpression(v, base)).join(', ')}]`;
    if (value === null || typeof value !== 'object')
        return JSON.stringify(value);
    const entries = Object.entries(value).map(([key, v]) => key.endsWith('.$') && typeof v === 'string'
        ? `${JSON.stringify(key.slice(0, -2))}: ${(0, intrinsics_1.convertExpression)(v, base)}`
        : `${JSON.stringify(key)}: ${templateExpression(v, base)}`);
    return `{${entries.join(', ')}}`;
}
function firstOutputKey(state) {
    return Object.keys(state).find((k) => k === 'Result' || k === 'ResultSelector' || k === 'ResultPath' || k === 'OutputPath' || (k === 'Parameters' && state.Type !== 'Task'));
}
function wrap(expr) {
    return `{% ${expr} %}`;
}
function quote(name) {
    return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : '`' + name + '`';
}
//# sourceMappingURL=convertState.js.map