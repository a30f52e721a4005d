/*
 * Quick fix for `unquoted-filter-value`: wraps the bare word of a JSONPath filter in quotes, the
 * form that says what AWS does with it (compares it as a string). Pure; LSP types only.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';

export function quoteFilterValueFix(doc: TextDocument, diagnostic: Diagnostic): CodeAction[] {
  const value = doc.getText(diagnostic.range);
  if (value === '' || /['"\\]/.test(value)) return [];
  const quoted = `'${value}'`;
  return [
    {
      title: `Quote ${value} as ${quoted}`,
      kind: 'quickfix',
      diagnostics: [diagnostic],
      isPreferred: true,
      edit: { changes: { [doc.uri]: [{ range: diagnostic.range, newText: quoted }] } },
    },
  ];
}
