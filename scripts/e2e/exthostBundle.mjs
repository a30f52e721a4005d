// What the extension-host tests need, shared by `npm run test:e2e` (code-server) and
// `npm run test:electron` (@vscode/test-electron): the one test bundle both load, the Toolkit stub
// and a throwaway workspace (fixtures + examples/). Knows nothing about how VS Code is started.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import esbuild from 'esbuild';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
export const TOOLKIT_STUB_DIR = path.join(ROOT, 'client/test/toolkit-stub');

/**
 * Bundles client/test/e2e (mocha suites) into out/e2e/exthost/index.js. `vscode` and `mocha` stay
 * external: the extension host provides the first, node_modules (found upward from out/) the second.
 */
export async function buildExtensionHostTests() {
  const outfile = path.join(ROOT, 'out/e2e/exthost/index.js');
  await esbuild.build({
    entryPoints: [path.join(ROOT, 'client/test/e2e/index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return outfile;
}

/** The test-only stub that registers the AWS Toolkit's language ids, as a .vsix (code-server installs it). */
export function packageToolkitStub() {
  const out = path.join(ROOT, 'out/e2e/toolkit-stub.vsix');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const r = spawnSync(
    'npx',
    ['vsce', 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '-o', out],
    { cwd: TOOLKIT_STUB_DIR, encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`packaging the Toolkit stub failed:\n${r.stdout}${r.stderr}`);
  return out;
}

/** A fresh copy of the fixtures and the examples (in examples/), so nothing a test does can touch the repository. */
export function makeWorkspace() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'asl-studio-e2e-ws-'));
  fs.cpSync(path.join(ROOT, 'client/test/fixtures'), dir, { recursive: true });
  fs.cpSync(path.join(ROOT, 'examples'), path.join(dir, 'examples'), { recursive: true });
  return dir;
}
