/*
 * Span (offsets) -> LSP Range conversion over a TextDocument, and the edit that writes a state
 * name in place of another, quoting it as the surrounding JSON or YAML syntax requires. Pure.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range, TextEdit } from 'vscode-languageserver-types';
import type { SourceFormat, Span } from '../../asl/types';

export function toRange(textDocument: TextDocument, span: Span): Range {
  return { start: textDocument.positionAt(span.start), end: textDocument.positionAt(span.end) };
}

/** The span of a written name without its quotes (JSON "x", YAML 'x' or "x"; plain YAML as is). */
export function nameContentSpan(text: string, span: Span): Span {
  const quote = text[span.start];
  if ((quote === '"' || quote === "'") && span.end - span.start >= 2 && text[span.end - 1] === quote) {
    return { start: span.start + 1, end: span.end - 1 };
  }
  return span;
}

/** An edit replacing the name written at `span` (quotes included) by `name`, correctly escaped. */
export function nameEdit(textDocument: TextDocument, span: Span, name: string, format: SourceFormat): TextEdit {
  const text = textDocument.getText();
  const quote = text[span.start];
  const inner = nameContentSpan(text, span);
  if (quote === '"' && inner !== span)
    return { range: toRange(textDocument, inner), newText: JSON.stringify(name).slice(1, -1) };
  if (quote === "'" && inner !== span)
    return { range: toRange(textDocument, inner), newText: name.replace(/'/g, "''") };
  return { range: toRange(textDocument, span), newText: format === 'json' ? JSON.stringify(name) : yamlScalar(name) };
}

const YAML_RESERVED = /^(true|false|null|yes|no|on|off|y|n|~)$/i;

/** A YAML scalar for `name`: plain when that is unambiguous, else double-quoted. */
export function yamlScalar(name: string): string {
  const plainSafe = /^[A-Za-z_][A-Za-z0-9_\-. ]*$/.test(name) && !name.endsWith(' ') && !YAML_RESERVED.test(name);
  return plainSafe ? name : JSON.stringify(name);
}
