/*
 * Parses a Jayway JSONPath filter, the text inside `[?( ... )]`: `||`, `&&`, `!`, parentheses,
 * comparisons (== != < <= > >= =~ in nin subsetof anyof noneof size empty) and existence tests.
 * Operands: `@...`, `$...`, numbers, quoted strings, true/false/null, /regex/flags, JSON arrays.
 */
import { Cursor, readNumber, readQuoted } from './cursor';
import { compileLinearRegex } from './linearRegex';
import { readSegments } from './pathSegments';
import type { FilterExpr, FilterLiteral, FilterOperand, FilterOperator } from './types';

const IDENT_START = /[A-Za-z_]/;
const BARE_WORD = /[A-Za-z_][^\s()&|!=<>\],]*/y;

const SYMBOL_OPS: readonly FilterOperator[] = ['==', '!=', '<=', '>=', '=~', '<', '>'];
const WORD_OPS: readonly FilterOperator[] = ['subsetof', 'anyof', 'noneof', 'empty', 'size', 'nin', 'in'];

export function parseFilterExpr(c: Cursor): FilterExpr {
  c.nest();
  let left = parseAnd(c);
  for (c.skipSpaces(); c.eat('||'); c.skipSpaces()) left = { kind: 'or', left, right: parseAnd(c) };
  c.nesting--;
  return left;
}

function parseAnd(c: Cursor): FilterExpr {
  let left = parseUnary(c);
  for (c.skipSpaces(); c.eat('&&'); c.skipSpaces()) left = { kind: 'and', left, right: parseUnary(c) };
  return left;
}

function parseUnary(c: Cursor): FilterExpr {
  c.skipSpaces();
  if (c.peek() === '!' && c.peek(1) !== '=') {
    c.pos++;
    c.nest();
    const operand = parseUnary(c);
    c.nesting--;
    return { kind: 'not', operand };
  }
  if (c.eat('(')) {
    const inner = parseFilterExpr(c);
    c.skipSpaces();
    c.expect(')', "')'");
    return inner;
  }
  return parseComparison(c);
}

function parseComparison(c: Cursor): FilterExpr {
  const start = c.pos;
  const left = parseOperand(c);
  c.skipSpaces();
  const op = readOperator(c);
  if (op === undefined) {
    if (left.kind !== 'path') c.fail('Expected a comparison operator after a literal', start, c.pos);
    return { kind: 'exists', operand: left };
  }
  c.skipSpaces();
  return { kind: 'compare', op, left, right: parseOperand(c) };
}

function readOperator(c: Cursor): FilterOperator | undefined {
  for (const op of SYMBOL_OPS) if (c.eat(op)) return op;
  for (const op of WORD_OPS) {
    if (c.startsWith(op) && !/[A-Za-z0-9_]/.test(c.peek(op.length))) {
      c.pos += op.length;
      return op;
    }
  }
  if (c.peek() === '=') c.fail("Use '==' to compare", c.pos, c.pos + 1);
  return undefined;
}

function parseOperand(c: Cursor): FilterOperand {
  c.skipSpaces();
  const ch = c.peek();
  if (ch === '@' || ch === '$') {
    c.pos++;
    const { segments, function: fn } = readSegments(c);
    return fn
      ? { kind: 'path', relative: ch === '@', segments, function: fn }
      : { kind: 'path', relative: ch === '@', segments };
  }
  if (ch === '/') return readRegex(c);
  return { kind: 'literal', value: readLiteral(c) };
}

function readRegex(c: Cursor): FilterOperand {
  const start = c.pos++;
  let source = '';
  while (!c.eof() && c.peek() !== '/') {
    if (c.peek() === '\\') source += c.text[c.pos++];
    source += c.text[c.pos++] ?? '';
  }
  if (!c.eat('/')) c.fail('Unterminated regular expression', start, c.pos);
  const flagsStart = c.pos;
  while (/[a-z]/i.test(c.peek())) c.pos++;
  const flags = c.text.slice(flagsStart, c.pos);
  try {
    new RegExp(source, flags.replace(/[^imsu]/g, ''));
  } catch {
    c.fail('Invalid regular expression', start, c.pos);
  }
  const linear = compileLinearRegex(source, flags, 'java');
  if (typeof linear === 'string') c.unsupported(`AWS may accept it, but ${linear}`, start, c.pos);
  return { kind: 'regex', source, flags };
}

function readLiteral(c: Cursor): FilterLiteral {
  const ch = c.peek();
  if (ch === "'" || ch === '"') return readQuoted(c);
  if (ch === '[') return readArray(c);
  if (ch === '{') return readObject(c);
  for (const [word, value] of [
    ['true', true],
    ['false', false],
    ['null', null],
  ] as const) {
    if (c.startsWith(word) && !/[A-Za-z0-9_]/.test(c.peek(word.length))) {
      c.pos += word.length;
      return value;
    }
  }
  const n = readNumber(c);
  if (n === undefined && IDENT_START.test(c.peek())) return readBareWord(c);
  if (n === undefined) c.fail(`Expected '@', '$', a number, a string, true, false, null or a regex${c.found()}`, c.pos);
  return n;
}

function readArray(c: Cursor): FilterLiteral {
  c.pos++;
  c.nest();
  const items: FilterLiteral[] = [];
  c.skipSpaces();
  if (c.eat(']')) {
    c.nesting--;
    return items;
  }
  do {
    c.skipSpaces();
    items.push(readLiteral(c));
    c.skipSpaces();
  } while (c.eat(','));
  c.expect(']', "']' or ','");
  c.nesting--;
  return items;
}

function readObject(c: Cursor): FilterLiteral {
  c.pos++;
  c.nest();
  const obj: { [key: string]: FilterLiteral } = {};
  c.skipSpaces();
  if (c.eat('}')) {
    c.nesting--;
    return obj;
  }
  do {
    c.skipSpaces();
    if (c.peek() !== '"' && c.peek() !== "'") c.fail(`Expected a quoted key${c.found()}`);
    const key = readQuoted(c);
    c.skipSpaces();
    c.expect(':', "':'");
    c.skipSpaces();
    obj[key] = readLiteral(c);
    c.skipSpaces();
  } while (c.eat(','));
  c.expect('}', "'}' or ','");
  c.nesting--;
  return obj;
}

/**
 * An unquoted value (`@.Name == Receipt`): AWS (Jayway) accepts it and compares it as the string
 * "Receipt". Accepted here too, with a note the validator turns into a warning with a quick fix.
 */
function readBareWord(c: Cursor): string {
  BARE_WORD.lastIndex = c.pos;
  const word = BARE_WORD.exec(c.text)?.[0] ?? '';
  const end = Math.min(c.pos + word.length, c.limit);
  const value = c.text.slice(c.pos, end);
  c.notes?.push({ message: `Unquoted value '${value}' is compared as the string "${value}"`, start: c.pos, end });
  c.pos = end;
  return value;
}
