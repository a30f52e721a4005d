/*
 * Find references of a state: every transition naming it in its machine (StartAt, Next, Default,
 * Choices[].Next, Catch[].Next), plus its declaration when asked. Pure; LSP types only.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Location, Position } from 'vscode-languageserver-types';
import type { AslDocument } from '../asl/types';
import { occurrences, stateSymbolAt } from './navigation/symbolAt';
import { toRange } from './navigation/ranges';

export function findReferences(
  textDocument: TextDocument,
  asl: AslDocument,
  position: Position,
  includeDeclaration: boolean,
): Location[] {
  const symbol = stateSymbolAt(asl, textDocument.offsetAt(position));
  if (symbol === undefined) return [];
  const { declaration, references } = occurrences(symbol.machine, symbol.name);
  const spans = references.map((t) => t.span);
  if (includeDeclaration && declaration !== undefined) spans.unshift(declaration.nameSpan);
  return spans.map((span) => ({ uri: textDocument.uri, range: toRange(textDocument, span) }));
}
