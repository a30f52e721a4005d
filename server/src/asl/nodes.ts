/*
 * Small read-only helpers over the format-neutral AslNode tree: property lookup, plain JS values,
 * and offset lookup. Pure functions on the tree; they know nothing of JSON/YAML syntax. Never throw.
 */
import type { AslNode, AslObjectNode, AslProperty, AslScalarNode, Span } from './types';

/** First property named `key` of an object node (duplicates: the first one wins). */
export function getProperty(obj: AslNode | undefined, key: string): AslProperty | undefined {
  if (obj === undefined || obj.kind !== 'object') return undefined;
  const props = obj.properties;
  for (let i = 0; i < props.length; i++) if (props[i].key === key) return props[i];
  return undefined;
}

/** Value node of the first property named `key`. */
export function getPropertyValue(obj: AslNode | undefined, key: string): AslNode | undefined {
  return getProperty(obj, key)?.value;
}

/** The string value of a node, or undefined when it is not a string scalar. */
export function stringValue(node: AslNode | undefined): string | undefined {
  return node !== undefined && node.kind === 'string' ? (node.value as string) : undefined;
}

/** True when the node is a string scalar. */
export function isString(node: AslNode | undefined): node is AslScalarNode {
  return node !== undefined && node.kind === 'string';
}

/** True when the node is an object. */
export function isObject(node: AslNode | undefined): node is AslObjectNode {
  return node !== undefined && node.kind === 'object';
}

/**
 * The plain JS value of a node (objects, arrays, scalars). For duplicated keys the last one wins,
 * as in JSON.parse. Properties without a value are skipped.
 */
export function nodeToValue(node: AslNode | undefined): unknown {
  if (node === undefined) return undefined;
  switch (node.kind) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const p of node.properties) {
        if (p.value === undefined) continue;
        if (p.key === '__proto__')
          Object.defineProperty(out, p.key, {
            value: nodeToValue(p.value),
            enumerable: true,
            writable: true,
            configurable: true,
          });
        else out[p.key] = nodeToValue(p.value);
      }
      return out;
    }
    case 'array':
      return node.items.map(nodeToValue);
    default:
      return node.value;
  }
}

/** True when `offset` is inside `span`, the end included (a cursor right after a token is in it). */
export function spanContains(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

/** Innermost node whose span contains `offset` (end inclusive), or undefined. */
export function findNodeAtOffset(root: AslNode | undefined, offset: number): AslNode | undefined {
  let node = root;
  if (node === undefined || !spanContains(node.span, offset)) return undefined;
  for (;;) {
    const next = childAt(node, offset);
    if (next === undefined) return node;
    node = next;
  }
}

function childAt(node: AslNode, offset: number): AslNode | undefined {
  if (node.kind === 'object') {
    for (const p of node.properties) {
      if (p.value !== undefined && spanContains(p.value.span, offset)) return p.value;
    }
  } else if (node.kind === 'array') {
    for (const item of node.items) if (spanContains(item.span, offset)) return item;
  }
  return undefined;
}
