"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.contextFieldAvailable = contextFieldAvailable;
exports.contextPathItems = contextPathItems;
/*
 * Context object paths: `$$.` in JSONPath, `$states.context.` in JSONata. `Map.Item.*` only inside
 * a Map state's ItemSelector (or deprecated Parameters); `Task.*` only in Task states.
 */
const vscode_languageserver_types_1 = require("vscode-languageserver-types");
const spec_1 = require("../../asl/spec");
const tokens_1 = require("./tokens");
/** Whether a context field exists where the cursor is. */
function contextFieldAvailable(scope, field) {
    const top = field.path.split('.')[0];
    if (top === 'Map')
        return scope.state?.type === 'Map' && (scope.rel[0] === 'ItemSelector' || scope.rel[0] === 'Parameters');
    if (top === 'Task')
        return scope.state?.type === 'Task';
    return true;
}
function contextPathItems(ctx, token, prefix) {
    const items = [];
    for (const f of spec_1.CONTEXT_FIELDS) {
        const label = `${prefix}${f.path}`;
        if (!contextFieldAvailable(ctx.scope, f) || !(0, tokens_1.fitsPrefix)(token, label))
            continue;
        const detail = f.availability === undefined ? 'Context object' : `Context object: ${f.availability}`;
        items.push((0, tokens_1.tokenItem)(ctx, token, { label, kind: vscode_languageserver_types_1.CompletionItemKind.Field, detail, doc: f.doc, sortText: `1${label}` }));
    }
    return items;
}
//# sourceMappingURL=contextPaths.js.map