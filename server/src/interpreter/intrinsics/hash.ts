/*
 * States.Hash(data, algorithm): hex digest with MD5, SHA-1, SHA-256, SHA-384 or SHA-512 (portable
 * code in ../digest). Data is a string of at most 10,000 characters (a non-string is hashed as its
 * JSON text).
 */
import { Failure } from '../failure';
import { HASH_ALGORITHMS } from '../../asl/spec';
import { hexDigest } from '../digest';
import { type IntrinsicImpl, MAX_STRING_CHARS, argString, intrinsicFailure } from './support';

const hash: IntrinsicImpl = (input) => {
  const data = typeof input.args[0] === 'string' ? input.args[0] : JSON.stringify(input.args[0]);
  const algorithm = argString(input, 1);
  if (algorithm instanceof Failure) return algorithm;
  if (data.length > MAX_STRING_CHARS) return intrinsicFailure(input.name, `the data is longer than 10,000 characters`);
  const digest = hexDigest(algorithm, data);
  if (digest !== undefined) return digest;
  return intrinsicFailure(input.name, `unknown algorithm '${algorithm}' (use ${HASH_ALGORITHMS.join(', ')})`);
};

export const HASH_INTRINSICS: Readonly<Record<string, IntrinsicImpl>> = { 'States.Hash': hash };
