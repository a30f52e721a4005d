// The command bundles' loader (server/src/cli/codeCache.ts), on a small keyed bundle in a child
// process: the cache is written, then accepted; one for another bundle, or damaged, is ignored and
// the bundle still loads from its source, with the same exports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireWithCodeCache } from '../../src/cli/codeCache';

const LOADER = join(__dirname, '../../src/cli/codeCache.js');
const BUNDLE = [
  "const { join } = require('path');",
  'function area(w, h) { return w * h; }',
  "exports.answer = area(6, 7) + ':' + join('a', 'b') + ':' + typeof module.exports;",
].join('\n');

/** A bundle as the build writes it: wrapped in the CommonJS module function, then the key line. */
function built(body: string, key = '0123abcd'): string {
  return `(function (exports, require, module, __filename, __dirname) { ${body}\n});\n//# aslBundleKey=${key}\n`;
}

/**
 * Loads `file` through the loader in a fresh process; its stdout is the bundle's `answer`. `after`
 * runs once the bundle is loaded (`loaded` is its exports), as a command does.
 */
function load(file: string, mode: string, after = ''): { answer: string; report: string } {
  const loading = `const loaded = require(${JSON.stringify(LOADER)}).requireWithCodeCache(process.argv[1]);`;
  const script = `${loading} process.stdout.write(loaded.answer); ${after}`;
  const env = { ...process.env, ASL_CODE_CACHE: mode };
  const child = spawnSync(process.execPath, ['-e', script, file], { encoding: 'utf8', env });
  assert.equal(child.status, 0, child.stderr);
  return { answer: child.stdout, report: child.stderr.trim() };
}

function withBundle(text: string, body: (file: string) => void): void {
  const folder = mkdtempSync(join(tmpdir(), 'asl-code-cache-'));
  try {
    const file = join(folder, 'command.js');
    writeFileSync(file, text);
    body(file);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const EXPECTED = `42:${join('a', 'b')}:object`;

test('a keyed bundle: no cache, then written, then accepted; same exports each time', () => {
  withBundle(built(BUNDLE), (file) => {
    assert.deepEqual(load(file, 'report'), { answer: EXPECTED, report: `asl: code cache missing: ${file}` });
    assert.deepEqual(load(file, 'write'), { answer: EXPECTED, report: `asl: code cache written: ${file}` });
    assert.equal(readFileSync(`${file}.cache`, 'latin1').split('\n')[0], '0123abcd');
    assert.deepEqual(load(file, 'report'), { answer: EXPECTED, report: `asl: code cache accepted: ${file}` });
    assert.deepEqual(load(file, ''), { answer: EXPECTED, report: '' });
  });
});

test('the cache is written at exit, after the command ran, and holds the functions the command compiled', () => {
  const later = `exports.later = function () { let t = 0; for (let i = 0; i < 9; i++) t += [i, i * 2, String(i)].length; return t; };`;
  withBundle(built(`${BUNDLE}\n${later}`), (file) => {
    const ran = load(file, 'write', "process.stderr.write('ran ' + loaded.later() + '\\n');");
    assert.deepEqual(ran, { answer: EXPECTED, report: `ran 27\nasl: code cache written: ${file}` });
    const withLater = readFileSync(`${file}.cache`).length;
    load(file, 'write');
    // V8 compiles `later` on its first call; a cache written after that call holds its bytecode too
    assert.ok(withLater > readFileSync(`${file}.cache`).length, `${withLater} bytes`);
    assert.equal(load(file, 'report', 'loaded.later();').report, `asl: code cache accepted: ${file}`);
  });
});

test('a cache written for another bundle key is not used', () => {
  withBundle(built(BUNDLE), (file) => {
    load(file, 'write');
    // same length, other key and other code: V8 alone (it checks the length) would take the cache
    const other = built(BUNDLE.replace('w * h', 'w + h'), '9999abcd');
    writeFileSync(file, other);
    assert.deepEqual(load(file, 'report'), {
      answer: `13:${join('a', 'b')}:object`,
      report: `asl: code cache missing: ${file}`,
    });
  });
});

test('a damaged cache with the right key is rejected by V8, and the bundle loads from its source', () => {
  withBundle(built(BUNDLE), (file) => {
    writeFileSync(`${file}.cache`, Buffer.concat([Buffer.from('0123abcd\n'), Buffer.alloc(64, 7)]));
    assert.deepEqual(load(file, 'report'), { answer: EXPECTED, report: `asl: code cache rejected: ${file}` });
  });
});

test('an unkeyed bundle (not built by the build) loads without a cache', () => {
  withBundle(BUNDLE, (file) => {
    assert.deepEqual(load(file, 'write'), { answer: EXPECTED, report: `asl: code cache unkeyed: ${file}` });
  });
});

test('in process, a loaded bundle is a module of require.cache: a second load returns the same exports', () => {
  withBundle(built(BUNDLE), (file) => {
    try {
      const first = requireWithCodeCache(file) as { answer: string };
      assert.equal(first.answer, EXPECTED);
      assert.equal(require.cache[file]?.exports, first);
      assert.equal(requireWithCodeCache(file), first);
    } finally {
      delete require.cache[file];
    }
  });
});
