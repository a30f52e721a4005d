/*
 * Intrinsic function calls (`States.Format('{}', $.x)`) -> JSONata expressions, best effort, for the
 * "Convert to JSONata" refactoring. A call without a JSONata equivalent is kept as a comment next
 * to `null`, so the user sees what to rewrite. Never throws.
 */
import { MAX_INTRINSIC_NESTING } from '../../../asl/expr/intrinsicChecks';
import { convertPath } from './paths';

type Arg = { kind: 'string'; value: string } | { kind: 'expr'; text: string };

/** The JSONata expression for a `.$` value: an intrinsic call or a path, relative to `base`. */
export function convertExpression(value: string, base: string): string {
  const trimmed = value.trim();
  if (!trimmed.startsWith('States.')) return convertPath(trimmed, base);
  const parsed = new Parser(trimmed, base).call();
  return parsed ?? `/* ${trimmed.replace(/\*\//g, '* /')} */ null`;
}

const SIMPLE: Readonly<Record<string, (a: string[]) => string>> = {
  'States.StringToJson': (a) => `$parse(${a[0]})`,
  'States.JsonToString': (a) => `$string(${a[0]})`,
  'States.Array': (a) => `[${a.join(', ')}]`,
  'States.ArrayLength': (a) => `$count(${a[0]})`,
  'States.ArrayContains': (a) => `(${a[1]} in ${a[0]})`,
  'States.ArrayRange': (a) => `$range(${a.join(', ')})`,
  'States.ArrayGetItem': (a) => `${a[0]}[${a[1]}]`,
  'States.ArrayPartition': (a) => `$partition(${a[0]}, ${a[1]})`,
  'States.ArrayUnique': (a) => `$distinct(${a[0]})`,
  'States.MathAdd': (a) => `(${a[0]} + ${a[1]})`,
  'States.MathRandom': (a) => `$floor($random() * (${a[1]} - ${a[0]})) + ${a[0]}`,
  'States.UUID': () => '$uuid()',
  'States.Base64Encode': (a) => `$base64encode(${a[0]})`,
  'States.Base64Decode': (a) => `$base64decode(${a[0]})`,
  'States.Hash': (a) => `$hash(${a[0]}, ${a[1]})`,
  'States.JsonMerge': (a) => `$merge([${a[0]}, ${a[1]}])`,
  'States.StringSplit': (a) => `$split(${a[0]}, ${a[1]})`,
};

class Parser {
  private i = 0;
  constructor(
    private readonly text: string,
    private readonly base: string,
  ) {}

  private depth = 0;

  /** Parses `States.Name(args)` at the cursor; undefined when malformed, unknown or nested too deeply. */
  call(): string | undefined {
    const name = /^States\.[A-Za-z0-9]+/.exec(this.text.slice(this.i, this.i + 64));
    if (name === null || this.depth >= MAX_INTRINSIC_NESTING) return undefined;
    this.i += name[0].length;
    this.depth++;
    const args = this.args();
    this.depth--;
    if (args === undefined) return undefined;
    if (name[0] === 'States.Format') return format(args);
    const convert = SIMPLE[name[0]];
    return convert === undefined ? undefined : convert(args.map(argText));
  }

  private args(): Arg[] | undefined {
    this.skipSpaces();
    if (this.text[this.i] !== '(') return undefined;
    this.i++;
    const args: Arg[] = [];
    for (let guard = 0; guard < 1000; guard++) {
      this.skipSpaces();
      if (this.text[this.i] === ')') return (this.i++, args);
      const arg = this.arg();
      if (arg === undefined) return undefined;
      args.push(arg);
      this.skipSpaces();
      if (this.text[this.i] === ',') this.i++;
      else if (this.text[this.i] !== ')') return undefined;
    }
    return undefined;
  }

  private arg(): Arg | undefined {
    const c = this.text[this.i];
    if (c === "'") return this.string();
    if (this.text.startsWith('States.', this.i)) {
      const nested = this.call();
      return nested === undefined ? undefined : { kind: 'expr', text: nested };
    }
    const start = this.i;
    let depth = 0;
    while (this.i < this.text.length) {
      const ch = this.text[this.i];
      if (ch === '[' || ch === '(') depth++;
      else if ((ch === ']' || ch === ')') && depth > 0) depth--;
      else if ((ch === ',' || ch === ')') && depth === 0) break;
      this.i++;
    }
    const raw = this.text.slice(start, this.i).trim();
    if (raw === '') return undefined;
    return { kind: 'expr', text: raw.startsWith('$') ? convertPath(raw, this.base) : raw };
  }

  private string(): Arg | undefined {
    let value = '';
    for (this.i++; this.i < this.text.length; this.i++) {
      const c = this.text[this.i];
      if (c === '\\' && this.i + 1 < this.text.length) value += this.text[++this.i];
      else if (c === "'") return (this.i++, { kind: 'string', value });
      else value += c;
    }
    return undefined;
  }

  private skipSpaces(): void {
    while (this.text[this.i] === ' ') this.i++;
  }
}

function argText(arg: Arg): string {
  return arg.kind === 'string' ? JSON.stringify(arg.value) : arg.text;
}

/** States.Format('Hello {}!', $.name) -> "Hello " & $.name & "!" */
function format(args: Arg[]): string | undefined {
  const template = args[0];
  if (template === undefined || template.kind !== 'string') return undefined;
  const pieces = template.value.split('{}');
  const parts: string[] = [];
  pieces.forEach((piece, index) => {
    if (piece !== '') parts.push(JSON.stringify(piece));
    if (index < pieces.length - 1) parts.push(args[index + 1] !== undefined ? argText(args[index + 1]) : '""');
  });
  return parts.length === 0 ? '""' : parts.join(' & ');
}
