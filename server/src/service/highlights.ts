/*
 * Document highlights for a state name under the cursor: its declaration (Write) and every
 * transition naming it in the same machine (Read). Pure; LSP types only.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentHighlightKind, type DocumentHighlight, type Position } from 'vscode-languageserver-types';
import type { AslDocument } from '../asl/types';
import { occurrences, stateSymbolAt } from './navigation/symbolAt';
import { toRange } from './navigation/ranges';

export function findDocumentHighlights(
  textDocument: TextDocument,
  asl: AslDocument,
  position: Position,
): DocumentHighlight[] {
  const symbol = stateSymbolAt(asl, textDocument.offsetAt(position));
  if (symbol === undefined) return [];
  const { declaration, references } = occurrences(symbol.machine, symbol.name);
  const out: DocumentHighlight[] = references.map((t) => ({
    range: toRange(textDocument, t.span),
    kind: DocumentHighlightKind.Read,
  }));
  if (declaration !== undefined)
    out.unshift({ range: toRange(textDocument, declaration.nameSpan), kind: DocumentHighlightKind.Write });
  return out;
}
