/*
 * ResultPath: merges a state's result into its raw input, copy-on-write: only the objects on the
 * path are copied (shallowly), everything else is shared and the input is never mutated.
 * Decisions: missing objects on the path are created; a scalar/array where an object is needed,
 * or an index outside an existing array, is States.ResultPathMatchFailure.
 */
import { parseJsonPath, segmentKey } from '../asl/expr';
import { Failure } from './failure';
import { type Json, type JsonObject, isJsonObject, setOwn, shallowCopy } from './value';

const keysCache = new Map<string, readonly (string | number)[] | Failure>();

export function applyResultPath(rawInput: Json, resultPath: string | null | undefined, result: Json): Json | Failure {
  if (resultPath === null) return rawInput;
  if (resultPath === undefined || resultPath === '$') return result;
  const keys = referenceKeys(resultPath);
  if (keys instanceof Failure) return keys;
  const out = setIn(rawInput, keys, 0, result);
  return out === undefined ? new Failure('States.ResultPathMatchFailure', cannotApply(resultPath, rawInput)) : out;
}

/** The keys of a `$`-rooted reference path, cached per string. */
export function referenceKeys(path: string): readonly (string | number)[] | Failure {
  let keys = keysCache.get(path);
  if (keys === undefined) {
    const { ast } = parseJsonPath(path);
    keys =
      ast && ast.reference && ast.root.kind === 'data'
        ? ast.segments.map((s) => segmentKey(s) ?? '')
        : new Failure(
            'States.ResultPathMatchFailure',
            `Invalid ResultPath '${path}': expected a reference path starting with '$'`,
          );
    keysCache.set(path, keys);
  }
  return keys;
}

function setIn(node: Json | undefined, keys: readonly (string | number)[], i: number, value: Json): Json | undefined {
  if (i === keys.length) return value;
  const key = keys[i];
  if (typeof key === 'string') {
    if (node !== undefined && !isJsonObject(node)) return undefined;
    const child = node !== undefined && Object.prototype.hasOwnProperty.call(node, key) ? node[key] : undefined;
    const updated = setIn(child, keys, i + 1, value);
    if (updated === undefined) return undefined;
    const copy: JsonObject = node === undefined ? {} : shallowCopy(node);
    setOwn(copy, key, updated);
    return copy;
  }
  if (!Array.isArray(node)) return undefined;
  const idx = key < 0 ? node.length + key : key;
  if (idx < 0 || idx >= node.length) return undefined;
  const updated = setIn(node[idx], keys, i + 1, value);
  if (updated === undefined) return undefined;
  const copy = node.slice();
  copy[idx] = updated;
  return copy;
}

function cannotApply(path: string, input: Json): string {
  const text = JSON.stringify(input);
  return `Unable to apply ResultPath '${path}' to input ${text.length > 1000 ? text.slice(0, 1000) + '...' : text}`;
}
