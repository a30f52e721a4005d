/*
 * JSON values as the interpreter sees them. Values are immutable by convention: every stage
 * shares structure with its input and never mutates it (copy-on-write where a change is needed).
 */
import type { EvaluationBudget } from './environment';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export function isJsonObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Deep structural equality of two JSON values (key order ignored). */
export function jsonEquals(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEquals(a[i], b[i])) return false;
    return true;
  }
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    if (!Object.prototype.hasOwnProperty.call(b, k) || !jsonEquals(a[k], b[k])) return false;
  }
  return true;
}

/**
 * What expressions can read besides the current data `$`: the context object, workflow variables
 * and the seeded random source. Supplied by the engine; expressions never own state.
 */
export interface EvalScope {
  /** `$$` in JSONPath, `$states.context` in JSONata. */
  readonly context: Json;
  /** `$name` workflow variables; undefined = not set. */
  readonly variable: (name: string) => Json | undefined;
  /** Seeded, in [0, 1): MathRandom without seed, $random(), UUIDs. */
  readonly random: () => number;
  /** Optional injected clock (ms since epoch) for JSONata $now()/$millis(); the real clock if absent. */
  readonly now?: () => number;
  /** Time and depth budget of JSONata evaluation (defaults when absent). */
  readonly budget?: EvaluationBudget;
}

/** Sets an own property, even one named `__proto__` (JSON allows it; plain assignment would not). */
export function setOwn(obj: JsonObject, key: string, value: Json): void {
  if (key === '__proto__')
    Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}

/**
 * A shallow copy of an object. (A for-in copy: on Node 20, `{ ...obj }` followed by adding a key
 * is ~30× slower, which matters for ResultPath on every transition.)
 */
export function shallowCopy(obj: JsonObject): JsonObject {
  const copy: JsonObject = {};
  for (const key in obj) setOwn(copy, key, obj[key]);
  return copy;
}
