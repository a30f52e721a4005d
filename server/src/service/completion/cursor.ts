/*
 * Where the cursor is, for completion and hover: a key position in an object or a value position,
 * with the path from the document root and the text span an item replaces. Format-neutral result;
 * jsonCursor.ts and yamlCursor.ts read the text around the offset. Never throws.
 */
import type { AslArrayNode, AslDocument, AslNode, AslObjectNode, AslProperty, Span } from '../../asl/types';
import { jsonCursor } from './jsonCursor';
import { yamlCursor } from './yamlCursor';

export type PathSegment = string | number;

export interface Cursor {
  readonly offset: number;
  /** 'key': a property name is typed; 'value': a value (or array item) is typed. */
  readonly kind: 'key' | 'value';
  /** Key: path to the object receiving the key. Value: path to the value (last = key or index). */
  readonly path: readonly PathSegment[];
  /** Key: the object receiving the key, when it exists in the tree. */
  readonly object?: AslObjectNode;
  /** Key: the property under the cursor. Value: the property owning the value (undefined for array items). */
  readonly property?: AslProperty;
  /** Value: the node under the cursor, when there is one. */
  readonly node?: AslNode;
  /** Span an item replaces. */
  readonly replace: Span;
  /** True when `replace` lies inside quotes: items insert raw text, without quotes. */
  readonly quoted: boolean;
  /** Key: a colon already follows the key, so items insert the name only. */
  readonly hasColon: boolean;
  /** YAML key on a `- ` line: the key may also start a new scalar array item. */
  readonly newItem?: boolean;
  /** Indentation (spaces) of the line, for multi-line YAML inserts. */
  readonly indent: string;
  /** JSON only: a property follows the insertion point, so a key item must end with a comma. */
  readonly needsComma?: boolean;
  /** JSON only: the previous property has no comma after it; a key item inserts one at this offset. */
  readonly leadingCommaAt?: number;
}

/** The cursor at `offset`, or undefined when the offset is outside any completable position. */
export function cursorAt(asl: AslDocument, offset: number): Cursor | undefined {
  const cursor = asl.format === 'yaml' ? yamlCursor(asl, offset) : jsonCursor(asl, offset);
  return cursor === undefined ? undefined : { ...cursor, replace: onCursorLine(asl.text, cursor.replace, offset) };
}

/** Clamps a span to the line holding `offset` and makes it contain `offset` (editors require both). */
export function onCursorLine(text: string, span: Span, offset: number): Span {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd < 0) lineEnd = text.length;
  if (text[lineEnd - 1] === '\r') lineEnd--;
  const start = Math.min(offset, Math.max(span.start, lineStart));
  const end = Math.max(offset, Math.min(span.end, lineEnd));
  return start === span.start && end === span.end ? span : { start, end };
}

/** True when a node's parent is an array (not a property). */
export function isArrayParent(p: AslProperty | AslArrayNode | undefined): p is AslArrayNode {
  return p !== undefined && 'items' in p;
}

/** The property owning a node, when its parent is a property. */
export function owningProperty(node: AslNode): AslProperty | undefined {
  const p = node.parent;
  return p !== undefined && !isArrayParent(p) ? p : undefined;
}

/** Keys and indices from the root to `node`. */
export function pathOf(node: AslNode): PathSegment[] {
  const out: PathSegment[] = [];
  let current: AslNode = node;
  for (let guard = 0; guard < 10000; guard++) {
    const parent: AslProperty | AslArrayNode | undefined = current.parent;
    if (parent === undefined) break;
    if (isArrayParent(parent)) {
      out.push(parent.items.indexOf(current));
      current = parent;
    } else {
      out.push(parent.key);
      current = parent.parent;
    }
  }
  return out.reverse();
}

/** Path to a property's value. */
export function pathOfProperty(prop: AslProperty): PathSegment[] {
  return [...pathOf(prop.parent), prop.key];
}

/** Span of the identifier-like word around `offset` (letters, digits, `_ $ . -`). */
export function wordAt(text: string, offset: number, extra = /[\w$.-]/): Span {
  let start = offset;
  while (start > 0 && extra.test(text[start - 1])) start--;
  let end = offset;
  while (end < text.length && extra.test(text[end])) end++;
  return { start, end };
}

/** Indentation of the line holding `offset`. */
export function lineIndent(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const m = /^[ \t]*/.exec(text.slice(lineStart, Math.min(text.length, lineStart + 200)));
  return m ? m[0] : '';
}
