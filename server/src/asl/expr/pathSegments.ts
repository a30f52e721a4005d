/*
 * Parses the segments that follow a JSONPath root: `.name`, `.*`, `..name`, `['a']`, `['a','b']`,
 * `[0]`, `[0,2]`, `[1:3]`, `[*]`, `[?(filter)]`. Shared by top-level paths, filter operands
 * (`@.x`, `$.x`) and intrinsic arguments; stops at the first character that cannot continue a path.
 */
import { Cursor, readNumber, readQuoted } from './cursor';
import { parseFilterExpr } from './filterParser';
import type { JsonPathFunction, PathSegment } from './types';

/** Characters that end a dot-notation property name. */
const NAME_STOP = /[.[\]()\s,'"=<>!&|]/;
/** In intrinsic arguments, dot notation takes only member-name-shorthand names (AWS: "use square brackets"). */
const SHORTHAND = /[\p{L}\p{N}_]/u;

const FUNCTION = /\.(min|max|avg|stddev|length|sum|keys|first|last)\(\s*\)/y;

export interface Segments {
  readonly segments: PathSegment[];
  readonly function?: JsonPathFunction;
}

/** `shorthandNames`: dot-notation names limited to letters, digits and `_` (intrinsic arguments). */
export function readSegments(c: Cursor, shorthandNames = false): Segments {
  const segments: PathSegment[] = [];
  for (;;) {
    const fn = readFunction(c);
    if (fn) return { segments, function: fn };
    if (c.startsWith('..')) segments.push(readDescendant(c));
    else if (c.peek() === '.') segments.push(readDotted(c, shorthandNames));
    else if (c.peek() === '[') segments.push(readBracket(c));
    else return { segments };
  }
}

/** A trailing Jayway function such as `.length()`; nothing may follow it. */
function readFunction(c: Cursor): JsonPathFunction | undefined {
  FUNCTION.lastIndex = c.pos;
  const m = FUNCTION.exec(c.text);
  if (!m || FUNCTION.lastIndex > c.limit) return undefined;
  const start = c.pos;
  c.pos = FUNCTION.lastIndex;
  if (c.peek() === '.' || c.peek() === '[') c.fail(`Nothing may follow the function '${m[1]}()'`, start, c.pos);
  return m[1] as JsonPathFunction;
}

function readDescendant(c: Cursor): PathSegment {
  const start = c.pos;
  c.pos += 2;
  if (c.peek() === '.') c.fail("Unexpected '.' after '..'", c.pos);
  if (c.peek() === '[') return { kind: 'descendant', then: readBracket(c) };
  if (c.eat('*')) return { kind: 'descendant', then: { kind: 'wildcard' } };
  const name = readName(c);
  if (name === '') c.fail("Expected a property name, '*' or '[' after '..'", start, c.pos);
  return { kind: 'descendant', then: { kind: 'property', name } };
}

function readDotted(c: Cursor, shorthandNames: boolean): PathSegment {
  const start = c.pos;
  c.pos++;
  if (c.eat('*')) return { kind: 'wildcard' };
  if (c.peek() === '[') return readBracket(c); // `$.abc.['def ghi']` (AWS intrinsic docs)
  const name = shorthandNames ? readShorthand(c) : readName(c);
  if (name === '') c.fail("Expected a property name or '*' after '.'", start, c.pos + 1);
  if (c.peek() === '(')
    c.fail(
      `Unknown JSONPath function '${name}()' (supported: min, max, avg, stddev, length, sum, keys, first, last)`,
      start + 1,
      c.pos + 1,
    );
  return { kind: 'property', name };
}

function readName(c: Cursor): string {
  const start = c.pos;
  while (!c.eof() && !NAME_STOP.test(c.peek())) c.pos++;
  return c.text.slice(start, c.pos);
}

function readShorthand(c: Cursor): string {
  const start = c.pos;
  while (!c.eof() && SHORTHAND.test(c.peek())) c.pos++;
  return c.text.slice(start, c.pos);
}

function readBracket(c: Cursor): PathSegment {
  const open = c.pos;
  c.pos++;
  c.skipSpaces();
  const ch = c.peek();
  let segment: PathSegment;
  if (ch === '*') {
    c.pos++;
    segment = { kind: 'wildcard' };
  } else if (ch === '?') {
    c.pos++;
    c.skipSpaces();
    c.expect('(', "'(' after '?'");
    segment = { kind: 'filter', expr: parseFilterExpr(c) };
    c.skipSpaces();
    c.expect(')', "')' to close the filter");
  } else if (ch === "'" || ch === '"') {
    segment = readPropertyList(c);
  } else if (ch === ':' || ch === '-' || (ch >= '0' && ch <= '9')) {
    segment = readIndexes(c);
  } else {
    c.fail(`Expected a quoted name, an index, '*' or '?(' inside '['${c.found()}`, c.pos);
  }
  c.skipSpaces();
  if (c.peek() !== ']')
    c.fail(c.eof() ? "Missing ']'" : `Expected ']'${c.found()}`, c.eof() ? open : c.pos, c.eof() ? c.pos : c.pos + 1);
  c.pos++;
  return segment;
}

function readPropertyList(c: Cursor): PathSegment {
  const names: string[] = [];
  do {
    c.skipSpaces();
    const q = c.peek();
    if (q !== "'" && q !== '"') c.fail(`Expected a quoted property name${c.found()}`);
    names.push(readQuoted(c));
    c.skipSpaces();
  } while (c.eat(','));
  return names.length === 1 ? { kind: 'property', name: names[0] } : { kind: 'properties', names };
}

function readIndexes(c: Cursor): PathSegment {
  const first = c.peek() === ':' ? undefined : readInteger(c);
  c.skipSpaces();
  if (c.eat(':')) {
    c.skipSpaces();
    const end = c.peek() === ']' ? undefined : readInteger(c);
    c.skipSpaces();
    if (c.peek() === ':') c.fail('Slice steps are not supported', c.pos);
    return { kind: 'slice', start: first, end };
  }
  const indexes = [first as number];
  while (c.eat(',')) {
    c.skipSpaces();
    indexes.push(readInteger(c));
    c.skipSpaces();
  }
  return indexes.length === 1 ? { kind: 'index', index: indexes[0] } : { kind: 'indexes', indexes };
}

function readInteger(c: Cursor): number {
  const start = c.pos;
  const n = readNumber(c);
  if (n === undefined || !Number.isInteger(n) || /[.eE]/.test(c.text.slice(start, c.pos))) {
    c.fail('Expected an integer index', start, Math.max(c.pos, start + 1));
  }
  return n;
}

/** The key a `.name` / `['name']` or `[n]` segment selects; undefined for every other kind. */
export function segmentKey(segment: PathSegment): string | number | undefined {
  if (segment.kind === 'property') return segment.name;
  if (segment.kind === 'index') return segment.index;
  return undefined;
}
