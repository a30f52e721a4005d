/*
 * The comparison operators of JSONPath Choice rules, as a table: operator name → test of the
 * Variable's value against the operand. A value of the wrong type makes the test false.
 * Strings compare like Java's String.compareTo (UTF-16 code units, as JS does).
 */
import { compareInstants, parseTimestamp } from './timestamp';
import type { Json } from './value';

export type Comparison = (value: Json, operand: Json) => boolean;

type Relation = 'Equals' | 'LessThan' | 'GreaterThan' | 'LessThanEquals' | 'GreaterThanEquals';
const RELATIONS: readonly Relation[] = ['Equals', 'LessThan', 'GreaterThan', 'LessThanEquals', 'GreaterThanEquals'];

function holds(relation: Relation, order: number): boolean {
  switch (relation) {
    case 'Equals':
      return order === 0;
    case 'LessThan':
      return order < 0;
    case 'GreaterThan':
      return order > 0;
    case 'LessThanEquals':
      return order <= 0;
    case 'GreaterThanEquals':
      return order >= 0;
  }
}

function stringTest(relation: Relation): Comparison {
  return (v, o) => typeof v === 'string' && typeof o === 'string' && holds(relation, v < o ? -1 : v > o ? 1 : 0);
}

function numericTest(relation: Relation): Comparison {
  return (v, o) => typeof v === 'number' && typeof o === 'number' && holds(relation, v < o ? -1 : v > o ? 1 : 0);
}

function timestampTest(relation: Relation): Comparison {
  return (v, o) => {
    if (typeof v !== 'string' || typeof o !== 'string') return false;
    const a = parseTimestamp(v);
    const b = parseTimestamp(o);
    return a !== undefined && b !== undefined && holds(relation, compareInstants(a, b));
  };
}

const patternCache = new Map<string, readonly string[]>();

/**
 * StringMatches: `*` matches any run of characters; `\*` is a literal star, `\\` a literal backslash.
 * Matched without back-tracking: the literal pieces between stars must appear in order, the first
 * at the start and the last at the end; taking each middle piece at its leftmost place is always
 * right for a `*`-only glob, so a match costs at most one scan per piece.
 */
export function stringMatches(value: string, pattern: string): boolean {
  const pieces = globPieces(pattern);
  const last = pieces.length - 1;
  if (last === 0) return value === pieces[0];
  if (!value.startsWith(pieces[0])) return false;
  let from = pieces[0].length;
  for (let i = 1; i < last; i++) {
    const at = value.indexOf(pieces[i], from);
    if (at < 0) return false;
    from = at + pieces[i].length;
  }
  return value.length - pieces[last].length >= from && value.endsWith(pieces[last]);
}

/** The literal pieces between unescaped stars (a pattern without stars is one piece). */
function globPieces(pattern: string): readonly string[] {
  let pieces = patternCache.get(pattern);
  if (pieces === undefined) {
    const out: string[] = [''];
    for (let i = 0; i < pattern.length; i++) {
      const ch = pattern[i];
      if (ch === '\\' && (pattern[i + 1] === '*' || pattern[i + 1] === '\\')) out[out.length - 1] += pattern[++i];
      else if (ch === '*') out.push('');
      else out[out.length - 1] += ch;
    }
    if (patternCache.size > 10_000) patternCache.clear();
    patternCache.set(pattern, (pieces = out));
  }
  return pieces;
}

function buildTable(): Map<string, Comparison> {
  const table = new Map<string, Comparison>();
  for (const r of RELATIONS) {
    table.set(`String${r}`, stringTest(r));
    table.set(`Numeric${r}`, numericTest(r));
    table.set(`Timestamp${r}`, timestampTest(r));
  }
  table.set('BooleanEquals', (v, o) => typeof v === 'boolean' && v === o);
  table.set('StringMatches', (v, o) => typeof v === 'string' && typeof o === 'string' && stringMatches(v, o));
  return table;
}

/** Operators whose operand is a literal; each except StringMatches also exists as `<name>Path`. */
export const COMPARISONS: ReadonlyMap<string, Comparison> = buildTable();

/** Type tests (`"IsString": true`); IsPresent is handled by the caller since it needs absence. */
export const TYPE_TESTS: ReadonlyMap<string, (value: Json) => boolean> = new Map<string, (value: Json) => boolean>([
  ['IsNull', (v) => v === null],
  ['IsNumeric', (v) => typeof v === 'number'],
  ['IsString', (v) => typeof v === 'string'],
  ['IsBoolean', (v) => typeof v === 'boolean'],
  ['IsTimestamp', (v) => typeof v === 'string' && parseTimestamp(v) !== undefined],
]);
