"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_STATE_NAME_LENGTH = void 0;
exports.prepareRename = prepareRename;
exports.doRename = doRename;
exports.checkNewName = checkNewName;
const symbolAt_1 = require("./navigation/symbolAt");
const ranges_1 = require("./navigation/ranges");
exports.MAX_STATE_NAME_LENGTH = 80;
/** The range of the name to rename (without quotes) and its current text, or null off a state name. */
function prepareRename(textDocument, asl, position) {
    const symbol = (0, symbolAt_1.stateSymbolAt)(asl, textDocument.offsetAt(position));
    if (symbol === undefined)
        return null;
    const span = symbol.kind === 'declaration' ? symbol.state.nameSpan : symbol.transition.span;
    return { range: (0, ranges_1.toRange)(textDocument, (0, ranges_1.nameContentSpan)(asl.text, span)), placeholder: symbol.name };
}
function doRename(textDocument, asl, position, newName) {
    const symbol = (0, symbolAt_1.stateSymbolAt)(asl, textDocument.offsetAt(position));
    if (symbol === undefined)
        return null;
    if (newName === symbol.name)
        return { edit: { changes: { [textDocument.uri]: [] } } };
    const problem = checkNewName(asl, newName);
    if (problem !== undefined)
        return { error: problem };
    const { declaration, references } = (0, symbolAt_1.occurrences)(symbol.machine, symbol.name);
    const spans = references.map((t) => t.span);
    if (declaration !== undefined)
        spans.unshift(declaration.nameSpan);
    const edits = spans.map((span) => (0, ranges_1.nameEdit)(textDocument, span, newName, asl.format));
    return { edit: { changes: { [textDocument.uri]: edits } } };
}
/** Why `name` cannot be a new state name, or undefined when it can. */
function checkNewName(asl, name) {
    if (name.trim() === '')
        return 'A state name cannot be empty.';
    if ([...name].length > exports.MAX_STATE_NAME_LENGTH)
        return `A state name must be at most ${exports.MAX_STATE_NAME_LENGTH} characters long.`;
    if (asl.allStates.some((s) => s.name === name))
        return `A state named "${name}" already exists.`;
    return undefined;
}
//# sourceMappingURL=rename.js.map