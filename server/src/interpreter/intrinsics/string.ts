/*
 * States.StringSplit(string, delimiters): splits on every character of `delimiters`.
 * Decision: empty pieces are dropped (Java StringTokenizer behaviour: "a,,b" → ["a","b"]).
 */
import { Failure } from '../failure';
import { type IntrinsicImpl, argString } from './support';

const stringSplit: IntrinsicImpl = (input) => {
  const s = argString(input, 0);
  if (s instanceof Failure) return s;
  const delimiters = argString(input, 1);
  if (delimiters instanceof Failure) return delimiters;
  if (delimiters === '') return s === '' ? [] : [s];
  const out: string[] = [];
  let piece = '';
  for (const ch of s) {
    if (delimiters.includes(ch)) {
      if (piece !== '') out.push(piece);
      piece = '';
    } else {
      piece += ch;
    }
  }
  if (piece !== '') out.push(piece);
  return out;
};

export const STRING_INTRINSICS: Readonly<Record<string, IntrinsicImpl>> = { 'States.StringSplit': stringSplit };
