"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.findDocumentHighlights = findDocumentHighlights;
const vscode_languageserver_types_1 = require("vscode-languageserver-types");
const symbolAt_1 = require("./navigation/symbolAt");
const ranges_1 = require("./navigation/ranges");
function findDocumentHighlights(textDocument, asl, position) {
    const symbol = (0, symbolAt_1.stateSymbolAt)(asl, textDocument.offsetAt(position));
    if (symbol === undefined)
        return [];
    const { declaration, references } = (0, symbolAt_1.occurrences)(symbol.machine, symbol.name);
    const out = references.map((t) => ({ range: (0, ranges_1.toRange)(textDocument, t.span), kind: vscode_languageserver_types_1.DocumentHighlightKind.Read }));
    if (declaration !== undefined)
        out.unshift({ range: (0, ranges_1.toRange)(textDocument, declaration.nameSpan), kind: vscode_languageserver_types_1.DocumentHighlightKind.Write });
    return out;
}
//# sourceMappingURL=highlights.js.map