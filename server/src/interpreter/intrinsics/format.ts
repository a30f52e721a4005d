/*
 * States.Format(template, values...): each `{}` takes the next value; the count of `{}` must equal
 * the count of values. `\{` `\}` `\'` `\\` in the template stand for the characters themselves.
 * Strings are inserted as they are; other values as their JSON text.
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

function formatValue(v: Json): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

export const FORMAT_INTRINSICS: Readonly<Record<string, IntrinsicImpl>> = { 'States.Format': format };
