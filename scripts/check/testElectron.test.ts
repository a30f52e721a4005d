// `npm run test:electron` without VS Code: no network (a refused proxy stands in for it) or a wrong
// --vscode path ends quickly with exit code 1 and one readable line, never a hang or a stack dump.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
const SCRIPT = join(ROOT, 'scripts/test-electron.mjs');

function runScript(args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, [SCRIPT, ...args], {
    cwd: ROOT,
    env: { ...process.env, VSCODE_EXECUTABLE: '', ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
}

function assertOneClearLine(stderr: string, pattern: RegExp): void {
  const lines = stderr.trim().split('\n');
  assert.equal(lines.length, 1, stderr);
  assert.match(lines[0], pattern);
  assert.doesNotMatch(stderr, /^\s+at /m, 'no stack trace');
}

test('without network the download fails with one clear line and exit code 1', () => {
  const cache = mkdtempSync(join(tmpdir(), 'asl-studio-vscode-test-'));
  try {
    const r = runScript([], {
      HTTPS_PROXY: 'http://127.0.0.1:9',
      https_proxy: 'http://127.0.0.1:9',
      VSCODE_TEST_CACHE: cache,
    });
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assertOneClearLine(
      r.stderr,
      /^test:electron: could not download VS Code 1\.100\.3 \(.+\)\. No network\? .*--vscode <path>/,
    );
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
});

test('a --vscode path that does not exist is named, exit code 1', () => {
  const r = runScript(['--vscode', '/nonexistent/code'], {});
  assert.equal(r.status, 1, r.stdout + r.stderr);
  assertOneClearLine(r.stderr, /^test:electron: VS Code executable not found: \/nonexistent\/code$/);
});
