/*
 * States.Format(template, values...): each `{}` takes the next value; the count of `{}` must equal
 * the count of values. `\{` `\}` `\'` `\\` in the template stand for the characters themselves.
 * Strings are inserted as they are; other values as AWS's Java runtime prints them (recorded AWS
 * executions): `{Arg1=1, Arg2=[a, b]}` for objects, `[1, 2]` for arrays, strings unquoted inside.
 */
import { Failure } from '../failure';
import type { Json } from '../value';
import { type IntrinsicImpl, argString, intrinsicFailure } from './support';

/** Splits a template into literal pieces around its `{}` placeholders (escapes resolved). */
export function templatePieces(template: string): string[] {
  const pieces: string[] = [];
  let current = '';
  for (let i = 0; i < template.length; i++) {
    const ch = template[i];
    if (ch === '\\' && i + 1 < template.length && "'{}\\".includes(template[i + 1])) {
      current += template[++i];
    } else if (ch === '{' && template[i + 1] === '}') {
      pieces.push(current);
      current = '';
      i++;
    } else {
      current += ch;
    }
  }
  pieces.push(current);
  return pieces;
}

const format: IntrinsicImpl = (input) => {
  const template = input.raw[0] ?? argString(input, 0);
  if (template instanceof Failure) return template;
  const pieces = templatePieces(template);
  const values = input.args.slice(1);
  if (pieces.length - 1 !== values.length) {
    return intrinsicFailure(
      input.name,
      `the template has ${pieces.length - 1} '{}' but ${values.length} value${values.length === 1 ? '' : 's'} were given`,
    );
  }
  let out = pieces[0];
  for (let i = 0; i < values.length; i++) out += formatValue(values[i]) + pieces[i + 1];
  return out;
};

/** Literal text queued between the values while printing. */
class Piece {
  constructor(readonly text: string) {}
}

/** Java's toString of the value AWS parsed (Map: `{k=v, ...}`, List: `[a, b]`); iterative for deep values. */
export function formatValue(root: Json): string {
  let out = '';
  const stack: (Json | Piece)[] = [root];
  while (stack.length > 0) {
    const v = stack.pop() as Json | Piece;
    if (v instanceof Piece) out += v.text;
    else if (Array.isArray(v))
      pushList(
        stack,
        '[',
        ']',
        v.map((item) => [undefined, item] as const),
      );
    else if (v !== null && typeof v === 'object') pushList(stack, '{', '}', Object.entries(v));
    else out += String(v);
  }
  return out;
}

type Entry = readonly [string | undefined, Json];

/** Queues `open e1, k=e2, ... close` so that the values print in order. */
function pushList(stack: (Json | Piece)[], open: string, close: string, entries: readonly Entry[]): void {
  stack.push(new Piece(close));
  for (let i = entries.length - 1; i >= 0; i--) {
    const [key, value] = entries[i];
    stack.push(value);
    stack.push(new Piece((i === 0 ? open : ', ') + (key === undefined ? '' : key + '=')));
  }
  if (entries.length === 0) stack.push(new Piece(open));
}

export const FORMAT_INTRINSICS: Readonly<Record<string, IntrinsicImpl>> = { 'States.Format': format };
