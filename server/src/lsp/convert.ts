/*
 * Conversions between the model's offsets and LSP positions: Span <-> Range, and AslDiagnostic ->
 * LSP Diagnostic (severity, stable code, tags, data for quick fixes).
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic, type Range } from 'vscode-languageserver';
import type { Span } from '../asl/types';
import type { AslDiagnostic, Severity } from '../service/diagnostics/types';

export const DIAGNOSTIC_SOURCE = 'asl';

const SEVERITY: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function spanToRange(textDocument: TextDocument, span: Span): Range {
  return { start: textDocument.positionAt(span.start), end: textDocument.positionAt(span.end) };
}

export function toDiagnostic(textDocument: TextDocument, d: AslDiagnostic): Diagnostic {
  const diagnostic: Diagnostic = {
    range: spanToRange(textDocument, d.span),
    severity: SEVERITY[d.severity] ?? DiagnosticSeverity.Error,
    code: d.code,
    source: DIAGNOSTIC_SOURCE,
    message: d.message,
  };
  if (d.tags !== undefined && d.tags.length > 0) {
    diagnostic.tags = d.tags.map((t) => (t === 'unnecessary' ? DiagnosticTag.Unnecessary : DiagnosticTag.Deprecated));
  }
  if (d.data !== undefined) diagnostic.data = d.data;
  return diagnostic;
}
