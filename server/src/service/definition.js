"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.findDefinition = findDefinition;
const symbolAt_1 = require("./navigation/symbolAt");
const ranges_1 = require("./navigation/ranges");
function findDefinition(textDocument, asl, position) {
    const symbol = (0, symbolAt_1.stateSymbolAt)(asl, textDocument.offsetAt(position));
    if (symbol === undefined)
        return null;
    const state = symbol.kind === 'declaration' ? symbol.state : (0, symbolAt_1.findStateIn)(symbol.machine, symbol.name);
    if (state === undefined)
        return null;
    return { uri: textDocument.uri, range: (0, ranges_1.toRange)(textDocument, state.nameSpan) };
}
//# sourceMappingURL=definition.js.map