"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.findDocumentSymbols = findDocumentSymbols;
const vscode_languageserver_types_1 = require("vscode-languageserver-types");
const ranges_1 = require("./navigation/ranges");
const KIND_BY_TYPE = {
    Task: vscode_languageserver_types_1.SymbolKind.Function,
    Pass: vscode_languageserver_types_1.SymbolKind.Variable,
    Choice: vscode_languageserver_types_1.SymbolKind.Enum,
    Wait: vscode_languageserver_types_1.SymbolKind.Event,
    Succeed: vscode_languageserver_types_1.SymbolKind.Constant,
    Fail: vscode_languageserver_types_1.SymbolKind.Constant,
    Parallel: vscode_languageserver_types_1.SymbolKind.Module,
    Map: vscode_languageserver_types_1.SymbolKind.Array,
};
function findDocumentSymbols(textDocument, asl) {
    return asl.machine === undefined ? [] : machineSymbols(textDocument, asl.machine);
}
function machineSymbols(textDocument, machine) {
    return machine.states.map((state) => stateSymbol(textDocument, state));
}
function stateSymbol(textDocument, state) {
    const symbol = {
        name: state.name === '' ? '""' : state.name,
        detail: state.type ?? '',
        kind: (state.type !== undefined ? KIND_BY_TYPE[state.type] : undefined) ?? vscode_languageserver_types_1.SymbolKind.Object,
        range: (0, ranges_1.toRange)(textDocument, state.property.span),
        selectionRange: (0, ranges_1.toRange)(textDocument, state.nameSpan),
    };
    if (state.children.length > 0)
        symbol.children = state.children.map((child) => childMachineSymbol(textDocument, child));
    return symbol;
}
function childMachineSymbol(textDocument, machine) {
    const owner = machine.owner;
    const name = owner?.kind === 'Branch' ? `Branch ${(owner.index ?? 0) + 1}` : (owner?.kind ?? 'Machine');
    const range = (0, ranges_1.toRange)(textDocument, machine.node.span);
    const start = (0, ranges_1.toRange)(textDocument, { start: machine.node.span.start, end: machine.node.span.start });
    return { name, kind: vscode_languageserver_types_1.SymbolKind.Namespace, range, selectionRange: start, children: machineSymbols(textDocument, machine) };
}
//# sourceMappingURL=documentSymbols.js.map