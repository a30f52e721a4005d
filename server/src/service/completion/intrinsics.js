"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.intrinsicItems = intrinsicItems;
/*
 * Intrinsic functions (`States.*`) with signature snippets, inside JSONPath `.$` values, Assign
 * values and fields that accept an intrinsic (ErrorPath, CausePath).
 */
const vscode_languageserver_types_1 = require("vscode-languageserver-types");
const spec_1 = require("../../asl/spec");
const tokens_1 = require("./tokens");
function intrinsicItems(ctx, token) {
    if (token.prefix.startsWith('$'))
        return [];
    return spec_1.INTRINSIC_FUNCTIONS.filter((f) => (0, tokens_1.fitsPrefix)(token, f.name)).map((f) => (0, tokens_1.tokenItem)(ctx, token, {
        label: f.name,
        kind: vscode_languageserver_types_1.CompletionItemKind.Function,
        text: (0, tokens_1.callSnippet)(f.name, f.signature),
        snippet: true,
        detail: f.signature,
        doc: f.doc,
        sortText: `2${f.name}`,
    }));
}
//# sourceMappingURL=intrinsics.js.map