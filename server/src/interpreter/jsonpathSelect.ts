/*
 * The node-set walk behind indefinite JSONPath (wildcards, unions, slices, filters, `..`), with
 * Jayway's rules: a missing key or wrong-typed node drops out of the set instead of failing, and a
 * multi-property union at the end of a path merges into one object. Never copies a value.
 */
import type { PathSegment } from '../asl/expr';
import { filterAccepts } from './jsonpathFilter';
import { type Json, type JsonObject, isJsonObject } from './value';

export function selectAll(nodes: Json[], segments: readonly PathSegment[], root: Json): Json[] {
  let current = nodes;
  for (let i = 0; i < segments.length && current.length > 0; i++) {
    const leaf = i === segments.length - 1;
    const next: Json[] = [];
    for (const node of current) applySegment(segments[i], node, root, leaf, next);
    current = next;
  }
  return current;
}

function applySegment(segment: PathSegment, node: Json, root: Json, leaf: boolean, out: Json[]): void {
  switch (segment.kind) {
    case 'property':
      if (isJsonObject(node) && Object.prototype.hasOwnProperty.call(node, segment.name)) out.push(node[segment.name]);
      return;
    case 'properties':
      return selectProperties(segment.names, node, leaf, out);
    case 'index':
      return pushIndex(node, segment.index, out);
    case 'indexes':
      for (const index of segment.indexes) pushIndex(node, index, out);
      return;
    case 'wildcard':
      if (Array.isArray(node)) out.push(...node);
      else if (isJsonObject(node)) out.push(...Object.values(node));
      return;
    case 'slice':
      if (Array.isArray(node)) out.push(...sliceOf(node, segment.start, segment.end));
      return;
    case 'filter':
      if (Array.isArray(node)) {
        for (const item of node) if (filterAccepts(segment.expr, item, root)) out.push(item);
      } else if (isJsonObject(node) && filterAccepts(segment.expr, node, root)) out.push(node);
      return;
    case 'descendant':
      return scan(segment.then, node, root, leaf, out);
  }
}

function selectProperties(names: readonly string[], node: Json, leaf: boolean, out: Json[]): void {
  if (!isJsonObject(node)) return;
  const present = names.filter((n) => Object.prototype.hasOwnProperty.call(node, n));
  if (!leaf) {
    for (const n of present) out.push(node[n]);
    return;
  }
  const merged: JsonObject = {};
  for (const n of present) merged[n] = node[n];
  out.push(merged);
}

function pushIndex(node: Json, index: number, out: Json[]): void {
  if (!Array.isArray(node)) return;
  const i = index < 0 ? node.length + index : index;
  if (i >= 0 && i < node.length) out.push(node[i]);
}

function sliceOf(arr: Json[], start: number | undefined, end: number | undefined): Json[] {
  const n = arr.length;
  const from = sliceBound(start, n, 0);
  const to = sliceBound(end, n, n);
  return from < to ? arr.slice(from, to) : [];
}

/** A slice bound within [0, n]: negative counts from the end, absent is `otherwise`. */
function sliceBound(bound: number | undefined, n: number, otherwise: number): number {
  if (bound === undefined) return otherwise;
  return bound < 0 ? Math.max(0, n + bound) : Math.min(bound, n);
}

/** `..x`: applies x to the node itself, then to every descendant, depth-first in document order. */
function scan(then: PathSegment, node: Json, root: Json, leaf: boolean, out: Json[]): void {
  if (then.kind === 'wildcard') {
    collectDescendants(node, out);
    return;
  }
  applySegment(then, node, root, leaf, out);
  if (Array.isArray(node)) for (const child of node) scan(then, child, root, leaf, out);
  else if (isJsonObject(node)) for (const key in node) scan(then, node[key], root, leaf, out);
}

function collectDescendants(node: Json, out: Json[]): void {
  for (const child of childrenOf(node)) {
    out.push(child);
    collectDescendants(child, out);
  }
}

/** Follows object keys and array indexes (negative = from the end); undefined when absent. */
export function walkKeys(start: Json, keys: readonly (string | number)[]): Json | undefined {
  let v: Json = start;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (typeof key === 'string') {
      if (typeof v !== 'object' || v === null || Array.isArray(v) || !Object.prototype.hasOwnProperty.call(v, key))
        return undefined;
      v = (v as { [k: string]: Json })[key];
    } else {
      if (!Array.isArray(v)) return undefined;
      const idx = key < 0 ? v.length + key : key;
      if (idx < 0 || idx >= v.length) return undefined;
      v = v[idx];
    }
  }
  return v;
}

/** The elements of an array or the values of an object; nothing for a scalar. */
function childrenOf(node: Json): readonly Json[] {
  if (Array.isArray(node)) return node;
  return isJsonObject(node) ? Object.values(node) : [];
}
