/*
 * The functions AWS Step Functions adds to JSONata ($partition, $range, $hash, $random, $uuid,
 * $parse), the one it removes ($eval), and a deterministic $now/$millis when a clock is injected.
 * They throw plain Errors; jsonata.ts turns every error into States.QueryEvaluationError.
 */
import { createHash } from 'crypto';
import { compileJsonata } from '../asl/expr/jsonataEngine';
import { parseJsonGuarded } from './guards';
import { HASH_ALGORITHMS } from './intrinsics/hash';
import { seededRandom } from './intrinsics/math';
import { uuidV4 } from './intrinsics/uuid';
import type { EvalScope, Json } from './value';

type Fn = (...args: unknown[]) => unknown;

function partition(array: unknown, size: unknown): Json[] {
  if (!Array.isArray(array)) throw new Error('$partition: the first argument must be an array');
  if (typeof size !== 'number' || !Number.isInteger(size) || size <= 0)
    throw new Error('$partition: the size must be a positive integer');
  const out: Json[] = [];
  for (let i = 0; i < array.length; i += size) out.push(array.slice(i, i + size) as Json[]);
  return out;
}

/** AWS's $range: inclusive; like a JSONata sequence, a single number is that number ($range(1, 9, 9) is 1). */
function range(start: unknown, end: unknown, step: unknown = 1): number[] | number {
  if (typeof start !== 'number' || typeof end !== 'number' || typeof step !== 'number')
    throw new Error('$range: the arguments must be numbers');
  if (step === 0) throw new Error('$range: the step must not be 0');
  const size = Math.floor((end - start) / step) + 1;
  if (!(size <= MAX_SEQUENCE))
    throw new Error(
      `$range: the range would hold ${size} numbers; at most ${MAX_SEQUENCE} (the limit of JSONata's .. operator)`,
    );
  const out: number[] = [];
  for (let v = start; step > 0 ? v <= end : v >= end; v += step) out.push(v);
  return out.length === 1 ? out[0] : out;
}

/** jsonata's own limit on a sequence built by `..` (D2014), used for every function that builds one from a number. */
const MAX_SEQUENCE = 1e7;

let builtinPad: ((s: unknown, w: unknown, c: unknown) => Promise<unknown>) | undefined;

/** $pad with jsonata's own semantics, refusing a width that would allocate more than MAX_SEQUENCE characters. */
async function pad(text: unknown, width: unknown, char?: unknown): Promise<unknown> {
  if (typeof width === 'number' && Math.abs(width) > MAX_SEQUENCE)
    throw new Error(`$pad: the width ${width} is larger than ${MAX_SEQUENCE} characters`);
  if (!builtinPad) {
    const expr = compileJsonata('$pad($s, $w, $c)');
    builtinPad = (s, w, c) => expr.evaluate(undefined, { s, w, c }) as Promise<unknown>;
  }
  return builtinPad(text, width, char);
}

function hash(data: unknown, algorithm: unknown): string {
  if (typeof data !== 'string') throw new Error('$hash: the first argument must be a string');
  const name =
    typeof algorithm === 'string' && Object.prototype.hasOwnProperty.call(HASH_ALGORITHMS, algorithm)
      ? HASH_ALGORITHMS[algorithm]
      : undefined;
  if (!name) throw new Error(`$hash: the algorithm must be one of ${Object.keys(HASH_ALGORITHMS).join(', ')}`);
  return createHash(name).update(data, 'utf8').digest('hex');
}

function parse(text: unknown): Json {
  if (typeof text !== 'string') throw new Error('$parse: the argument must be a string');
  const parsed = parseJsonGuarded(text, '$parse: the argument');
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed.value;
}

function noEval(): never {
  throw new Error('The function $eval is not supported by AWS Step Functions; use $parse');
}

/** Bindings (name without `$` → function) for one evaluation. */
export function awsFunctions(scope: EvalScope): Record<string, Fn> {
  const functions: Record<string, Fn> = {
    partition,
    range,
    pad,
    hash,
    parse,
    eval: noEval,
    random: (seed?: unknown) => (seed === undefined ? scope.random() : seededRandom(Number(seed))()),
    uuid: () => uuidV4(scope.random),
  };
  const now = scope.now;
  if (now) {
    functions.millis = () => now();
    functions.now = (picture?: unknown, timezone?: unknown) => formatNow(now(), picture, timezone);
  }
  return functions;
}

let formatter: ((ms: number, picture: unknown, tz: unknown) => Promise<unknown>) | undefined;

async function formatNow(ms: number, picture: unknown, timezone: unknown): Promise<unknown> {
  if (picture === undefined && timezone === undefined) return new Date(ms).toISOString();
  if (!formatter) {
    const expr = compileJsonata('$fromMillis($ms, $p, $t)');
    formatter = (m, p, t) => expr.evaluate(undefined, { ms: m, p, t });
  }
  return formatter(ms, picture, timezone);
}
