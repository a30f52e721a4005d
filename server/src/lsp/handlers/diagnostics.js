"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.registerDiagnostics = registerDiagnostics;
const convert_1 = require("../convert");
const runSafe_1 = require("../runSafe");
function registerDiagnostics(ctx) {
    const timers = new Map();
    const cancel = (uri) => {
        clearTimeout(timers.get(uri));
        timers.delete(uri);
    };
    const opened = new Set();
    ctx.documents.onDidOpen((e) => {
        opened.add(e.document.uri);
        publish(ctx, e.document);
    });
    ctx.documents.onDidChangeContent((e) => {
        if (opened.delete(e.document.uri))
            return; // the open event itself: already published
        cancel(e.document.uri);
        timers.set(e.document.uri, setTimeout(() => (timers.delete(e.document.uri), publishLatest(ctx, e.document.uri)), ctx.diagnosticsDelay));
    });
    ctx.documents.onDidClose((e) => {
        cancel(e.document.uri);
        opened.delete(e.document.uri);
        ctx.cache.delete(e.document.uri);
        void ctx.connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    });
}
function publishLatest(ctx, uri) {
    const doc = ctx.documents.get(uri);
    if (doc !== undefined)
        publish(ctx, doc);
}
function publish(ctx, doc) {
    const diagnostics = (0, runSafe_1.runSafe)(ctx.connection.console, 'diagnostics', [], undefined, () => ctx.service.doValidation(ctx.cache.get(doc)).map((d) => (0, convert_1.toDiagnostic)(doc, d)));
    void ctx.connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
}
//# sourceMappingURL=diagnostics.js.map