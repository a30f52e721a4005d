/*
 * Comparing JSON values for expectations: exact equality (the interpreter's jsonEquals), the deep
 * subset match of `outputContains` / `inputContains` (objects may hold more keys; arrays match
 * item by item and must have the same length), and where two values first differ, for messages.
 * Pure.
 */
import { isJsonObject, jsonEquals, type Json } from '../interpreter/value';

/** The first place (a JSONPath) where `actual` does not match `expected`, with both values there. */
export interface Mismatch {
  readonly at: string;
  readonly expected: Json | undefined;
  readonly actual: Json | undefined;
}

/** Where `actual` first departs from `expected` (exact, or as a subset when `partial`); undefined when it does not. */
export function firstMismatch(
  expected: Json,
  actual: Json | undefined,
  at = '$',
  partial = false,
): Mismatch | undefined {
  if (isJsonObject(expected)) return objectMismatch(expected, actual, at, partial);
  if (Array.isArray(expected)) return arrayMismatch(expected, actual, at, partial);
  return actual !== undefined && jsonEquals(expected, actual) ? undefined : { at, expected, actual };
}

function objectMismatch(
  expected: { [key: string]: Json },
  actual: Json | undefined,
  at: string,
  partial: boolean,
): Mismatch | undefined {
  if (!isJsonObject(actual)) return { at, expected, actual };
  for (const key of Object.keys(expected)) {
    const inner = firstMismatch(expected[key], own(actual, key), childPath(at, key), partial);
    if (inner !== undefined) return inner;
  }
  if (partial) return undefined;
  const extra = Object.keys(actual).find((key) => !Object.prototype.hasOwnProperty.call(expected, key));
  return extra === undefined ? undefined : { at: childPath(at, extra), expected: undefined, actual: actual[extra] };
}

function arrayMismatch(expected: Json[], actual: Json | undefined, at: string, partial: boolean): Mismatch | undefined {
  if (!Array.isArray(actual) || actual.length !== expected.length) return { at, expected, actual };
  for (let i = 0; i < expected.length; i++) {
    const inner = firstMismatch(expected[i], actual[i], `${at}[${i}]`, partial);
    if (inner !== undefined) return inner;
  }
  return undefined;
}

function own(obj: { [key: string]: Json }, key: string): Json | undefined {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

function childPath(at: string, key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? `${at}.${key}` : `${at}[${JSON.stringify(key)}]`;
}

/** Pretty JSON text for a diff view; `(nothing)` for an absent value. */
export function jsonText(value: Json | undefined): string {
  return value === undefined ? '(nothing)' : JSON.stringify(value, null, 2);
}

/** One-line JSON, cut to `max` characters, for messages. */
export function shortJson(value: Json | undefined, max = 80): string {
  const text = value === undefined ? '(nothing)' : JSON.stringify(value);
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** "at $.a.b: expected 1, got 2" (or just "expected 1, got 2" at the root). */
function describeMismatch(m: Mismatch): string {
  const where = m.at === '$' ? '' : `at ${m.at}: `;
  if (m.expected === undefined) return `${where}unexpected ${shortJson(m.actual)}`;
  if (m.actual === undefined) return `${where}expected ${shortJson(m.expected)}, got nothing`;
  return `${where}expected ${shortJson(m.expected)}, got ${shortJson(m.actual)}`;
}

/** "<what> at $.a: expected 1, got 2", or "<what>: expected 1, got 2" when the values differ as a whole. */
export function mismatchMessage(what: string, m: Mismatch): string {
  const detail = describeMismatch(m);
  return m.at === '$' ? `${what}: ${detail}` : `${what} ${detail}`;
}
