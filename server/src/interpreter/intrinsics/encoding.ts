/*
 * Intrinsics for data encoding: States.Base64Encode and States.Base64Decode (UTF-8 text, inputs of
 * at most 10,000 characters). Decoding refuses text outside the Base64 alphabet.
 */
import { Failure } from '../failure';
import { type IntrinsicImpl, MAX_STRING_CHARS, argString, intrinsicFailure } from './support';

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{2,3})?$/;

const base64Encode: IntrinsicImpl = (input) => {
  const s = argString(input, 0, MAX_STRING_CHARS);
  return s instanceof Failure ? s : toBase64(new TextEncoder().encode(s));
};

const base64Decode: IntrinsicImpl = (input) => {
  const s = argString(input, 0, MAX_STRING_CHARS);
  if (s instanceof Failure) return s;
  if (!BASE64.test(s)) return intrinsicFailure(input.name, 'the argument is not valid Base64');
  return new TextDecoder().decode(fromBase64(s));
};

/** Base64 of bytes with the portable btoa (any JS runtime; no Node Buffer in the interpreter). */
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Bytes of (already validated) Base64 text; invalid UTF-8 then decodes to U+FFFD, as Buffer did. */
function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export const ENCODING_INTRINSICS: Readonly<Record<string, IntrinsicImpl>> = {
  'States.Base64Encode': base64Encode,
  'States.Base64Decode': base64Decode,
};
