"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.registerNavigation = registerNavigation;
exports.withModel = withModel;
/*
 * Navigation handlers: definition, references, document highlights, document symbols, folding,
 * prepareRename and rename. One line each: model from the cache, call the service, inside runSafe.
 */
const vscode_languageserver_1 = require("vscode-languageserver");
const context_1 = require("../context");
const runSafe_1 = require("../runSafe");
function registerNavigation(ctx) {
    const { connection, service } = ctx;
    const log = connection.console;
    connection.onDefinition((p, token) => (0, runSafe_1.runSafe)(log, 'definition', null, token, () => withModel(ctx, p.textDocument.uri, null, (m) => service.findDefinition(m.doc, m.asl, p.position))));
    connection.onReferences((p, token) => (0, runSafe_1.runSafe)(log, 'references', [], token, () => withModel(ctx, p.textDocument.uri, [], (m) => service.findReferences(m.doc, m.asl, p.position, p.context.includeDeclaration))));
    connection.onDocumentHighlight((p, token) => (0, runSafe_1.runSafe)(log, 'highlights', [], token, () => withModel(ctx, p.textDocument.uri, [], (m) => service.findDocumentHighlights(m.doc, m.asl, p.position))));
    connection.onDocumentSymbol((p, token) => (0, runSafe_1.runSafe)(log, 'documentSymbol', [], token, () => withModel(ctx, p.textDocument.uri, [], (m) => service.findDocumentSymbols(m.doc, m.asl))));
    connection.onFoldingRanges((p, token) => (0, runSafe_1.runSafe)(log, 'foldingRange', [], token, () => withModel(ctx, p.textDocument.uri, [], (m) => service.getFoldingRanges(m.doc, m.asl))));
    connection.onPrepareRename((p, token) => (0, runSafe_1.runSafe)(log, 'prepareRename', null, token, () => withModel(ctx, p.textDocument.uri, null, (m) => service.prepareRename(m.doc, m.asl, p.position))));
    connection.onRenameRequest((p, token) => {
        const result = (0, runSafe_1.runSafe)(log, 'rename', null, token, () => withModel(ctx, p.textDocument.uri, null, (m) => service.doRename(m.doc, m.asl, p.position, p.newName)));
        if (result !== null && 'error' in result)
            return new vscode_languageserver_1.ResponseError(vscode_languageserver_1.ErrorCodes.InvalidRequest, result.error);
        return result?.edit ?? null;
    });
}
/** Runs `f` on the open document's model, or returns `fallback` for an unknown document. */
function withModel(ctx, uri, fallback, f) {
    const model = (0, context_1.modelOf)(ctx, uri);
    return model === undefined ? fallback : f(model);
}
//# sourceMappingURL=navigation.js.map