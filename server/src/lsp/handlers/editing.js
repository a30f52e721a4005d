"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.registerEditing = registerEditing;
const runSafe_1 = require("../runSafe");
const navigation_1 = require("./navigation");
function registerEditing(ctx) {
    const { connection, service } = ctx;
    const log = connection.console;
    const emptyList = { isIncomplete: false, items: [] };
    connection.onCompletion((p, token) => (0, runSafe_1.runSafe)(log, 'completion', emptyList, token, () => (0, navigation_1.withModel)(ctx, p.textDocument.uri, emptyList, (m) => service.doComplete(m.doc, m.asl, p.position))));
    connection.onHover((p, token) => (0, runSafe_1.runSafe)(log, 'hover', null, token, () => (0, navigation_1.withModel)(ctx, p.textDocument.uri, null, (m) => service.doHover(m.doc, m.asl, p.position))));
    connection.onCodeAction((p, token) => (0, runSafe_1.runSafe)(log, 'codeAction', [], token, () => (0, navigation_1.withModel)(ctx, p.textDocument.uri, [], (m) => service.getCodeActions(m.doc, m.asl, { range: p.range, diagnostics: p.context.diagnostics, only: p.context.only }))));
    connection.onDocumentFormatting((p, token) => (0, runSafe_1.runSafe)(log, 'formatting', [], token, () => (0, navigation_1.withModel)(ctx, p.textDocument.uri, [], (m) => service.format(m.doc, m.asl, p.options))));
    connection.onDocumentRangeFormatting((p, token) => (0, runSafe_1.runSafe)(log, 'rangeFormatting', [], token, () => (0, navigation_1.withModel)(ctx, p.textDocument.uri, [], (m) => service.format(m.doc, m.asl, p.options, p.range))));
}
//# sourceMappingURL=editing.js.map