/*
 * Cursor analysis for YAML text. Block structure comes from indentation (the tree of an incomplete
 * document often reads `Ty` as a plain value); quoted scalars and flow collections come from the tree.
 * Looks at a few lines above the cursor only.
 */
import type { AslDocument, AslNode, AslObjectNode, AslProperty, Span } from '../../asl/types';
import { type Cursor, type PathSegment, isArrayParent, owningProperty, pathOf, pathOfProperty, wordAt } from './cursor';

interface Line {
  readonly start: number;
  readonly text: string;
  /** Column of the first non-space character. */
  readonly indent: number;
  /** Column where the key (after any `- ` markers) starts. */
  readonly keyCol: number;
  readonly hasDash: boolean;
  /** The key written at keyCol, when the line holds `key:`. */
  readonly key?: string;
}

const KEY_RE = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#:'"{[\]},][^:#]*?)\s*:(?:\s|$)/;

function readLine(text: string, start: number, end: number): Line {
  const raw = text.slice(start, end);
  const indent = /^ */.exec(raw)![0].length;
  const dash = /^(?:-[ \t]+)*/.exec(raw.slice(indent))![0];
  const keyCol = indent + dash.length;
  const m = KEY_RE.exec(raw.slice(keyCol));
  return { start, text: raw, indent, keyCol, hasDash: dash.length > 0, key: m ? m[1] : undefined };
}

function lineAt(text: string, offset: number): Line {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  let end = text.indexOf('\n', offset);
  if (end < 0) end = text.length;
  return readLine(text, start, end);
}

function previousLine(text: string, line: Line): Line | undefined {
  if (line.start === 0) return undefined;
  const end = line.start - 1;
  const start = text.lastIndexOf('\n', end - 1) + 1;
  return readLine(text, start, end > start && text[end - 1] === '\r' ? end - 1 : end);
}

