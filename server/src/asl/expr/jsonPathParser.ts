/*
 * JSONPath parser for the Jayway dialect AWS Step Functions uses, extended with AWS's roots:
 * `$` (data), `$$` (context object) and `$name` (workflow variable). Results are cached per text.
 * Decisions: Jayway's argument-less functions (`.length()`, `.sum()`, ...) only as the last step;
 * no slice steps; no leading/trailing spaces.
 */
import { Cursor, catchSyntax } from './cursor';
import { readSegments } from './pathSegments';
import type { ExprError, JsonPathAst, JsonPathRoot, PathSegment } from './types';

const IDENT_START = /[\p{L}_]/u;
const IDENT_PART = /[\p{L}\p{N}_]/u;

/** `notes`: accepted-but-suspicious spots (unquoted filter values), only when there are any. */
export type ParsedPath = { ast?: JsonPathAst; errors: ExprError[]; notes?: ExprError[] };

const cache = new Map<string, ParsedPath>();

export function parseJsonPath(text: string): ParsedPath {
  let parsed = cache.get(text);
  if (parsed === undefined) {
    const notes: ExprError[] = [];
    parsed = catchSyntax(() => parseWhole(text, notes));
    if (notes.length > 0 && parsed.ast !== undefined) parsed = { ...parsed, notes };
    if (cache.size > 10_000) cache.clear();
    cache.set(text, parsed);
  }
  return parsed;
}

/** A reference path selects one node: `$`, `$$` or `$name` roots, then only `.name`, `['name']`, `[n]`. */
export function isReferencePath(text: string): boolean {
  return parseJsonPath(text).ast?.reference === true;
}

function parseWhole(text: string, notes: ExprError[]): JsonPathAst {
  const c = new Cursor(text);
  c.notes = notes;
  const ast = readPath(c);
  if (!c.eof()) c.fail(`Unexpected '${c.peek()}' in path`, c.pos);
  return ast;
}

/** Reads a path at the cursor (used by the intrinsic parser for arguments); stops where a path cannot continue. */
export function readPath(c: Cursor, shorthandNames = false): JsonPathAst {
  const root = readRoot(c);
  const { segments, function: fn } = readSegments(c, shorthandNames);
  if (fn) return { root, segments, function: fn, definite: true, reference: false };
  return { root, segments, ...classify(segments) };
}

function readRoot(c: Cursor): JsonPathRoot {
  if (c.peek() !== '$') c.fail("A path must start with '$'", c.pos);
  c.pos++;
  if (c.eat('$')) return { kind: 'context' };
  if (!IDENT_START.test(c.peek())) return { kind: 'data' };
  const start = c.pos;
  while (!c.eof() && IDENT_PART.test(c.peek())) c.pos++;
  return { kind: 'variable', name: c.text.slice(start, c.pos) };
}

function classify(segments: readonly PathSegment[]): { definite: boolean; reference: boolean } {
  const simple = (s: PathSegment) => s.kind === 'property' || s.kind === 'index';
  const reference = segments.every(simple);
  const last = segments[segments.length - 1];
  const definite = reference || (last.kind === 'properties' && segments.slice(0, -1).every(simple));
  return { definite, reference };
}
