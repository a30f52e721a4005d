/*
 * Cursor positions between nodes (for locate.ts): after `Key:` with no value yet, a new key or item
 * inside `{ }`/`[ ]`, and in YAML a new line indented like the keys of an open block mapping.
 * Text heuristics over the tree only; never throws.
 */
import type { AslDocument, AslNode, AslProperty, Location } from './types';

export interface Target {
  readonly node?: AslNode;
  readonly property?: AslProperty;
  readonly role: Location['role'];
}

/** The target at a gap `offset` inside `container` (or after it when `outside`). */
export function findGap(doc: AslDocument, container: AslNode, offset: number, outside: boolean): Target {
  const text = doc.text;
  let i = Math.min(offset, text.length) - 1;
  while (i >= 0 && isWhitespace(text.charCodeAt(i))) i--;
  if (text[i] === ':') {
    const p = propertyBeforeColon(text, container, i);
    if (p !== undefined) return { node: p.parent, property: p, role: 'value' };
  }
  if (doc.format === 'yaml') {
    const target = yamlLineTarget(text, container, offset);
    if (target !== undefined) return target;
  }
  if (outside) return { role: 'none' };
  return { node: container, role: container.kind === 'object' ? 'key' : 'value' };
}

function isWhitespace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** The value-less property whose key ends right before the colon at `colon`, searched along the last entries. */
function propertyBeforeColon(text: string, container: AslNode, colon: number): AslProperty | undefined {
  let node: AslNode | undefined = container;
  while (node !== undefined) {
    if (node.kind === 'object') {
      const p: AslProperty | undefined = lastStartingBefore(node.properties, colon);
      if (p === undefined) return undefined;
      if (p.value === undefined) return onlySpacesBetween(text, p.keySpan.end, colon) ? p : undefined;
      node = p.value.span.start < colon ? p.value : undefined;
    } else if (node.kind === 'array') {
      node = lastStartingBefore(node.items, colon);
    } else return undefined;
  }
  return undefined;
}

function onlySpacesBetween(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isWhitespace(text.charCodeAt(i))) return false;
  return true;
}

function lastStartingBefore<T extends { readonly span: { readonly start: number } }>(
  list: readonly T[],
  offset: number,
): T | undefined {
  for (let i = list.length - 1; i >= 0; i--) if (list[i].span.start < offset) return list[i];
  return undefined;
}

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/**
 * YAML: on a line holding only indentation (a new key) or `- ` (a new item), the deepest open block
 * collection along the last entries before the cursor whose entries start at that column.
 */
function yamlLineTarget(text: string, container: AslNode, offset: number): Target | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const prefix = text.slice(lineStart, offset);
  const dash = /^( *)- *$/.exec(prefix);
  if (dash === null && !/^ *$/.test(prefix)) return undefined;
  const column = dash === null ? prefix.length : dash[1].length;
  let found: AslNode | undefined;
  for (let node: AslNode | undefined = container; node !== undefined;) {
    if (node.kind === 'object') {
      const first = node.properties[0];
      if (dash === null && first !== undefined && columnOf(text, first.keySpan.start) === column) found = node;
      const last: AslProperty | undefined = lastStartingBefore(node.properties, offset);
      node = last?.value !== undefined && last.value.span.start < offset ? last.value : undefined;
    } else if (node.kind === 'array') {
      const first = node.items[0];
      if (dash !== null && first !== undefined && dashColumn(text, first.span.start) === column) found = node;
      node = lastStartingBefore(node.items, offset);
    } else node = undefined;
  }
  if (found === undefined) return undefined;
  return { node: found, role: found.kind === 'object' ? 'key' : 'value' };
}

/** Column of the `-` introducing a block sequence item that starts at `offset`, or -1. */
function dashColumn(text: string, offset: number): number {
  let i = offset - 1;
  while (i >= 0 && text[i] === ' ') i--;
  return text[i] === '-' ? columnOf(text, i) : -1;
}
