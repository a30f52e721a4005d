"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.variableItems = variableItems;
/*
 * Workflow variables (`$name`) that an Assign can have set before the current state, in JSONPath
 * paths and in JSONata expressions. The analysis lives in service/variables.ts.
 */
const vscode_languageserver_types_1 = require("vscode-languageserver-types");
const variables_1 = require("../variables");
const tokens_1 = require("./tokens");
function variableItems(ctx, token) {
    const state = ctx.scope.state;
    if (state === undefined)
        return [];
    const items = [];
    for (const name of [...(0, variables_1.variablesAt)(ctx.asl, state)].sort()) {
        const label = `$${name}`;
        if (!(0, tokens_1.fitsPrefix)(token, label))
            continue;
        items.push((0, tokens_1.tokenItem)(ctx, token, { label, kind: vscode_languageserver_types_1.CompletionItemKind.Variable, detail: 'Workflow variable', sortText: `0${name}` }));
    }
    return items;
}
//# sourceMappingURL=variableNames.js.map