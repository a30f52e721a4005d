/*
 * Minimal text edits on YAML definitions: add a key at the end of a mapping, delete a mapping
 * entry. Block mappings get lines; flow mappings (`{ a: 1, b: 2 }`) get entries with their commas.
 * Offsets only (pure); stateEdits.ts turns them into LSP edits.
 */
import type { AslObjectNode, AslProperty } from '../../asl/types';
import { yamlScalar } from '../navigation/ranges';
import type { OffsetEdit } from './jsonEdits';
import { columnOf, detectIndentation, eolOf, lineEnd, lineStart, nextLineStart } from './text';

/** Adds `key: value` (a scalar, or a flat mapping of scalars) after the last entry of `obj`. */
export function yamlAddProperty(text: string, obj: AslObjectNode, key: string, value: unknown): OffsetEdit | undefined {
  if (isFlow(text, obj)) return flowAddProperty(text, obj, key, value);
  const last = obj.properties[obj.properties.length - 1];
  if (last === undefined) return undefined;
  const eol = eolOf(text);
  const column = columnOf(text, obj.properties[0].keySpan.start);
  const indent = ' '.repeat(column);
  const inner = indent + (detectIndentation(text).insertSpaces ? detectIndentation(text).unit : '  ');
  const at = lineEnd(text, Math.max(last.span.end - 1, last.span.start));
  return { start: at, end: at, newText: eol + indent + `${yamlScalar(key)}:` + renderYaml(value, inner, eol) };
}

/** Deletes the lines of a block mapping entry. */
export function yamlRemoveProperty(text: string, obj: AslObjectNode, property: AslProperty): OffsetEdit | undefined {
  if (isFlow(text, obj)) return flowRemoveProperty(text, obj, property);
  const start = lineStart(text, property.keySpan.start);
  const end = nextLineStart(text, Math.max(property.span.end - 1, property.keySpan.end));
  return { start, end, newText: '' };
}

function renderYaml(value: unknown, inner: string, eol: string): string {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value)
      .map(([k, v]) => `${eol}${inner}${yamlScalar(k)}: ${scalar(v)}`)
      .join('');
  }
  return ' ' + scalar(value);
}

function scalar(value: unknown): string {
  return typeof value === 'string' ? yamlScalar(value) : JSON.stringify(value);
}

function isFlow(text: string, obj: AslObjectNode): boolean {
  return text[obj.span.start] === '{';
}

/** `, key: value` before the closing brace (no comma in an empty mapping); undefined for an unclosed one. */
function flowAddProperty(text: string, obj: AslObjectNode, key: string, value: unknown): OffsetEdit | undefined {
  const close = obj.span.end - 1;
  if (text[close] !== '}') return undefined;
  const last = obj.properties[obj.properties.length - 1];
  const entry = `${yamlScalar(key)}: ${flowValue(value)}`;
  if (last === undefined) return { start: obj.span.start + 1, end: close, newText: ` ${entry} ` };
  const at = last.span.end;
  return { start: at, end: at, newText: `, ${entry}` };
}

/** Deletes an entry with the comma that separates it from the next one (or, for the last, the previous). */
function flowRemoveProperty(text: string, obj: AslObjectNode, property: AslProperty): OffsetEdit | undefined {
  const props = obj.properties;
  const i = props.indexOf(property);
  if (i < 0) return undefined;
  if (props.length === 1)
    return text[obj.span.end - 1] === '}'
      ? { start: obj.span.start + 1, end: obj.span.end - 1, newText: ' ' }
      : undefined;
  if (i < props.length - 1) return { start: property.span.start, end: props[i + 1].span.start, newText: '' };
  return { start: props[i - 1].span.end, end: property.span.end, newText: '' };
}

function flowValue(value: unknown): string {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.entries(value).map(([k, v]) => `${yamlScalar(k)}: ${scalar(v)}`);
    return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
  }
  return scalar(value);
}
