"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.formatOf = formatOf;
exports.parseDocument = parseDocument;
exports.getLanguageService = getLanguageService;
const parse_1 = require("../asl/parse");
const diagnostics_1 = require("./diagnostics");
const completion_1 = require("./completion");
const hover_1 = require("./hover");
const definition_1 = require("./definition");
const references_1 = require("./references");
const rename_1 = require("./rename");
const documentSymbols_1 = require("./documentSymbols");
const folding_1 = require("./folding");
const highlights_1 = require("./highlights");
const codeActions_1 = require("./codeActions");
const formatting_1 = require("./formatting");
const stateGraph_1 = require("./navigation/stateGraph");
/** JSON or YAML, from the editor's language id (any id containing 'yaml') or the file name. */
function formatOf(textDocument) {
    if (/yaml/i.test(textDocument.languageId))
        return 'yaml';
    return /\.ya?ml$/i.test(textDocument.uri) ? 'yaml' : 'json';
}
function parseDocument(textDocument) {
    return (0, parse_1.parseAsl)(textDocument.getText(), formatOf(textDocument));
}
function getLanguageService() {
    return {
        parse: parseDocument,
        doValidation: diagnostics_1.computeDiagnostics,
        doComplete: completion_1.doComplete,
        doHover: hover_1.doHover,
        findDefinition: definition_1.findDefinition,
        findReferences: references_1.findReferences,
        prepareRename: rename_1.prepareRename,
        doRename: rename_1.doRename,
        findDocumentSymbols: documentSymbols_1.findDocumentSymbols,
        getFoldingRanges: folding_1.getFoldingRanges,
        findDocumentHighlights: highlights_1.findDocumentHighlights,
        getCodeActions: codeActions_1.getCodeActions,
        format: formatting_1.format,
        stateGraph: stateGraph_1.stateGraph,
    };
}
//# sourceMappingURL=languageService.js.map