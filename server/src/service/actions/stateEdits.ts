/*
 * Structural edits on states for quick fixes, JSON or YAML: create a state in a machine, add a field
 * to a state, delete a state. Returns LSP TextEdits, or undefined when the shape cannot be edited
 * safely (e.g. an unclosed YAML flow mapping, a machine without a States object). Pure.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import type { AslDocument, AslMachine, AslObjectNode, AslState } from '../../asl/types';
import { jsonAddProperty, jsonRemoveProperty, type OffsetEdit } from './jsonEdits';
import { yamlAddProperty, yamlRemoveProperty } from './yamlEdits';

/** Adds `name: value` as the last state of `machine`. */
export function insertStateEdits(
  textDocument: TextDocument,
  asl: AslDocument,
  machine: AslMachine,
  name: string,
  value: Record<string, unknown>,
): TextEdit[] | undefined {
  if (machine.statesNode === undefined) return undefined;
  return addProperty(textDocument, asl, machine.statesNode, name, value);
}

/** Adds `key: value` as the last field of `state`. */
export function addFieldEdits(
  textDocument: TextDocument,
  asl: AslDocument,
  state: AslState,
  key: string,
  value: unknown,
): TextEdit[] | undefined {
  if (state.node === undefined) return undefined;
  return addProperty(textDocument, asl, state.node, key, value);
}

/** Deletes `state` from its machine's States. */
export function removeStateEdits(
  textDocument: TextDocument,
  asl: AslDocument,
  state: AslState,
): TextEdit[] | undefined {
  const obj = state.property.parent;
  const edit =
    asl.format === 'json' ? jsonRemoveProperty(obj, state.property) : yamlRemoveProperty(asl.text, obj, state.property);
  return toTextEdits(textDocument, edit);
}

function addProperty(
  textDocument: TextDocument,
  asl: AslDocument,
  obj: AslObjectNode,
  key: string,
  value: unknown,
): TextEdit[] | undefined {
  if (asl.format === 'json') return toTextEdits(textDocument, jsonAddProperty(asl.text, obj, key, value));
  return toTextEdits(textDocument, yamlAddProperty(asl.text, obj, key, value));
}

function toTextEdits(textDocument: TextDocument, edit: OffsetEdit | undefined): TextEdit[] | undefined {
  if (edit === undefined) return undefined;
  return [
    {
      range: { start: textDocument.positionAt(edit.start), end: textDocument.positionAt(edit.end) },
      newText: edit.newText,
    },
  ];
}
