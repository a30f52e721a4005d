"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.expressionItems = expressionItems;
const contextPaths_1 = require("./contextPaths");
const intrinsics_1 = require("./intrinsics");
const jsonataFunctions_1 = require("./jsonataFunctions");
const scope_1 = require("./scope");
const tokens_1 = require("./tokens");
const variableNames_1 = require("./variableNames");
function jsonPathMode(ctx) {
    const rel = ctx.scope.rel;
    const keys = rel.filter((s) => typeof s === 'string');
    const last = keys[keys.length - 1];
    if (last !== undefined && last.endsWith('.$'))
        return 'full';
    if (keys.includes('Assign'))
        return 'full';
    const f = (0, scope_1.fieldAt)(ctx.scope)?.field;
    if (f === undefined)
        return undefined;
    if (f.kinds.includes('intrinsic'))
        return 'full';
    if ((f.kinds.includes('path') || f.kinds.includes('referencePath')) && f.name !== 'ResultPath')
        return 'path';
    return undefined;
}
/** True when the cursor sits between `{%` and `%}` in the string content. */
function insideJsonata(text, contentStart, offset) {
    const before = text.slice(contentStart, offset);
    const open = before.lastIndexOf('{%');
    return open >= 0 && before.indexOf('%}', open) < 0;
}
/** Items for an expression string at the cursor, or undefined when the cursor is not in one. */
function expressionItems(ctx) {
    const node = ctx.cursor.node;
    if (ctx.cursor.kind !== 'value' || node === undefined || node.kind !== 'string')
        return undefined;
    const text = ctx.asl.text;
    const token = (0, tokens_1.tokenAt)(text, node.contentSpan, ctx.cursor.offset);
    if (ctx.scope.language === 'JSONata') {
        if (!insideJsonata(text, node.contentSpan.start, ctx.cursor.offset))
            return undefined;
        return [
            ...(0, jsonataFunctions_1.statesMemberItems)(ctx, token),
            ...(0, contextPaths_1.contextPathItems)(ctx, token, '$states.context.'),
            ...(0, variableNames_1.variableItems)(ctx, token),
            ...(0, jsonataFunctions_1.jsonataFunctionItems)(ctx, token),
        ];
    }
    const mode = jsonPathMode(ctx);
    if (mode === undefined)
        return undefined;
    return [
        ...(0, variableNames_1.variableItems)(ctx, token),
        ...(0, contextPaths_1.contextPathItems)(ctx, token, '$$.'),
        ...(mode === 'full' ? (0, intrinsics_1.intrinsicItems)(ctx, token) : []),
    ];
}
//# sourceMappingURL=expressions.js.map