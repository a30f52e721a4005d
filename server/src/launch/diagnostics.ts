/*
 * Diagnostics with 1-based line/column, for the CLI's `validate` and every launch's pre-flight
 * check: the same `computeDiagnostics(doc)` the language server publishes, over a model the caller
 * already parsed (a launch runs the very model it validated). No I/O.
 */
import { LineIndex } from '../asl/lines';
import type { AslDocument } from '../asl';
import { computeDiagnostics } from '../service/diagnostics';
import type { AslDiagnostic } from '../service/diagnostics/types';

export interface LocatedDiagnostic {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly severity: AslDiagnostic['severity'];
  readonly code: string;
  readonly message: string;
}

/**
 * The diagnostics of `doc`, located in `original` (the text as the user wrote it; `toOriginal` maps
 * offsets back when the model was built from a rewritten text, e.g. substituted placeholders).
 */
export function locateDiagnostics(
  doc: AslDocument,
  original: string = doc.text,
  toOriginal: (offset: number) => number = (offset) => offset,
): LocatedDiagnostic[] {
  const lines = new LineIndex(original);
  return computeDiagnostics(doc).map((d) => {
    const start = lines.positionAt(toOriginal(d.span.start));
    const end = lines.positionAt(Math.max(toOriginal(d.span.end), toOriginal(d.span.start)));
    return {
      line: start.line + 1,
      column: start.character + 1,
      endLine: end.line + 1,
      endColumn: end.character + 1,
      severity: d.severity,
      code: d.code,
      message: d.message,
    };
  });
}

export function formatDiagnosticLine(path: string, d: LocatedDiagnostic): string {
  return `${path}:${d.line}:${d.column}: ${d.severity} ${d.code} ${d.message}`;
}
