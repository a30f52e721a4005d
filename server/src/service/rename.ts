/*
 * Rename a state: its key and every reference in its machine. Refuses names that collide with an
 * existing state (names are unique across the whole definition, nested machines included), empty
 * names and names over 80 characters. Errors are values; lsp/ turns them into ResponseErrors. Pure.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { AslDocument } from '../asl/types';
import { occurrences, stateSymbolAt } from './navigation/symbolAt';
import { nameContentSpan, nameEdit, toRange } from './navigation/ranges';

export const MAX_STATE_NAME_LENGTH = 80;

export type RenameResult = { readonly edit: WorkspaceEdit } | { readonly error: string };

/** The range of the name to rename (without quotes) and its current text, or null off a state name. */
export function prepareRename(
  textDocument: TextDocument,
  asl: AslDocument,
  position: Position,
): { range: Range; placeholder: string } | null {
  const symbol = stateSymbolAt(asl, textDocument.offsetAt(position));
  if (symbol === undefined) return null;
  const span = symbol.kind === 'declaration' ? symbol.state.nameSpan : symbol.transition.span;
  return { range: toRange(textDocument, nameContentSpan(asl.text, span)), placeholder: symbol.name };
}

export function doRename(
  textDocument: TextDocument,
  asl: AslDocument,
  position: Position,
  newName: string,
): RenameResult | null {
  const symbol = stateSymbolAt(asl, textDocument.offsetAt(position));
  if (symbol === undefined) return null;
  if (newName === symbol.name) return { edit: { changes: { [textDocument.uri]: [] } } };
  const problem = checkNewName(asl, newName);
  if (problem !== undefined) return { error: problem };
  const { declaration, references } = occurrences(symbol.machine, symbol.name);
  const spans = references.map((t) => t.span);
  if (declaration !== undefined) spans.unshift(declaration.nameSpan);
  const edits: TextEdit[] = spans.map((span) => nameEdit(textDocument, span, newName, asl.format));
  return { edit: { changes: { [textDocument.uri]: edits } } };
}

/** Why `name` cannot be a new state name, or undefined when it can. */
export function checkNewName(asl: AslDocument, name: string): string | undefined {
  if (name.trim() === '') return 'A state name cannot be empty.';
  if ([...name].length > MAX_STATE_NAME_LENGTH)
    return `A state name must be at most ${MAX_STATE_NAME_LENGTH} characters long.`;
  if (asl.allStates.some((s) => s.name === name)) return `A state named "${name}" already exists.`;
  return undefined;
}
