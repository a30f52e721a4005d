"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.findReferences = findReferences;
const symbolAt_1 = require("./navigation/symbolAt");
const ranges_1 = require("./navigation/ranges");
function findReferences(textDocument, asl, position, includeDeclaration) {
    const symbol = (0, symbolAt_1.stateSymbolAt)(asl, textDocument.offsetAt(position));
    if (symbol === undefined)
        return [];
    const { declaration, references } = (0, symbolAt_1.occurrences)(symbol.machine, symbol.name);
    const spans = references.map((t) => t.span);
    if (includeDeclaration && declaration !== undefined)
        spans.unshift(declaration.nameSpan);
    return spans.map((span) => ({ uri: textDocument.uri, range: (0, ranges_1.toRange)(textDocument, span) }));
}
//# sourceMappingURL=references.js.map