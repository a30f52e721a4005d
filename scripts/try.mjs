#!/usr/bin/env node
// `npm run try`: ASL Studio in a browser, no VS Code install needed. Builds and packages the
// extension, starts code-server (the e2e machinery, scripts/e2e/codeServer.mjs) on a free
// 127.0.0.1 port with the .vsix installed and a COPY of examples/ as the workspace, prints the URL,
// and on Ctrl+C stops the whole process tree and removes the temporary folders.
// Usage: npm run try [-- --no-package]   (--no-package: reuse dist/asl-studio.vsix)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureInstalled, startCodeServer } from './e2e/codeServer.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const VSIX = path.join(ROOT, 'dist/asl-studio.vsix');
const args = process.argv.slice(2);

/** What a newcomer should see: VS Code's usual suggestions as they type (the e2e settings turn them off). */
const TRY_SETTINGS = { 'editor.quickSuggestions': { other: 'on', comments: 'off', strings: 'on' } };

function packageVsix() {
  if (args.includes('--no-package') && fs.existsSync(VSIX)) return;
  console.log('try: npm run package');
  const r = spawnSync('npm', ['run', '-s', 'package'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0 || !fs.existsSync(VSIX)) throw new Error('npm run package failed (see above)');
}

function copyExamples() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'asl-studio-try-'));
  fs.cpSync(path.join(ROOT, 'examples'), path.join(dir, 'examples'), { recursive: true });
  return path.join(dir, 'examples');
}

const groupAlive = (pid) => {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function main() {
  packageVsix();
  ensureInstalled();
  const workspace = copyExamples();
  const cs = await startCodeServer({ workspace, vsix: [VSIX], settings: TRY_SETTINGS });
  let stopping;
  const stop = (code) => {
    stopping ??= cs.stop().then(() => {
      fs.rmSync(path.dirname(workspace), { recursive: true, force: true });
      console.log('try: stopped, temporary folders removed');
      process.exit(code);
    });
    return stopping;
  };
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));
  const url = new URL(cs.url);
  url.searchParams.set('folder', workspace);
  console.log(`\nASL Studio is running at ${url}`);
  console.log(`  (code-server pid ${cs.pid}, workspace ${workspace}, state ${cs.stateDir})`);
  console.log('  Open it in a browser (Help > Get Started > "Get started with ASL Studio" walks you through);');
  console.log('  press Ctrl+C here to stop.\n');
  const watch = setInterval(() => {
    if (groupAlive(cs.pid)) return;
    clearInterval(watch);
    console.error(`try: code-server exited on its own; its log was ${cs.log}`);
    stop(1).catch((err) => console.error(`try: ${err}`));
  }, 1000);
}

main().catch((err) => {
  console.error(`try: ${err.message ?? err}`);
  process.exit(1);
});
