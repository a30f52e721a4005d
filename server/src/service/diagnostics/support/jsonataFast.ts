/*
 * A fast recognizer for the everyday subset of JSONata (paths, `$variables`, `$fn(...)` calls,
 * literals, arithmetic, comparison, `and`/`or`, `? :`, arrays, objects, predicates, blocks).
 * It only ever *accepts*: anything outside the subset, odd or wrong returns undefined and the
 * caller falls back to the real jsonata parser, which stays the judge of syntax errors. jsonata()
 * costs tens of microseconds per call (it rebuilds its parser each time); this costs a few.
 */
import type { JsonataRef, JsonataRefs } from './jsonataRefs';

/** Characters that end a name in the jsonata 2.0.6 lexer (its single-character operators). */
const DELIMITERS = new Set('.[]{}(),@#;:?+-*/%|=<>^&!~'.split(''));
const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const KEYWORDS = new Set(['and', 'or', 'in', 'function']);
const LITERALS = new Set(['true', 'false', 'null']);
const COMPARISONS = ['!=', '<=', '>=', '=', '<', '>'];
const STRING_ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

class Bail extends Error {}

type StepKind = 'literal' | 'string' | 'other';

export function fastJsonataRefs(text: string): JsonataRefs | undefined {
  const p = new FastParser(text);
  try {
    p.expression();
    p.skip();
    if (p.pos !== text.length) return undefined;
    return { variables: p.variables, functions: p.functions, topLevelNames: p.topLevelNames };
  } catch (e) {
    if (e instanceof Bail) return undefined;
    throw e;
  }
}

class FastParser {
  pos = 0;
  readonly variables: JsonataRef[] = [];
  readonly functions: JsonataRef[] = [];
  readonly topLevelNames: JsonataRef[] = [];
  /** > 0 while parsing where a context item exists (later path steps, predicates). */
  private context = 0;
  private depth = 0;

  constructor(private readonly s: string) {}

  skip(): void {
    while (this.pos < this.s.length && WHITESPACE.has(this.s[this.pos])) this.pos++;
  }

  private peek(token: string): boolean {
    this.skip();
    return this.s.startsWith(token, this.pos);
  }

  private eat(token: string): boolean {
    if (!this.peek(token)) return false;
    this.pos += token.length;
    return true;
  }

  private expect(token: string): void {
    if (!this.eat(token)) throw new Bail();
  }

  private word(): string | undefined {
    this.skip();
    let end = this.pos;
    while (end < this.s.length && /[A-Za-z0-9_]/.test(this.s[end])) end++;
    if (end === this.pos || /[0-9]/.test(this.s[this.pos])) return undefined;
    const next = this.s[end];
    if (next !== undefined && !DELIMITERS.has(next) && !WHITESPACE.has(next)) throw new Bail();
    return this.s.slice(this.pos, end);
  }

  private keyword(k: string): boolean {
    const save = this.pos;
    if (this.word() === k) {
      this.pos += k.length;
      return true;
    }
    this.pos = save;
    return false;
  }

  expression(): void {
    if (++this.depth > 64) throw new Bail();
    this.or();
    if (this.peek('?') && !this.peek('?:') && !this.peek('??')) {
      this.pos++;
      this.expression();
      if (this.peek(':') && !this.peek(':=')) {
        this.pos++;
        this.expression();
      }
    }
    this.depth--;
  }

  private or(): void {
    this.and();
    while (this.keyword('or')) this.and();
  }

  private and(): void {
    this.comparison();
    while (this.keyword('and')) this.comparison();
  }

  private comparison(): void {
    this.additive();
    for (;;) {
      const op = COMPARISONS.find((c) => this.peek(c));
      if (op) this.pos += op.length;
      else if (!this.keyword('in')) return;
      this.additive();
    }
  }

  private additive(): void {
    this.multiplicative();
    while (this.peek('+') || this.peek('&') || (this.peek('-') && !this.peek('->'))) {
      this.pos++;
      this.multiplicative();
    }
  }

  private multiplicative(): void {
    this.unary();
    while ((this.peek('*') && !this.peek('**')) || (this.peek('/') && !this.peek('/*')) || this.peek('%')) {
      this.pos++;
      this.unary();
    }
  }

