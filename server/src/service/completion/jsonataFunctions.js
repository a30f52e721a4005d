"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.statesMemberAvailable = statesMemberAvailable;
exports.statesMemberItems = statesMemberItems;
exports.jsonataFunctionItems = jsonataFunctionItems;
/*
 * Inside JSONata `{% %}`: the `$states` members available here (`result` only in Output/Assign of
 * Task/Parallel/Map, `errorOutput` only in a catcher's Output/Assign), and the JSONata functions of
 * Step Functions (2.0.6 built-ins plus $partition, $range, $hash, $random, $uuid, $parse; never $eval).
 */
const vscode_languageserver_types_1 = require("vscode-languageserver-types");
const spec_1 = require("../../asl/spec");
const tokens_1 = require("./tokens");
/** Whether `$states.<member>` exists where the cursor is. */
function statesMemberAvailable(scope, member) {
    const rel = scope.rel;
    if (member === 'result') {
        const t = scope.state?.type;
        return (t === 'Task' || t === 'Parallel' || t === 'Map') && (rel[0] === 'Output' || rel[0] === 'Assign');
    }
    if (member === 'errorOutput')
        return rel[0] === 'Catch' && (rel[2] === 'Output' || rel[2] === 'Assign');
    return true;
}
function statesMemberItems(ctx, token) {
    const items = [];
    if ((0, tokens_1.fitsPrefix)(token, '$states')) {
        items.push((0, tokens_1.tokenItem)(ctx, token, { label: '$states', kind: vscode_languageserver_types_1.CompletionItemKind.Variable, detail: 'Reserved variable', doc: 'The reserved `$states` variable: `input`, `context` and, where available, `result` and `errorOutput`.', sortText: '0$states' }));
    }
    for (const f of spec_1.STATES_VARIABLE_FIELDS) {
        const label = `$states.${f.path}`;
        if (!statesMemberAvailable(ctx.scope, f.path) || !(0, tokens_1.fitsPrefix)(token, label))
            continue;
        items.push((0, tokens_1.tokenItem)(ctx, token, { label, kind: vscode_languageserver_types_1.CompletionItemKind.Field, detail: f.availability, doc: f.doc, sortText: `0${label}` }));
    }
    return items;
}
function jsonataFunctionItems(ctx, token) {
    if (token.prefix.includes('.'))
        return [];
    return spec_1.JSONATA_FUNCTIONS.filter((f) => !f.unavailable).map((f) => (0, tokens_1.tokenItem)(ctx, token, {
        label: f.name,
        kind: vscode_languageserver_types_1.CompletionItemKind.Function,
        text: (0, tokens_1.callSnippet)(f.name, f.signature),
        snippet: true,
        detail: f.awsOnly ? `${f.signature} (Step Functions)` : f.signature,
        doc: f.doc,
        sortText: `3${f.name}`,
    }));
}
//# sourceMappingURL=jsonataFunctions.js.map