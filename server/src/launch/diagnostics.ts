/*
 * Diagnostics with 1-based line/column, for the CLI's `validate` and every launch's pre-flight
 * check: the same `computeDiagnostics(doc)` the language server publishes, over a model the caller
 * already parsed (a launch runs the very model it validated). No I/O.
 */
import { LineIndex } from '../asl/lines';
import type { AslDocument } from '../asl';
import { computeDiagnostics, type RuleSettings } from '../service/diagnostics';
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

export interface LocateOptions {
  /** The text as the user wrote it (default: the model's text). */
  readonly original?: string;
  /** Maps an offset of the model's text back to `original`. */
  readonly toOriginal?: (offset: number) => number;
  /** Severity overrides from the user's configuration. */
  readonly ruleSettings?: RuleSettings;
}

/**
 * The diagnostics of `doc`, located in `original` (the text as the user wrote it; `toOriginal` maps
 * offsets back when the model was built from a rewritten text, e.g. substituted placeholders).
 */
export function locateDiagnostics(doc: AslDocument, options: LocateOptions = {}): LocatedDiagnostic[] {
  const lines = new LineIndex(options.original ?? doc.text);
  const toOriginal = options.toOriginal ?? ((offset: number) => offset);
  return computeDiagnostics(doc, { ruleSettings: options.ruleSettings }).map((d) => {
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
