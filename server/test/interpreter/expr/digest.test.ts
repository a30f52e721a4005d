// The portable digests of States.Hash / $hash against Node's crypto: every algorithm, lengths around
// the block boundaries, and random Unicode text (UTF-8 encoded).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { hexDigest } from '../../../src/interpreter/digest';
import { HASH_ALGORITHMS } from '../../../src/asl/spec';

const NODE_NAMES: Record<string, string> = {
  MD5: 'md5',
  'SHA-1': 'sha1',
  'SHA-256': 'sha256',
  'SHA-384': 'sha384',
  'SHA-512': 'sha512',
};

function expected(algorithm: string, text: string): string {
  return createHash(NODE_NAMES[algorithm]).update(text, 'utf8').digest('hex');
}

test('digest: every AWS algorithm matches Node for every length from 0 to 300', () => {
  assert.deepEqual([...HASH_ALGORITHMS].sort(), Object.keys(NODE_NAMES).sort());
  for (const algorithm of HASH_ALGORITHMS)
    for (let n = 0; n <= 300; n++)
      assert.equal(hexDigest(algorithm, 'a'.repeat(n)), expected(algorithm, 'a'.repeat(n)));
});

test('digest: the AWS page example and unknown names', () => {
  assert.equal(hexDigest('SHA-1', 'input data'), 'aaff4a450a104cd177d28d18d74485e8cae074b7');
  assert.equal(hexDigest('sha-1', 'x'), undefined);
  assert.equal(hexDigest('toString', 'x'), undefined);
});

test('digest (property): random Unicode text hashes like Node', () => {
  fc.assert(
    fc.property(fc.constantFrom(...HASH_ALGORITHMS), fc.string({ unit: 'grapheme', maxLength: 400 }), (a, text) =>
      assert.equal(hexDigest(a, text), expected(a, text)),
    ),
    { numRuns: 300 },
  );
});
