/*
 * Hex digests of UTF-8 text for States.Hash and JSONata's $hash, in portable code (no Node
 * crypto: the interpreter also runs in the browser and under the debugger), keyed by the AWS
 * algorithm names of asl/spec (HASH_ALGORITHMS). A test compares every algorithm with Node's.
 */
import { md5, sha1, sha256 } from './md';
import { sha384, sha512 } from './sha512';

const DIGESTS: Readonly<Record<string, (bytes: Uint8Array) => string>> = {
  MD5: md5,
  'SHA-1': sha1,
  'SHA-256': sha256,
  'SHA-384': sha384,
  'SHA-512': sha512,
};

/** The hex digest of `text` (UTF-8) with the named algorithm; undefined for an unknown name. */
export function hexDigest(algorithm: string, text: string): string | undefined {
  const digest = Object.prototype.hasOwnProperty.call(DIGESTS, algorithm) ? DIGESTS[algorithm] : undefined;
  return digest?.(new TextEncoder().encode(text));
}
