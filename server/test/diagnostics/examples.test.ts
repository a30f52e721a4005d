// Every example machine of the repository must validate without errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diagnose, spanOf } from './helper';

const dir = join(__dirname, '..', '..', '..', '..', 'examples');
const files = readdirSync(dir).filter((f) => /\.asl\.(json|ya?ml)$/.test(f));

test('examples exist', () => assert.ok(files.length > 0));

for (const file of files) {
  test(`example ${file} has no errors`, () => {
    const text = readFileSync(join(dir, file), 'utf8');
    const errors = diagnose(text, /\.ya?ml$/.test(file) ? 'yaml' : 'json').filter((d) => d.severity === 'error');
    assert.deepEqual(
      errors.map((d) => `${d.code} ${spanOf(text, d)}: ${d.message}`),
      [],
    );
  });
}
