/*
 * Cursor analysis for JSON text: walks the tree down to the offset (depth × siblings, no scan of
 * the whole text) and looks at the few characters around it to tell a key from a value.
 */
import type { AslArrayNode, AslDocument, AslNode, AslObjectNode, AslProperty, Span } from '../../asl/types';
import { type Cursor, lineIndent, owningProperty, pathOf, pathOfProperty, wordAt } from './cursor';

const QUOTE = 34;

/** True when `offset` is between the quotes of the string token at `span` (or after an unclosed one). */
function insideString(text: string, span: Span, offset: number): boolean {
  if (offset <= span.start || offset > span.end) return false;
  if (offset < span.end) return true;
  const closed = span.end - span.start >= 2 && text.charCodeAt(span.end - 1) === QUOTE;
  return !closed;
}

function insideContainer(text: string, node: AslObjectNode | AslArrayNode, offset: number): boolean {
  if (offset <= node.span.start) return false;
  if (offset < node.span.end) return true;
  const close = node.kind === 'object' ? '}' : ']';
  return offset === node.span.end && text[node.span.end - 1] !== close;
}

export function nextNonSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}

export function prevNonSpace(text: string, from: number): number {
  let i = from - 1;
  while (i >= 0 && /\s/.test(text[i])) i--;
  return i;
}

export function jsonCursor(asl: AslDocument, offset: number): Cursor | undefined {
  const text = asl.text;
  let node: AslNode | undefined = asl.root;
  let container: AslObjectNode | AslArrayNode | undefined;
  while (node !== undefined) {
    if (node.kind === 'object' || node.kind === 'array') {
      if (!insideContainer(text, node, offset)) break;
      container = node;
      const hit = childAt(text, node, offset);
      if (hit === undefined) break;
      if ('keySpan' in hit) return keyCursor(text, hit, offset);
      node = hit;
      continue;
    }
    if (node.kind === 'string' && insideString(text, node.span, offset)) return stringValueCursor(text, node, offset);
    if (node.kind !== 'string' && node.span.start <= offset && offset <= node.span.end)
      return bareValueCursor(text, node, offset);
    break;
  }
  return container === undefined ? undefined : bareCursor(text, container, offset);
}

/** The child (value node, or property whose key holds the offset) of a container at `offset`. */
function childAt(text: string, node: AslObjectNode | AslArrayNode, offset: number): AslNode | AslProperty | undefined {
  if (node.kind === 'array') {
    for (const item of node.items) if (covers(text, item, offset)) return item;
    return undefined;
  }
  for (const p of node.properties) {
    if (insideString(text, p.keySpan, offset)) return p;
    if (p.value !== undefined && covers(text, p.value, offset)) return p.value;
  }
  return undefined;
}

function covers(text: string, node: AslNode, offset: number): boolean {
  if (node.kind === 'object' || node.kind === 'array') return insideContainer(text, node, offset);
  if (node.kind === 'string') return insideString(text, node.span, offset);
  return node.span.start <= offset && offset <= node.span.end;
}

function keyCursor(text: string, prop: AslProperty, offset: number): Cursor {
  const after = nextNonSpace(text, prop.keySpan.end);
  const hasColon = prop.value !== undefined || text[after] === ':';
  return {
    offset,
    kind: 'key',
    path: pathOf(prop.parent),
    object: prop.parent,
    property: prop,
    replace: prop.keySpan,
    quoted: false,
    hasColon,
    indent: lineIndent(text, offset),
    needsComma: !hasColon && text[after] === '"',
    leadingCommaAt: hasColon ? undefined : missingComma(text, prevNonSpace(text, prop.keySpan.start)),
  };
}

function stringValueCursor(text: string, node: AslNode & { contentSpan: Span }, offset: number): Cursor {
  return {
    offset,
    kind: 'value',
    path: pathOf(node),
    property: owningProperty(node),
    node,
    replace: node.contentSpan,
    quoted: true,
    hasColon: false,
    indent: lineIndent(text, offset),
  };
}

function bareValueCursor(text: string, node: AslNode, offset: number): Cursor {
  return {
    offset,
    kind: 'value',
    path: pathOf(node),
    property: owningProperty(node),
    node,
    replace: node.span,
    quoted: false,
    hasColon: false,
    indent: lineIndent(text, offset),
  };
}

/** Whitespace or a bare word inside a container. */
function bareCursor(text: string, container: AslObjectNode | AslArrayNode, offset: number): Cursor {
  const word = wordAt(text, offset);
  const prev = prevNonSpace(text, word.start);
  const base = { offset, replace: word, quoted: false, hasColon: false, indent: lineIndent(text, offset) };
  if (container.kind === 'array') {
    const index = container.items.filter((i) => i.span.end <= word.start).length;
    return { ...base, kind: 'value', path: [...pathOf(container), index] };
  }
  if (text[prev] === ':') {
    const prop = lastPropertyBefore(container, word.start);
    if (prop !== undefined) return { ...base, kind: 'value', path: pathOfProperty(prop), property: prop };
  }
  const after = nextNonSpace(text, word.end);
  return {
    ...base,
    kind: 'key',
    path: pathOf(container),
    object: container,
    hasColon: text[after] === ':',
    needsComma: text[after] === '"',
    leadingCommaAt: missingComma(text, prev),
  };
}

/** Offset after the previous value when it is not followed by a comma (a new key needs one). */
function missingComma(text: string, prev: number): number | undefined {
  if (prev < 0) return undefined;
  const c = text[prev];
  return c === '{' || c === ',' || c === '[' || c === ':' ? undefined : prev + 1;
}

function lastPropertyBefore(obj: AslObjectNode, offset: number): AslProperty | undefined {
  let found: AslProperty | undefined;
  for (const p of obj.properties) if (p.keySpan.end <= offset) found = p;
  return found;
}
