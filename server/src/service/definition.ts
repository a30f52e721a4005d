/*
 * Go to definition: from a state reference (StartAt, Next, Default, Choices[].Next, Catch[].Next)
 * to the key of the state it names, in the same machine. Pure; LSP types only.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Location, Position } from 'vscode-languageserver-types';
import type { AslDocument } from '../asl/types';
import { findStateIn, stateSymbolAt } from './navigation/symbolAt';
import { toRange } from './navigation/ranges';

export function findDefinition(textDocument: TextDocument, asl: AslDocument, position: Position): Location | null {
  const symbol = stateSymbolAt(asl, textDocument.offsetAt(position));
  if (symbol === undefined) return null;
  const state = symbol.kind === 'declaration' ? symbol.state : findStateIn(symbol.machine, symbol.name);
  if (state === undefined) return null;
  return { uri: textDocument.uri, range: toRange(textDocument, state.nameSpan) };
}
