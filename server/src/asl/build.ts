/*
 * Internal constructors for the AslNode tree, shared by the JSON and YAML parsers. They create the
 * nodes mutable, set parent links, and hand them out typed as the read-only public shapes.
 */
import type { AslArrayNode, AslNode, AslObjectNode, AslProperty, AslScalarNode, Span } from './types';

/** Containers nested deeper than this are dropped (and reported): keeps every consumer's recursion bounded. */
export const MAX_DEPTH = 256;

export const TOO_DEEP_MESSAGE = `The document nests objects and arrays more than ${MAX_DEPTH} levels deep; deeper content is ignored`;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Parent = AslProperty | AslArrayNode | undefined;

export function span(start: number, end: number): Span {
  return { start, end };
}

export function newObject(s: Span, parent: Parent): AslObjectNode {
  return { kind: 'object', span: s, properties: [], parent };
}

export function newArray(s: Span, parent: Parent): AslArrayNode {
  return { kind: 'array', span: s, items: [], parent };
}

export function newScalar(
  kind: AslScalarNode['kind'],
  value: AslScalarNode['value'],
  s: Span,
  contentSpan: Span,
  parent: Parent,
): AslScalarNode {
  return { kind, value, span: s, contentSpan, parent };
}

/** Appends a property (without value yet) to an object. */
export function addProperty(obj: AslObjectNode, key: string, keySpan: Span): AslProperty {
  const prop: AslProperty = { key, keySpan, span: keySpan, parent: obj, value: undefined };
  (obj.properties as AslProperty[]).push(prop);
  return prop;
}

/** Sets a property's value and extends its span to the value's end. */
export function setPropertyValue(prop: AslProperty, value: AslNode): void {
  const p = prop as Mutable<AslProperty>;
  p.value = value;
  p.span = { start: prop.keySpan.start, end: Math.max(prop.keySpan.end, value.span.end) };
}

export function addItem(arr: AslArrayNode, item: AslNode): void {
  (arr.items as AslNode[]).push(item);
}

/** Overwrites a node's span (used when a container's end is only known after its children). */
export function setSpan(node: AslNode, s: Span): void {
  (node as Mutable<AslNode>).span = s;
}
