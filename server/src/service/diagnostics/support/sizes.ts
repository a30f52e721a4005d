/*
 * Byte sizes of definitions, without encoding them: UTF-8 length of a string, of a JSON text once
 * the white space between its tokens is removed, and of a tree as JSON. Pure, linear.
 */
import type { AslNode } from '../../../asl/types';

/** UTF-8 bytes of `text` (lone surrogates count as the 3-byte replacement character). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** UTF-8 bytes of a JSON text without the white space outside its strings. */
export function minifiedJsonBytes(text: string): number {
  let bytes = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) {
        bytes += 2;
        i++;
        continue;
      }
      if (c === 34) inString = false;
    } else if (c === 32 || c === 10 || c === 13 || c === 9) continue;
    else if (c === 34) inString = true;
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Measures a subtree, or returns what an earlier run measured for it (`measure` is called on the
 * nodes two levels below the root, where top-level states sit, with the function to run otherwise).
 */
export type SubtreeMeasure = (node: AslNode, compute: () => number) => number;

const direct: SubtreeMeasure = (_node, compute) => compute();

/** UTF-8 bytes of JSON.stringify of the node's plain value (keys without a value left out), computed on the tree. */
export function treeJsonBytes(node: AslNode, measure: SubtreeMeasure = direct, depth = 0): number {
  if (depth === 2) return measure(node, () => treeJsonBytes(node, direct, 3));
  switch (node.kind) {
    case 'object': {
      let bytes = 2;
      let count = 0;
      for (const p of node.properties) {
        if (p.value === undefined) continue;
        bytes += jsonStringBytes(p.key) + 1 + treeJsonBytes(p.value, measure, depth + 1);
        count++;
      }
      return bytes + Math.max(0, count - 1);
    }
    case 'array': {
      let bytes = 2 + Math.max(0, node.items.length - 1);
      for (const item of node.items) bytes += treeJsonBytes(item, measure, depth + 1);
      return bytes;
    }
    case 'string':
      return jsonStringBytes(node.value as string);
    case 'number':
      return Number.isFinite(node.value) ? String(node.value).length : 4;
    case 'boolean':
      return node.value ? 4 : 5;
    default:
      return 4;
  }
}

/** UTF-8 bytes of JSON.stringify(s): quotes, escapes, multi-byte characters. */
function jsonStringBytes(s: string): number {
  let extra = 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 34 || c === 92 || c === 8 || c === 9 || c === 10 || c === 12 || c === 13) extra += 1;
    else if (c < 0x20) extra += 5;
  }
  return utf8Bytes(s) + extra;
}

/**
 * Characters of a strictly valid JSON tree written without white space between tokens: its keys
 * and scalars as written (span lengths) plus braces, brackets, colons and commas. Equals
 * minifiedJsonBytes for ASCII text, without reading the characters.
 */
export function minifiedJsonChars(node: AslNode, measure: SubtreeMeasure = direct, depth = 0): number {
  if (depth === 2) return measure(node, () => minifiedJsonChars(node, direct, 3));
  if (node.kind === 'object') {
    const props = node.properties;
    let chars = 2 + Math.max(0, props.length - 1);
    for (let i = 0; i < props.length; i++) {
      const p = props[i];
      chars += p.keyEnd - p.keyStart + 1 + (p.value === undefined ? 0 : minifiedJsonChars(p.value, measure, depth + 1));
    }
    return chars;
  }
  if (node.kind === 'array') {
    const items = node.items;
    let chars = 2 + Math.max(0, items.length - 1);
    for (let i = 0; i < items.length; i++) chars += minifiedJsonChars(items[i], measure, depth + 1);
    return chars;
  }
  return node.end - node.start;
}
