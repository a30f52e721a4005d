/*
 * Formatting of JSON definitions with jsonc-parser: whitespace only, key order kept, tab size and
 * spaces/tabs from the editor's options. YAML documents are left alone (no edits). Pure.
 */
import { format as formatJson, type FormattingOptions as JsonFormattingOptions } from 'jsonc-parser';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FormattingOptions, Range, TextEdit } from 'vscode-languageserver-types';
import type { AslDocument } from '../asl/types';

export function format(textDocument: TextDocument, asl: AslDocument, options: FormattingOptions, range?: Range): TextEdit[] {
  if (asl.format !== 'json') return [];
  const text = textDocument.getText();
  const jsonOptions: JsonFormattingOptions = {
    tabSize: options.tabSize,
    insertSpaces: options.insertSpaces,
    insertFinalNewline: options.insertFinalNewline ?? false,
    eol: text.includes('\r\n') ? '\r\n' : '\n',
    keepLines: false,
  };
  const jsonRange = range === undefined ? undefined : toJsonRange(textDocument, range);
  return formatJson(text, jsonRange, jsonOptions).map((e) => ({
    range: { start: textDocument.positionAt(e.offset), end: textDocument.positionAt(e.offset + e.length) },
    newText: e.content,
  }));
}

function toJsonRange(textDocument: TextDocument, range: Range): { offset: number; length: number } {
  const offset = textDocument.offsetAt(range.start);
  return { offset, length: Math.max(0, textDocument.offsetAt(range.end) - offset) };
}
