/*
 * States.Hash(data, algorithm): hex digest with MD5, SHA-1, SHA-256, SHA-384 or SHA-512.
 * Data is a string of at most 10,000 characters (a non-string is hashed as its JSON text).
 */
import { createHash } from 'crypto';
import { Failure } from '../failure';
import { type IntrinsicImpl, MAX_STRING_CHARS, argString, intrinsicFailure } from './support';

export const HASH_ALGORITHMS: Readonly<Record<string, string>> = {
  MD5: 'md5',
  'SHA-1': 'sha1',
  'SHA-256': 'sha256',
  'SHA-384': 'sha384',
  'SHA-512': 'sha512',
};

const hash: IntrinsicImpl = (input) => {
  const data = typeof input.args[0] === 'string' ? input.args[0] : JSON.stringify(input.args[0]);
  const algorithm = argString(input, 1);
  if (algorithm instanceof Failure) return algorithm;
  if (data.length > MAX_STRING_CHARS) return intrinsicFailure(input.name, `the data is longer than 10,000 characters`);
  const nodeName = Object.prototype.hasOwnProperty.call(HASH_ALGORITHMS, algorithm)
    ? HASH_ALGORITHMS[algorithm]
    : undefined;
  if (!nodeName)
    return intrinsicFailure(
      input.name,
      `unknown algorithm '${algorithm}' (use ${Object.keys(HASH_ALGORITHMS).join(', ')})`,
    );
  return createHash(nodeName).update(data, 'utf8').digest('hex');
};

export const HASH_INTRINSICS: Readonly<Record<string, IntrinsicImpl>> = { 'States.Hash': hash };
