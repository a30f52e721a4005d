"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.doComplete = doComplete;
exports.completeOrThrow = completeOrThrow;
const spec_1 = require("../asl/spec");
const cursor_1 = require("./completion/cursor");
const errorNames_1 = require("./completion/errorNames");
const expressions_1 = require("./completion/expressions");
const fields_1 = require("./completion/fields");
const itemSnippets_1 = require("./completion/itemSnippets");
const payloadKeys_1 = require("./completion/payloadKeys");
const resources_1 = require("./completion/resources");
const scope_1 = require("./completion/scope");
const stateNames_1 = require("./completion/stateNames");
const stateSnippets_1 = require("./completion/stateSnippets");
const values_1 = require("./completion/values");
const EMPTY = { isIncomplete: false, items: [] };
function doComplete(textDocument, asl, position) {
    try {
        return completeOrThrow(textDocument, asl, position);
    }
    catch {
        return EMPTY;
    }
}
/** doComplete without the safety net, for tests that must see internal errors. */
function completeOrThrow(textDocument, asl, position) {
    const offset = textDocument.offsetAt(position);
    const cursor = (0, cursor_1.cursorAt)(asl, offset);
    if (cursor === undefined)
        return EMPTY;
    const replaceRange = { start: textDocument.positionAt(cursor.replace.start), end: textDocument.positionAt(cursor.replace.end) };
    const ctx = { document: textDocument, asl, cursor, scope: (0, scope_1.resolveScope)(asl, cursor.path), replaceRange };
    const items = cursor.kind === 'key' ? keyItems(ctx) : valueItems(ctx);
    return { isIncomplete: false, items };
}
function keyItems(ctx) {
    const { scope, cursor } = ctx;
    if (cursor.newItem && (0, scope_1.objectAt)(scope) === undefined && (0, scope_1.fieldAt)(scope)?.item) {
        return valueItems({ ...ctx, cursor: { ...cursor, kind: 'value' }, replaceRange: ctx.replaceRange });
    }
    if (scope.state === undefined && scope.rel.length === 1 && scope.rel[0] === 'States')
        return (0, stateSnippets_1.stateSnippetItems)(ctx);
    const fields = (0, fields_1.fieldItems)(ctx);
    return fields.length > 0 ? fields : (0, payloadKeys_1.payloadKeyItems)(ctx);
}
function valueItems(ctx) {
    const expr = (0, expressions_1.expressionItems)(ctx);
    if (expr !== undefined)
        return expr;
    const found = (0, scope_1.fieldAt)(ctx.scope);
    if (found === undefined)
        return [];
    const { field, item } = found;
    if (field.name === 'ErrorEquals')
        return item ? (0, errorNames_1.errorNameItems)(ctx) : [];
    if (item)
        return (0, itemSnippets_1.itemSnippetItems)(ctx, field.itemShape);
    if (field.kinds.includes('stateName'))
        return ctx.scope.machine ? (0, stateNames_1.stateNameItems)(ctx, ctx.scope.machine, ctx.scope.state) : [];
    if (field.name === 'Resource')
        return (0, resources_1.resourceItems)(ctx);
    if (field.enum !== undefined)
        return (0, values_1.enumItems)(ctx, field);
    if ((0, spec_1.fieldKinds)(field, ctx.scope.language).includes('boolean'))
        return (0, values_1.booleanItems)(ctx, field);
    return [];
}
//# sourceMappingURL=completion.js.map