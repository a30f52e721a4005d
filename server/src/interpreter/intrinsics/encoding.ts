/*
 * Intrinsics for data encoding: States.Base64Encode and States.Base64Decode (UTF-8 text, inputs of
 * at most 10,000 characters). Decoding refuses text outside the Base64 alphabet.
 */
import { Failure } from '../failure';
import { type IntrinsicImpl, MAX_STRING_CHARS, argString, intrinsicFailure } from './support';

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{2,3})?$/;

const base64Encode: IntrinsicImpl = (input) => {
  const s = argString(input, 0, MAX_STRING_CHARS);
  return s instanceof Failure ? s : Buffer.from(s, 'utf8').toString('base64');
};

const base64Decode: IntrinsicImpl = (input) => {
  const s = argString(input, 0, MAX_STRING_CHARS);
  if (s instanceof Failure) return s;
  if (!BASE64.test(s)) return intrinsicFailure(input.name, 'the argument is not valid Base64');
  return Buffer.from(s, 'base64').toString('utf8');
};

export const ENCODING_INTRINSICS: Readonly<Record<string, IntrinsicImpl>> = {
  'States.Base64Encode': base64Encode,
  'States.Base64Decode': base64Decode,
};
