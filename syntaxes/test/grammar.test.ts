// Grammar snapshot tests: each fixture in syntaxes/test/fixtures is tokenized with the real
// TextMate engine and compared with syntaxes/test/snapshots/<fixture>.snap.
// After an intended grammar change, regenerate and review the snapshots:
//   node syntaxes/src/build.mjs && npm run compile-tests && UPDATE_SNAPSHOTS=1 node scripts/run-tests.mjs grammar
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT, formatSnapshot, tokenize } from './tokenize';

const FIXTURES = path.join(ROOT, 'syntaxes/test/fixtures');
const SNAPSHOTS = path.join(ROOT, 'syntaxes/test/snapshots');
const update = process.env.UPDATE_SNAPSHOTS === '1';

const scopeFor = (file: string) => (file.endsWith('.json') ? 'source.asl-studio.json' : 'source.asl-studio.yaml');

for (const file of fs.readdirSync(FIXTURES).sort()) {
  test(`grammar snapshot: ${file}`, async () => {
    const text = fs.readFileSync(path.join(FIXTURES, file), 'utf8');
    const actual = formatSnapshot(text, await tokenize(scopeFor(file), text));
    const snapFile = path.join(SNAPSHOTS, `${file}.snap`);
    if (update || !fs.existsSync(snapFile)) {
      fs.mkdirSync(SNAPSHOTS, { recursive: true });
      fs.writeFileSync(snapFile, actual);
      if (!update) assert.fail(`snapshot ${file}.snap was missing and has been written; review and commit it`);
      return;
    }
    assert.equal(
      actual,
      fs.readFileSync(snapFile, 'utf8'),
      `${file}: tokens differ from the snapshot (UPDATE_SNAPSHOTS=1 to accept)`,
    );
  });
}

test('committed grammars match their generator (syntaxes/src)', () => {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'syntaxes/src/build.mjs'), '--check'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
});