  private unary(): void {
    if (this.eat('-')) this.unary();
    else this.path();
  }

  /**
   * jsonata rejects numbers and true/false/null as steps of a multi-step path (S0213), and turns a
   * string first step into a field name (left to jsonata, which then reports it as top-level).
   */
  private path(): void {
    let kind = this.step();
    while (this.peek('.') && !this.peek('..')) {
      this.pos++;
      this.context++;
      const next = this.step();
      this.context--;
      if (kind !== 'other' || next === 'literal') throw new Bail();
      kind = 'other';
    }
  }

  private step(): StepKind {
    const literal = this.primary();
    while (this.peek('[') && !this.peek('[]')) {
      this.pos++;
      this.context++;
      this.expression();
      this.context--;
      this.expect(']');
    }
    return literal;
  }

  private primary(): StepKind {
    this.skip();
    const c = this.s[this.pos];
    if (c === '"' || c === "'") {
      this.string(c);
      return 'string';
    } else if (c !== undefined && c >= '0' && c <= '9') {
      this.number();
      return 'literal';
    } else if (c === '$') this.variable();
    else if (c === '(') this.list('(', ')', ';');
    else if (c === '[') this.list('[', ']', ',');
    else if (c === '{') this.object();
    else {
      const name = this.word();
      if (name === undefined || KEYWORDS.has(name)) throw new Bail();
      const start = this.pos;
      this.pos += name.length;
      if (this.peek('(')) throw new Bail(); // calling a field value
      if (LITERALS.has(name)) return 'literal';
      if (this.context === 0) this.topLevelNames.push({ name, start, end: start + name.length });
    }
    return 'other';
  }

  private variable(): void {
    const start = this.pos;
    this.pos++;
    if (this.s[this.pos] === '$') {
      this.pos++;
      const next = this.s[this.pos];
      // `$$name` is a variable
      if (next !== undefined && !DELIMITERS.has(next) && !WHITESPACE.has(next)) throw new Bail();
      return;
    }
    const name = /[A-Za-z_]/.test(this.s[this.pos] ?? '') ? (this.word() ?? '') : '';
    if (
      name === '' &&
      this.s[this.pos] !== undefined &&
      !DELIMITERS.has(this.s[this.pos]) &&
      !WHITESPACE.has(this.s[this.pos])
    )
      throw new Bail();
    this.pos += name.length;
    const ref = { name, start, end: this.pos };
    if (this.s[this.pos] === '(') {
      if (name === '') throw new Bail();
      this.functions.push(ref);
      this.list('(', ')', ',');
    } else if (name !== '') this.variables.push(ref);
  }

  private list(open: string, close: string, separator: string): void {
    this.expect(open);
    if (this.eat(close)) {
      if (open === '(' && separator === ';') throw new Bail(); // `()` is left to jsonata
      return;
    }
    do this.expression();
    while (this.eat(separator));
    this.expect(close);
  }

  private object(): void {
    this.expect('{');
    if (this.eat('}')) return;
    do {
      this.or();
      this.expect(':');
      if (this.s[this.pos] === '=') throw new Bail();
      this.expression();
    } while (this.eat(','));
    this.expect('}');
  }

  private string(quote: string): void {
    let i = this.pos + 1;
    for (;;) {
      const c = this.s[i];
      if (c === undefined) throw new Bail();
      if (c === quote) break;
      if (c === '\\') {
        const e = this.s[i + 1];
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(this.s.slice(i + 2, i + 6))) i += 6;
        else if (e !== undefined && STRING_ESCAPES.has(e)) i += 2;
        else throw new Bail();
      } else i++;
    }
    this.pos = i + 1;
  }

  private number(): void {
    const match = /^(0|[1-9][0-9]*)(\.[0-9]+)?([Ee][-+]?[0-9]+)?/.exec(this.s.slice(this.pos, this.pos + 64));
    if (!match || !Number.isFinite(Number(match[0]))) throw new Bail();
    this.pos += match[0].length;
    const next = this.s[this.pos];
    if (next !== undefined && !DELIMITERS.has(next) && !WHITESPACE.has(next)) throw new Bail();
    if (next === '.' && /[0-9]/.test(this.s[this.pos + 1] ?? '')) throw new Bail();
  }
}
