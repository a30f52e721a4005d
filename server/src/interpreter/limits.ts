/*
 * Service quotas the engine enforces: the 256 KiB payload limit (UTF-8 size of the JSON text,
 * States.DataLimitExceeded) and the transition budget. Sizes are computed without serialising:
 * values are immutable and shared, so the size of a big object is memoised per object.
 */
import type { Json } from './value';
import { MAX_JSON_DEPTH } from './guards';

export const PAYLOAD_LIMIT_BYTES = 262_144;

const objectSizes = new WeakMap<object, number>();
const MEMO_THRESHOLD = 512;

/** Exact UTF-8 byte length of JSON.stringify(value). */
export function payloadSize(value: Json): number {
  switch (typeof value) {
    case 'string':
      return stringSize(value);
    case 'number':
      return Number.isFinite(value) ? String(value).length : 4;
    case 'boolean':
      return value ? 4 : 5;
    default:
      return value === null ? 4 : objectSize(value);
  }
}

function objectSize(value: Json[] | { [key: string]: Json }): number {
  const known = objectSizes.get(value);
  if (known !== undefined) return known;
  let size = 2;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) size += payloadSize(value[i]) + (i > 0 ? 1 : 0);
  } else {
    let first = true;
    for (const key in value) {
      const v = value[key];
      if (v === undefined) continue;
      size += stringSize(key) + 1 + payloadSize(v) + (first ? 0 : 1);
      first = false;
    }
  }
  if (size >= MEMO_THRESHOLD) objectSizes.set(value, size);
  return size;
}

const bigStrings = new Map<string, number>();

function stringSize(s: string): number {
  if (s.length > 1024) {
    const known = bigStrings.get(s);
    if (known !== undefined) return known;
  }
  let size = 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20) size += c === 8 || c === 9 || c === 10 || c === 12 || c === 13 ? 2 : 6;
    else if (c === 0x22 || c === 0x5c) size += 2;
    else if (c < 0x80) size += 1;
    else if (c < 0x800) size += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        size += 4;
        i++;
      } else size += 6;
    } else if (c >= 0xd800 && c <= 0xdfff) size += 6;
    else size += 3;
  }
  if (s.length > 1024) {
    if (bigStrings.size > 256) bigStrings.clear();
    bigStrings.set(s, size);
  }
  return size;
}

export function exceedsPayloadLimit(value: Json): boolean {
  return payloadSize(value) > PAYLOAD_LIMIT_BYTES;
}

const objectDepths = new WeakMap<object, number>();

/**
 * True when `value` nests arrays/objects deeper than MAX_JSON_DEPTH, the limit every JSON that
 * enters an execution already has (guards.ts). The walk stops one level past the limit, so it never
 * recurses deeper than that; depths of big objects are memoised like their sizes.
 */
export function exceedsDepthLimit(value: Json): boolean {
  return depthUpTo(value, MAX_JSON_DEPTH + 1) > MAX_JSON_DEPTH;
}

function depthUpTo(value: Json, cap: number): number {
  if (value === null || typeof value !== 'object') return 0;
  const known = objectDepths.get(value);
  if (known !== undefined) return known;
  if (cap <= 1) return 1;
  let deepest = 0;
  const children = Array.isArray(value) ? value : Object.values(value);
  for (const child of children) {
    if (child === null || typeof child !== 'object') continue;
    const d = depthUpTo(child, cap - 1);
    if (d > deepest) deepest = d;
    if (deepest >= cap - 1) break;
  }
  const depth = deepest + 1;
  if (depth < cap && objectSizes.has(value)) objectDepths.set(value, depth);
  return depth;
}
