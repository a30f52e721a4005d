/*
 * Formatting of JSON definitions with jsonc-parser: whitespace only, key order kept, tab size and
 * spaces/tabs from the editor's options. YAML documents are left alone (no edits). Pure.
 */
import { format as formatJson, type FormattingOptions as JsonFormattingOptions } from 'jsonc-parser';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FormattingOptions, Range, TextEdit } from 'vscode-languageserver-types';
import type { AslDocument } from '../asl/types';

/** Deeper documents are not formatted: jsonc-parser's formatter is quadratic in the depth. */
export const MAX_FORMAT_DEPTH = 200;

export function format(
  textDocument: TextDocument,
  asl: AslDocument,
  options: FormattingOptions,
  range?: Range,
): TextEdit[] {
  if (asl.format !== 'json' || bracketDepth(asl.text) > MAX_FORMAT_DEPTH) return [];
  const text = textDocument.getText();
  const jsonOptions: JsonFormattingOptions = {
    tabSize: options.tabSize,
    insertSpaces: options.insertSpaces,
    insertFinalNewline: options.insertFinalNewline ?? false,
    eol: text.includes('\r\n') ? '\r\n' : '\n',
    keepLines: false,
  };
  const jsonRange = range === undefined ? undefined : toJsonRange(textDocument, range);
  // jsonc-parser leaves `content` undefined for indentation deeper than its cache: skip those.
  const edits = formatJson(text, jsonRange, jsonOptions).filter((e) => typeof e.content === 'string');
  return edits.map((e) => ({
    range: { start: textDocument.positionAt(e.offset), end: textDocument.positionAt(e.offset + e.length) },
    newText: e.content,
  }));
}

function toJsonRange(textDocument: TextDocument, range: Range): { offset: number; length: number } {
  const offset = textDocument.offsetAt(range.start);
  return { offset, length: Math.max(0, textDocument.offsetAt(range.end) - offset) };
}

/** Maximum bracket nesting of JSON text (strings skipped), stopping early past the limit. */
function bracketDepth(text: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length && max <= MAX_FORMAT_DEPTH; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      for (i++; i < text.length && text.charCodeAt(i) !== 34; i++) if (text.charCodeAt(i) === 92 /* \\ */) i++;
    } else if (c === 123 || c === 91) max = Math.max(max, ++depth);
    else if ((c === 125 || c === 93) && depth > 0) depth--;
  }
  return max;
}
