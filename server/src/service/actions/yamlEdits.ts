/*
 * Minimal text edits on YAML (block style) definitions: add a key at the end of a block mapping,
 * delete a mapping entry's lines. Flow-style mappings (`{ ... }`) are not handled: undefined.
 * Offsets only (pure); stateEdits.ts turns them into LSP edits.
 */
import type { AslObjectNode, AslProperty } from '../../asl/types';
import { yamlScalar } from '../navigation/ranges';
import type { OffsetEdit } from './jsonEdits';
import { columnOf, detectIndentation, eolOf, lineEnd, lineStart, nextLineStart } from './text';

/** Adds `key: value` (a scalar, or a flat mapping of scalars) after the last entry of `obj`. */
export function yamlAddProperty(text: string, obj: AslObjectNode, key: string, value: unknown): OffsetEdit | undefined {
  const last = obj.properties[obj.properties.length - 1];
  if (last === undefined || isFlow(text, obj)) return undefined;
  const eol = eolOf(text);
  const column = columnOf(text, obj.properties[0].keySpan.start);
  const indent = ' '.repeat(column);
  const inner = indent + (detectIndentation(text).insertSpaces ? detectIndentation(text).unit : '  ');
  const at = lineEnd(text, Math.max(last.span.end - 1, last.span.start));
  return { start: at, end: at, newText: eol + indent + `${yamlScalar(key)}:` + renderYaml(value, inner, eol) };
}

/** Deletes the lines of a block mapping entry. */
export function yamlRemoveProperty(text: string, obj: AslObjectNode, property: AslProperty): OffsetEdit | undefined {
  if (isFlow(text, obj)) return undefined;
  const start = lineStart(text, property.keySpan.start);
  const end = nextLineStart(text, Math.max(property.span.end - 1, property.keySpan.end));
  return { start, end, newText: '' };
}

function renderYaml(value: unknown, inner: string, eol: string): string {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).map(([k, v]) => `${eol}${inner}${yamlScalar(k)}: ${scalar(v)}`).join('');
  }
  return ' ' + scalar(value);
}

function scalar(value: unknown): string {
  return typeof value === 'string' ? yamlScalar(value) : JSON.stringify(value);
}

function isFlow(text: string, obj: AslObjectNode): boolean {
  return text[obj.span.start] === '{';
}
