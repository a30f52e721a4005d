/*
 * Depth guards for JSON that enters an execution from outside the definition (inputs, mock
 * returns, handler results, States.StringToJson, $parse, item files). Everything downstream
 * (payload sizes, equality, JSON text) recurses over values, so nesting is refused at the door,
 * by iterative walkers that themselves never recurse. Pure.
 */
import type { Json } from './value';

/** Deepest nesting of arrays/objects accepted (Jackson's default maxNestingDepth, the JVM parser's own limit). */
export const MAX_JSON_DEPTH = 1000;

/** True when `value` nests arrays/objects deeper than `limit` (cycles count as too deep). Never recurses. */
export function nestedDeeperThan(value: unknown, limit: number = MAX_JSON_DEPTH): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const top = stack.pop() as { value: unknown; depth: number };
    if (top.value === null || typeof top.value !== 'object') continue;
    const depth = top.depth + 1;
    if (depth > limit) return true;
    for (const child of Object.values(top.value as object)) {
      if (child !== null && typeof child === 'object') stack.push({ value: child, depth });
    }
  }
  return false;
}

/** The sentence every guard uses, so that all entry points say the same thing. */
export function tooDeepMessage(what: string): string {
  return `${what} is nested deeper than ${MAX_JSON_DEPTH} levels of arrays/objects (the JSON nesting limit).`;
}

/** JSON.parse (iterative in V8) followed by the depth guard; an error message instead of a throw. */
export function parseJsonGuarded(text: string, what: string): { value: Json } | { error: string } {
  let value: Json;
  try {
    value = JSON.parse(text) as Json;
  } catch (e) {
    return { error: `${what} is not valid JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
  return nestedDeeperThan(value) ? { error: tooDeepMessage(what) } : { value };
}

/**
 * A stack overflow (RangeError "Maximum call stack size exceeded"), the one exception a guard turns into an ASL error.
 */
export function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && /call stack/i.test(e.message);
}
