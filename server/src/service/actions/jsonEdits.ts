/*
 * Minimal text edits on JSON definitions: add a property at the end of an object, delete a
 * property with its comma. Indentation follows the surrounding lines; nothing else is reformatted.
 * Offsets only (pure); stateEdits.ts turns them into LSP edits.
 */
import type { AslObjectNode, AslProperty } from '../../asl/types';
import { detectIndentation, eolOf, indentOfLine, lineStart } from './text';

export interface OffsetEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/** Adds `"key": value` as the last property of `obj` (value rendered as indented JSON). */
export function jsonAddProperty(text: string, obj: AslObjectNode, key: string, value: unknown): OffsetEdit {
  const unit = detectIndentation(text).unit;
  const eol = eolOf(text);
  const props = obj.properties;
  const last = props[props.length - 1];
  const multiLine = last !== undefined ? startsLine(text, last.keySpan.start) : false;
  const indent =
    last !== undefined && multiLine
      ? indentOfLine(text, last.keySpan.start)
      : indentOfLine(text, obj.span.start) + unit;
  const rendered = renderJson(value, indent, unit, eol);
  const property = `${JSON.stringify(key)}: ${rendered}`;
  if (last === undefined) {
    // An unterminated object (`{` at the end of a truncated text) has no closing brace to keep.
    const closed = obj.span.end - obj.span.start >= 2 && text[obj.span.end - 1] === '}';
    const closeIndent = closed ? indentOfLine(text, obj.span.start) : '';
    const innerEnd = closed ? obj.span.end - 1 : obj.span.end;
    return {
      start: obj.span.start + 1,
      end: Math.max(obj.span.start + 1, innerEnd),
      newText: `${eol}${indent}${property}${eol}${closeIndent}`,
    };
  }
  const end = last.span.end;
  return { start: end, end, newText: multiLine ? `,${eol}${indent}${property}` : `, ${property}` };
}

/** Deletes `property` from `obj`, with the comma and the whitespace that separate it. */
export function jsonRemoveProperty(obj: AslObjectNode, property: AslProperty): OffsetEdit {
  const props = obj.properties;
  const index = props.indexOf(property);
  if (index > 0) return { start: props[index - 1].span.end, end: property.span.end, newText: '' };
  if (index === 0 && props.length > 1) return { start: property.span.start, end: props[1].span.start, newText: '' };
  return { start: obj.span.start + 1, end: Math.max(obj.span.start + 1, obj.span.end - 1), newText: '' };
}

/** JSON text of `value`, its inner lines indented one `unit` deeper than `indent`. */
export function renderJson(value: unknown, indent: string, unit: string, eol: string): string {
  const raw = JSON.stringify(value, null, unit) ?? 'null';
  return raw.split('\n').join(eol + indent);
}

function startsLine(text: string, offset: number): boolean {
  return text.slice(lineStart(text, offset), offset).trim() === '';
}
