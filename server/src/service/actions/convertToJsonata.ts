/*
 * The "Convert to JSONata" refactoring (refactor.rewrite) for a JSONPath Pass or Task state of a
 * JSON definition: replaces the state's object by its JSONata rewrite (see toJsonata/), indented
 * like the original. Pure.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, type CodeAction } from 'vscode-languageserver-types';
import type { AslDocument, AslState } from '../../asl/types';
import { nodeToValue } from '../../asl/nodes';
import { toRange } from '../navigation/ranges';
import { renderJson } from './jsonEdits';
import { detectIndentation, eolOf, indentOfLine } from './text';
import { convertStateToJsonata } from './toJsonata/convertState';

export function canConvertToJsonata(asl: AslDocument, state: AslState): boolean {
  return asl.format === 'json' && state.node !== undefined && state.queryLanguage === 'JSONPath' && (state.type === 'Pass' || state.type === 'Task');
}

export function convertToJsonataAction(textDocument: TextDocument, asl: AslDocument, state: AslState): CodeAction | undefined {
  if (!canConvertToJsonata(asl, state) || state.node === undefined) return undefined;
  const value = nodeToValue(state.node) as Record<string, unknown>;
  const converted = convertStateToJsonata(value);
  const indent = indentOfLine(asl.text, state.nameSpan.start);
  const newText = renderJson(converted, indent, detectIndentation(asl.text).unit, eolOf(asl.text));
  return {
    title: `Convert "${state.name}" to JSONata`,
    kind: CodeActionKind.RefactorRewrite,
    edit: { changes: { [textDocument.uri]: [{ range: toRange(textDocument, state.node.span), newText }] } },
  };
}
