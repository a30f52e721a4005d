/*
 * Parser for intrinsic function calls (`States.Format('{} x', $.a)`): string literals in single
 * quotes with escapes \' \{ \} \\, numbers, true/false/null, paths ($, $$, $name) and nested calls.
 * Syntax only: names, arity, placeholder counts and nesting depth are checked by intrinsicChecks.ts.
 * Decisions: any other backslash is an error (AWS: "an open escape backslash ... runtime error"); no
 * spaces around the call; path arguments use member-name-shorthand after '.' (else brackets).
 */
import { Cursor, catchSyntax, readNumber } from './cursor';
import { readPath } from './jsonPathParser';
import type { ExprError, IntrinsicArg, IntrinsicCall } from './types';
import { MAX_INTRINSIC_NESTING } from './intrinsicChecks';

const ESCAPABLE = "'{}\\";

export type ParsedIntrinsic = { ast?: IntrinsicCall; errors: ExprError[] };
const cache = new Map<string, ParsedIntrinsic>();

export function parseIntrinsic(text: string): ParsedIntrinsic {
  let parsed = cache.get(text);
  if (parsed === undefined) {
    parsed = parseUncached(text);
    if (cache.size > 10_000) cache.clear();
    cache.set(text, parsed);
  }
  return parsed;
}

/** Cheap test used to decide whether a `.$` value is an intrinsic call rather than a path. */
export function isIntrinsicCall(text: string): boolean {
  return text.startsWith('States.');
}

function parseUncached(text: string): ParsedIntrinsic {
  const parsed = catchSyntax(() => {
    const c = new Cursor(text);
    const call = readCall(c);
    if (!c.eof()) c.fail(`Unexpected '${c.peek()}' after the closing ')'`, c.pos, text.length);
    return call;
  });
  return parsed;
}

function readCall(c: Cursor): IntrinsicCall {
  const start = c.pos;
  while (!c.eof() && /[A-Za-z0-9_.]/.test(c.peek())) c.pos++;
  const name = c.text.slice(start, c.pos);
  // Stop at the first call too deep (AWS's rule) instead of recursing through the rest of the text.
  if (++c.nesting > MAX_INTRINSIC_NESTING)
    c.fail(`Intrinsic functions can be nested at most ${MAX_INTRINSIC_NESTING} levels deep`, start, c.pos);
  if (!name.startsWith('States.'))
    c.fail("An intrinsic function starts with 'States.'", start, Math.max(c.pos, start + 1));
  const nameEnd = c.pos;
  c.expect('(', `'(' after ${name}`);
  const args: IntrinsicArg[] = [];
  c.skipSpaces();
  if (!c.eat(')')) {
    do {
      c.skipSpaces();
      args.push(readArg(c));
      c.skipSpaces();
    } while (c.eat(','));
    if (!c.eat(')'))
      c.fail(
        c.eof() ? `Missing ')' to close ${name}(` : `Expected ',' or ')'${c.found()}`,
        c.eof() ? start : c.pos,
        c.eof() ? c.pos : c.pos + 1,
      );
  }
  c.nesting--;
  return { kind: 'call', name, nameStart: start, nameEnd, args, start, end: c.pos };
}

function readArg(c: Cursor): IntrinsicArg {
  const start = c.pos;
  const ch = c.peek();
  if (ch === "'") return readString(c);
  if (ch === '$') {
    const ast = readPath(c, true);
    return { kind: 'path', path: c.text.slice(start, c.pos), ast, start, end: c.pos };
  }
  if (c.startsWith('States.')) return readCall(c);
  for (const [word, value] of [
    ['true', true],
    ['false', false],
  ] as const) {
    if (eatWord(c, word)) return { kind: 'boolean', value, start, end: c.pos };
  }
  if (eatWord(c, 'null')) return { kind: 'null', start, end: c.pos };
  const n = readNumber(c);
  if (n === undefined)
    c.fail(
      `Expected an argument: a 'string', a number, true, false, null, a path or an intrinsic function${c.found()}`,
      start,
    );
  return { kind: 'number', value: n, start, end: c.pos };
}

function eatWord(c: Cursor, word: string): boolean {
  if (!c.startsWith(word) || /[A-Za-z0-9_]/.test(c.peek(word.length))) return false;
  c.pos += word.length;
  return true;
}

function readString(c: Cursor): IntrinsicArg {
  const start = c.pos++;
  let value = '';
  while (!c.eof() && c.peek() !== "'") {
    if (c.peek() === '\\') {
      if (c.peek(1) === '' || !ESCAPABLE.includes(c.peek(1)))
        c.fail("Invalid escape: only \\' \\{ \\} and \\\\ are allowed in an intrinsic string", c.pos, c.pos + 2);
      c.pos++;
    }
    value += c.text[c.pos++];
  }
  if (c.eof()) c.fail('Unterminated string literal', start, c.pos);
  c.pos++;
  return { kind: 'string', value, raw: c.text.slice(start + 1, c.pos - 1), start, end: c.pos };
}