export function yamlCursor(asl: AslDocument, offset: number): Cursor | undefined {
  const text = asl.text;
  const fromTree = treeValueCursor(asl, offset);
  if (fromTree !== undefined) return fromTree;
  const line = lineAt(text, offset);
  const col = offset - line.start;
  if (col < line.keyCol) return undefined;
  const indent = ' '.repeat(line.indent);
  const keyEnd = line.key !== undefined ? line.keyCol + line.text.slice(line.keyCol).indexOf(':') : -1;
  if (line.key !== undefined && col > keyEnd) return valueCursor(asl, line, keyEnd, offset, indent);
  const word = wordAt(text, offset, /[^\s:#,[\]{}]/);
  const replace = { start: Math.max(word.start, line.start + line.keyCol), end: word.end };
  const parent = parentOf(asl, line);
  if (parent === undefined) return undefined;
  const after = text.slice(replace.end, replace.end + 3);
  return {
    offset,
    kind: 'key',
    path: parent.path,
    object: parent.object,
    property: line.key !== undefined ? propertyAtKey(asl.root, line.start + line.keyCol) : undefined,
    replace,
    quoted: false,
    hasColon: /^\s*:/.test(after),
    newItem: line.hasDash && parent.newItem,
    indent: ' '.repeat(line.keyCol),
  };
}

/** Quoted scalars and items of flow collections, read from the tree. */
function treeValueCursor(asl: AslDocument, offset: number): Cursor | undefined {
  const node = innermost(asl.root, offset);
  if (node === undefined || node.kind === 'object' || node.kind === 'array') return undefined;
  const parent = node.parent;
  const quoted = node.contentSpan.start !== node.span.start;
  const inFlow = isArrayParent(parent) && asl.text[parent.span.start] === '[';
  if (!quoted && !inFlow) return undefined;
  const inside = quoted ? node.contentSpan.start <= offset && offset <= node.contentSpan.end : true;
  if (!inside) return undefined;
  return {
    offset,
    kind: 'value',
    path: pathOf(node),
    property: owningProperty(node),
    node,
    replace: quoted ? node.contentSpan : node.span,
    quoted,
    hasColon: false,
    indent: '',
  };
}

function innermost(root: AslNode | undefined, offset: number): AslNode | undefined {
  let node = root;
  let found: AslNode | undefined;
  while (node !== undefined && node.span.start <= offset && offset <= node.span.end) {
    found = node;
    let next: AslNode | undefined;
    if (node.kind === 'object')
      next = node.properties.find((p) => p.value !== undefined && within(p.value.span, offset))?.value;
    else if (node.kind === 'array') next = node.items.find((i) => within(i.span, offset));
    node = next;
  }
  return found;
}

function within(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

function valueCursor(asl: AslDocument, line: Line, keyEnd: number, offset: number, indent: string): Cursor | undefined {
  const prop = propertyAtKey(asl.root, line.start + line.keyCol);
  const path = prop !== undefined ? pathOfProperty(prop) : fallbackPath(asl, line);
  if (path === undefined) return undefined;
  const valueStart = line.start + keyEnd + 1 + /^\s*/.exec(line.text.slice(keyEnd + 1))![0].length;
  const node =
    prop?.value !== undefined && prop.value.kind !== 'object' && prop.value.kind !== 'array' ? prop.value : undefined;
  const end = Math.max(offset, line.start + line.text.replace(/\s+$/, '').length);
  const replace = node !== undefined ? node.span : { start: Math.min(valueStart, offset), end };
  return { offset, kind: 'value', path, property: prop, node, replace, quoted: false, hasColon: false, indent };
}

/** When the tree lost the property (broken text): the parent's path plus the key. */
function fallbackPath(asl: AslDocument, line: Line): PathSegment[] | undefined {
  const parent = parentOf(asl, line);
  return parent === undefined || line.key === undefined ? undefined : [...parent.path, unquote(line.key)];
}

function unquote(key: string): string {
  if (key.startsWith('"')) {
    try {
      return JSON.parse(key) as string;
    } catch {
      return key.slice(1, -1);
    }
  }
  return key.startsWith("'") ? key.slice(1, -1).replace(/''/g, "'") : key.trim();
}

interface Parent {
  readonly path: PathSegment[];
  readonly object?: AslObjectNode;
  /** True when the key starts a new array item. */
  readonly newItem: boolean;
}

/** The mapping a key typed on `line` belongs to, from the lines above. */
function parentOf(asl: AslDocument, line: Line): Parent | undefined {
  const text = asl.text;
  let prev = previousLine(text, line);
  for (let guard = 0; prev !== undefined && guard < 5000; guard++, prev = previousLine(text, prev)) {
    if (/^\s*(#|$)/.test(prev.text)) continue;
    if (!line.hasDash && prev.keyCol === line.keyCol && prev.key !== undefined) {
      const prop = propertyAtKey(asl.root, prev.start + prev.keyCol);
      if (prop === undefined) return undefined;
      return { path: pathOf(prop.parent), object: prop.parent, newItem: false };
    }
    if (prev.keyCol < line.keyCol || (line.hasDash && prev.keyCol <= line.indent && !prev.hasDash)) {
      return prev.key !== undefined ? ownerOf(asl, prev, line) : undefined;
    }
  }
  return line.keyCol === 0 && !line.hasDash ? rootParent(asl) : undefined;
}

function rootParent(asl: AslDocument): Parent {
  const root = asl.root !== undefined && asl.root.kind === 'object' ? asl.root : undefined;
  return { path: [], object: root, newItem: false };
}

/** `prev` is `key:` above the cursor line: the cursor's mapping is (an item of) that key's value. */
function ownerOf(asl: AslDocument, prev: Line, line: Line): Parent | undefined {
  const prop = propertyAtKey(asl.root, prev.start + prev.keyCol);
  if (prop === undefined) return undefined;
  const path = pathOfProperty(prop);
  const value = prop.value;
  if (line.hasDash) {
    const items = value !== undefined && value.kind === 'array' ? value.items : [];
    const index = items.filter((i) => i.span.end < line.start + line.keyCol).length;
    const existing = items[index];
    const object =
      existing !== undefined && existing.kind === 'object' && existing.span.start === line.start + line.keyCol
        ? existing
        : undefined;
    return { path: [...path, index], object, newItem: true };
  }
  if (value !== undefined && value.kind === 'array') {
    // A key below `- first: x` continues the last item that starts above the cursor.
    const items = value.items.filter((i) => i.span.start < line.start);
    const last = items[items.length - 1];
    return {
      path: [...path, items.length - 1],
      object: last !== undefined && last.kind === 'object' ? last : undefined,
      newItem: false,
    };
  }
  return { path, object: value !== undefined && value.kind === 'object' ? value : undefined, newItem: false };
}

/** The property whose key starts exactly at `offset`. */
export function propertyAtKey(root: AslNode | undefined, offset: number): AslProperty | undefined {
  let node = root;
  for (let guard = 0; node !== undefined && guard < 10000; guard++) {
    let next: AslNode | undefined;
    if (node.kind === 'object') {
      for (const p of node.properties) {
        if (p.keySpan.start === offset) return p;
        if (p.value !== undefined && within(p.value.span, offset)) next = p.value;
      }
    } else if (node.kind === 'array') {
      next = node.items.find((i) => within(i.span, offset));
    }
    node = next;
  }
  return undefined;
}
