// definition-size: AWS refuses definitions over 1 MB. Error when even minified JSON is too large,
// warning when only the text as written is; the byte counts agree with Buffer.byteLength.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { stringify as toYaml } from 'yaml';
import { parseAsl } from '../../src/asl';
import { nodeToValue } from '../../src/asl/nodes';
import { computeDiagnostics } from '../../src/service/diagnostics';
import {
  minifiedJsonBytes,
  minifiedJsonChars,
  treeJsonBytes,
  utf8Bytes,
} from '../../src/service/diagnostics/support/sizes';

/** A valid machine of `n` Pass states, each with a payload of `pad` characters (é: two UTF-8 bytes each). */
function big(n: number, pad: number, char = 'é'): Record<string, unknown> {
  const States: Record<string, unknown> = {};
  for (let i = 0; i < n; i++)
    States[`S${i}`] = {
      Type: 'Pass',
      Result: { note: char.repeat(pad), 'q"\\': 1 },
      ...(i + 1 < n ? { Next: `S${i + 1}` } : { End: true }),
    };
  return { StartAt: 'S0', States };
}

const sizeFindings = (text: string, format: 'json' | 'yaml' = 'json') =>
  computeDiagnostics(parseAsl(text, format), { throwOnRuleError: true }).filter((d) => d.code === 'definition-size');

test('definition-size: over 1 MB even minified is an error at the definition start, with the exact byte count', () => {
  const value = big(600, 1000);
  const text = JSON.stringify(value, null, 2);
  const [d, ...rest] = sizeFindings(text);
  assert.equal(rest.length, 0);
  assert.equal(d.severity, 'error');
  assert.deepEqual(d.span, { start: 0, end: 1 });
  assert.equal(d.data?.bytes, Buffer.byteLength(JSON.stringify(value)));
  assert.match(d.message, /1 MB/);
});

test('definition-size: the same for ASCII text (measured on the tree)', () => {
  const value = big(600, 2000, 'a');
  const [d] = sizeFindings(JSON.stringify(value, null, 2));
  assert.equal(d.severity, 'error');
  assert.equal(d.data?.bytes, Buffer.byteLength(JSON.stringify(value)));
});

test('definition-size: over 1 MB only because of white space is a warning to deploy it minified', () => {
  const value = big(400, 1200);
  const text = JSON.stringify(value, null, 200);
  assert.ok(Buffer.byteLength(text) > 1_048_576 && Buffer.byteLength(JSON.stringify(value)) <= 1_048_576);
  const [d] = sizeFindings(text);
  assert.equal(d.severity, 'warning');
  assert.equal(d.data?.minified, Buffer.byteLength(JSON.stringify(value)));
});

test('definition-size: YAML is measured as the JSON it becomes', () => {
  const value = big(600, 1000);
  const [d] = sizeFindings(toYaml(value), 'yaml');
  assert.equal(d.severity, 'error');
  assert.equal(d.data?.bytes, Buffer.byteLength(JSON.stringify(value)));
  assert.deepEqual(sizeFindings(toYaml(big(50, 100)), 'yaml'), []);
});

test('definition-size: nothing for definitions under the limit', () => {
  assert.deepEqual(sizeFindings(JSON.stringify(big(300, 1000), null, 2)), []);
});

test('sizes: UTF-8 lengths, minified JSON and tree-as-JSON agree with Buffer.byteLength', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => utf8Bytes(s) === Buffer.byteLength(s)),
    { numRuns: 300 },
  );
  fc.assert(
    fc.property(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom(0, 2, '\t'), (v, indent) => {
      const text = JSON.stringify({ v }, null, indent);
      const minified = Buffer.byteLength(JSON.stringify(JSON.parse(text)));
      assert.equal(minifiedJsonBytes(text), minified);
      const root = parseAsl(text, 'json').root!;
      assert.equal(treeJsonBytes(root), Buffer.byteLength(JSON.stringify(nodeToValue(root))));
      if ([...text].every((c) => c.charCodeAt(0) < 0x80)) assert.equal(minifiedJsonChars(root), minified);
    }),
    { numRuns: 300 },
  );
});
