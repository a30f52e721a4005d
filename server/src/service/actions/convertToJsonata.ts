/*
 * The "Convert to JSONata" refactoring (refactor.rewrite) for a JSONPath Pass or Task state (JSON,
 * a YAML block mapping or a YAML flow mapping): replaces the state's object by its JSONata rewrite
 * (see toJsonata/) in the same style, indented like the original. Pure.
 */
import { stringify as toYaml } from 'yaml';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, type CodeAction } from 'vscode-languageserver-types';
import type { AslDocument, AslState } from '../../asl/types';
import { nodeToValue } from '../../asl/nodes';
import { toRange } from '../navigation/ranges';
import { renderJson } from './jsonEdits';
import { columnOf, detectIndentation, eolOf, indentOfLine } from './text';
import { convertStateToJsonata } from './toJsonata/convertState';

export function canConvertToJsonata(asl: AslDocument, state: AslState): boolean {
  if (
    state.node === undefined ||
    state.queryLanguage !== 'JSONPath' ||
    (state.type !== 'Pass' && state.type !== 'Task')
  )
    return false;
  return asl.format === 'json' || isFlowMapping(asl.text, state) || state.node.properties.length > 0;
}

export function convertToJsonataAction(
  textDocument: TextDocument,
  asl: AslDocument,
  state: AslState,
): CodeAction | undefined {
  if (!canConvertToJsonata(asl, state) || state.node === undefined) return undefined;
  const value = nodeToValue(state.node) as Record<string, unknown>;
  const converted = convertStateToJsonata(value);
  const newText = convertedText(asl, state, converted);
  return {
    title: `Convert "${state.name}" to JSONata`,
    kind: CodeActionKind.RefactorRewrite,
    edit: { changes: { [textDocument.uri]: [{ range: toRange(textDocument, state.node.span), newText }] } },
  };
}

/** The converted state written in the document's own format (and, for YAML, its own style). */
function convertedText(asl: AslDocument, state: AslState, converted: unknown): string {
  if (asl.format === 'json') return jsonText(asl.text, state, converted);
  return isFlowMapping(asl.text, state) ? yamlFlowText(converted) : yamlText(asl.text, state, converted);
}

function jsonText(text: string, state: AslState, value: unknown): string {
  return renderJson(value, indentOfLine(text, state.nameSpan.start), detectIndentation(text).unit, eolOf(text));
}

function isFlowMapping(text: string, state: AslState): boolean {
  return state.node !== undefined && text[state.node.span.start] === '{';
}

/** A one-line flow mapping (`{ Type: Pass, Output: "{% ... %}" }`): valid wherever the original was. */
function yamlFlowText(value: unknown): string {
  return toYaml(value, { collectionStyle: 'flow', lineWidth: 0 }).replace(/\n$/, '');
}

/** Block YAML whose first line continues at the state's first key and the others align with it. */
function yamlText(text: string, state: AslState, value: unknown): string {
  const column = columnOf(text, state.node?.span.start ?? 0);
  const unit = detectIndentation(text);
  const lines = toYaml(value, { indent: unit.insertSpaces ? unit.tabSize : 2, lineWidth: 0 })
    .replace(/\n$/, '')
    .split('\n');
  return lines.join(eolOf(text) + ' '.repeat(column));
}
