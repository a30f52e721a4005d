"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DIAGNOSTIC_SOURCE = void 0;
exports.spanToRange = spanToRange;
exports.rangeToSpan = rangeToSpan;
exports.toDiagnostic = toDiagnostic;
const vscode_languageserver_1 = require("vscode-languageserver");
exports.DIAGNOSTIC_SOURCE = 'asl';
const SEVERITY = {
    error: vscode_languageserver_1.DiagnosticSeverity.Error,
    warning: vscode_languageserver_1.DiagnosticSeverity.Warning,
    information: vscode_languageserver_1.DiagnosticSeverity.Information,
    hint: vscode_languageserver_1.DiagnosticSeverity.Hint,
};
function spanToRange(textDocument, span) {
    return { start: textDocument.positionAt(span.start), end: textDocument.positionAt(span.end) };
}
function rangeToSpan(textDocument, range) {
    return { start: textDocument.offsetAt(range.start), end: textDocument.offsetAt(range.end) };
}
function toDiagnostic(textDocument, d) {
    const diagnostic = {
        range: spanToRange(textDocument, d.span),
        severity: SEVERITY[d.severity] ?? vscode_languageserver_1.DiagnosticSeverity.Error,
        code: d.code,
        source: exports.DIAGNOSTIC_SOURCE,
        message: d.message,
    };
    if (d.tags !== undefined && d.tags.length > 0) {
        diagnostic.tags = d.tags.map((t) => (t === 'unnecessary' ? vscode_languageserver_1.DiagnosticTag.Unnecessary : vscode_languageserver_1.DiagnosticTag.Deprecated));
    }
    if (d.data !== undefined)
        diagnostic.data = d.data;
    return diagnostic;
}
//# sourceMappingURL=convert.js.map