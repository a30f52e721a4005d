/*
 * A character cursor for the hand-written expression parsers. A syntax error is raised as an
 * ExprSyntaxError and caught at each parser's entry point, so no parser API ever throws.
 */
import type { ExprError } from './types';

export class ExprSyntaxError extends Error {
  constructor(readonly error: ExprError) {
    super(error.message);
  }
}

/** Nesting (parentheses, `!`, nested filters, literal arrays/objects) a filter may have; a local limit. */
export const MAX_FILTER_NESTING = 100;

export class Cursor {
  pos = 0;
  /** Current nesting depth of the recursive parsers using this cursor. */
  nesting = 0;
  /** Accepted-but-suspicious spots (e.g. an unquoted filter value), collected when a caller asks for them. */
  notes?: ExprError[];
  constructor(
    readonly text: string,
    start = 0,
    readonly limit = text.length,
  ) {
    this.pos = start;
  }

  eof(): boolean {
    return this.pos >= this.limit;
  }

  peek(offset = 0): string {
    const i = this.pos + offset;
    return i < this.limit ? this.text[i] : '';
  }

  startsWith(s: string): boolean {
    return this.text.startsWith(s, this.pos) && this.pos + s.length <= this.limit;
  }

  /** Consumes `s` if the text continues with it. */
  eat(s: string): boolean {
    if (!this.startsWith(s)) return false;
    this.pos += s.length;
    return true;
  }

  expect(s: string, what = `'${s}'`): void {
    if (!this.eat(s)) this.fail(`Expected ${what}${this.found()}`);
  }

  skipSpaces(): void {
    while (this.pos < this.limit && /\s/.test(this.text[this.pos])) this.pos++;
  }

  found(): string {
    return this.eof() ? ' but the expression ended' : ` but found '${this.peek()}'`;
  }

  /** Enters one more nesting level; past MAX_FILTER_NESTING the text is refused as a local limitation. */
  nest(): void {
    if (++this.nesting <= MAX_FILTER_NESTING) return;
    throw new ExprSyntaxError({
      message: `Nested more than ${MAX_FILTER_NESTING} levels deep: AWS may accept it, but ASL Studio does not evaluate deeper filter expressions`,
      start: this.pos,
      end: Math.min(this.pos + 1, this.limit),
      severity: 'warning',
    });
  }

  unsupported(message: string, start: number, end: number): never {
    throw new ExprSyntaxError({ message, start, end: Math.min(Math.max(end, start), this.limit), severity: 'warning' });
  }

  fail(message: string, start = this.pos, end = Math.min(Math.max(start + 1, this.pos), this.limit)): never {
    const s = Math.min(start, this.limit);
    throw new ExprSyntaxError({ message, start: s, end: Math.min(Math.max(end, s), this.limit) });
  }
}

/** Runs a parser, turning an ExprSyntaxError into an error list (other exceptions are bugs). */
export function catchSyntax<T>(parse: () => T): { ast?: T; errors: ExprError[] } {
  try {
    return { ast: parse(), errors: [] };
  } catch (e) {
    if (e instanceof ExprSyntaxError) return { errors: [e.error] };
    throw e;
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** Reads a JSON-style number at the cursor, or undefined. */
export function readNumber(c: Cursor): number | undefined {
  NUMBER.lastIndex = c.pos;
  const m = NUMBER.exec(c.text);
  if (!m || c.pos + m[0].length > c.limit) return undefined;
  c.pos += m[0].length;
  return Number(m[0]);
}

/** Reads a quoted string ('...' or "...") whose escapes are \<quote> and \\ (others kept as-is). */
export function readQuoted(c: Cursor): string {
  const start = c.pos;
  const quote = c.peek();
  c.pos++;
  let out = '';
  while (!c.eof() && c.peek() !== quote) {
    const ch = c.peek();
    if (ch === '\\' && (c.peek(1) === quote || c.peek(1) === '\\')) {
      out += c.peek(1);
      c.pos += 2;
    } else {
      out += ch;
      c.pos++;
    }
  }
  if (c.eof()) c.fail('Unterminated string', start, c.pos);
  c.pos++;
  return out;
}
