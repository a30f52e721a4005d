"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CAPABILITIES = exports.CODE_ACTION_KINDS = void 0;
exports.startServer = startServer;
/*
 * startServer(connection): the language server over any LSP connection (stdio, IPC, socket or
 * in-process streams). Declares the capabilities and lets each feature group register its one-line
 * handlers; all state lives in the ServerContext. Knows no transport and no VS Code.
 */
const vscode_languageserver_1 = require("vscode-languageserver");
const vscode_languageserver_textdocument_1 = require("vscode-languageserver-textdocument");
const languageService_1 = require("../service/languageService");
const documentCache_1 = require("./documentCache");
const diagnostics_1 = require("./handlers/diagnostics");
const navigation_1 = require("./handlers/navigation");
const editing_1 = require("./handlers/editing");
const custom_1 = require("./handlers/custom");
exports.CODE_ACTION_KINDS = ['quickfix', 'refactor.rewrite'];
exports.CAPABILITIES = {
    textDocumentSync: { openClose: true, change: vscode_languageserver_1.TextDocumentSyncKind.Incremental },
    completionProvider: { triggerCharacters: ['"', '.', '$', ':'], resolveProvider: false },
    hoverProvider: true,
    definitionProvider: true,
    referencesProvider: true,
    renameProvider: { prepareProvider: true },
    documentSymbolProvider: true,
    foldingRangeProvider: true,
    documentHighlightProvider: true,
    codeActionProvider: { codeActionKinds: exports.CODE_ACTION_KINDS },
    documentFormattingProvider: true,
    documentRangeFormattingProvider: true,
};
function startServer(connection, options = {}) {
    const service = (0, languageService_1.getLanguageService)();
    const documents = new vscode_languageserver_1.TextDocuments(vscode_languageserver_textdocument_1.TextDocument);
    const cache = new documentCache_1.DocumentCache((doc) => service.parse(doc));
    const context = { connection, documents, cache, service, diagnosticsDelay: options.diagnosticsDelay ?? 200 };
    connection.onInitialize(() => ({ capabilities: exports.CAPABILITIES, serverInfo: { name: 'ASL Studio', version: '0.1.0' } }));
    (0, diagnostics_1.registerDiagnostics)(context);
    (0, navigation_1.registerNavigation)(context);
    (0, editing_1.registerEditing)(context);
    (0, custom_1.registerCustom)(context);
    documents.listen(connection);
    return context;
}
//# sourceMappingURL=server.js.map