#!/usr/bin/env node
// `npm run test:e2e`: the extension in a real VS Code (code-server 4.100.3 = VS Code 1.100.3),
// headless and offline. Packages the .vsix, installs it into a throwaway code-server, then
//   1. extension-host tests (client/test/e2e) against the installed extension folder, next to a
//      stub that registers the AWS Toolkit's language ids (client/test/toolkit-stub);
//   2. UI tests (scripts/e2e/ui.mjs) in Chromium: language mode, server start, grammar scopes,
//      Problems panel, Ctrl+Space completion, F12 go-to-definition, the step debugger (breakpoint,
//      Debug code lens, Variables) and a task token callback.
// Last line: `e2e: N passed, N failed`; exit code 1 on any failure.
//
// Usage: node scripts/e2e/run.mjs [--no-package] [--only exthost|ui|try] [--keep]
//   --no-package  reuse dist/asl-studio.vsix      --keep  keep code-server state dirs (logs)
// Env: E2E_SHOTS (screenshot dir; default a new /tmp/asl-studio-e2e-shots-* dir), CHROMIUM,
//      CODE_SERVER_HOME / CODE_SERVER_VERSION (see install-code-server.sh).
// First run on a machine installs code-server and Chromium (apt + npm, a few minutes).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureInstalled, startCodeServer } from './codeServer.mjs';
import { runExtensionHostTests } from './exthost.mjs';
import { buildExtensionHostTests, makeWorkspace, packageToolkitStub, ROOT } from './exthostBundle.mjs';
import { runUiTests } from './ui.mjs';
import { runTryCheck } from './tryCheck.mjs';

const VSIX = path.join(ROOT, 'dist/asl-studio.vsix');
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const keep = args.includes('--keep');
const shots = process.env.E2E_SHOTS ?? fs.mkdtempSync(path.join(os.tmpdir(), 'asl-studio-e2e-shots-'));
const t0 = Date.now();
const log = (msg) => console.log(`[e2e +${((Date.now() - t0) / 1000).toFixed(0)}s] ${msg}`);

function packageVsix() {
  if (args.includes('--no-package') && fs.existsSync(VSIX)) return;
  log('npm run package');
  const r = spawnSync('npm', ['run', '-s', 'package'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0 || !fs.existsSync(VSIX)) throw new Error('npm run package failed');
  log(`packaged ${path.relative(ROOT, VSIX)} (${(fs.statSync(VSIX).size / 1024).toFixed(0)} KiB)`);
}

function installedExtensionDir(extensionsDir) {
  const dir = fs.readdirSync(extensionsDir).find((d) => d.startsWith('asl-studio.asl-studio-'));
  if (!dir) throw new Error(`the vsix did not install into ${extensionsDir}`);
  return path.join(extensionsDir, dir);
}

async function phaseExtensionHost(workspace) {
  const testsPath = await buildExtensionHostTests();
  const cs = await startCodeServer({ workspace, vsix: [VSIX, packageToolkitStub()] });
  log(`extension-host tests (code-server ${cs.url}, state ${cs.stateDir})`);
  try {
    const extensionPath = installedExtensionDir(cs.extensionsDir);
    return await runExtensionHostTests({
      csUrl: cs.url,
      workspace,
      extensionPath,
      testsPath,
      shots,
      log: (l) => console.log(`  ${l}`),
    });
  } finally {
    await cs.stop(keep);
  }
}

async function phaseUi(workspace) {
  const cs = await startCodeServer({ workspace, vsix: [VSIX] });
  log(`UI tests (code-server ${cs.url}, state ${cs.stateDir})`);
  try {
    const results = await runUiTests({
      csUrl: cs.url,
      workspace,
      userDataDir: cs.userDataDir,
      shots,
      log: (l) => console.log(`  ${l}`),
    });
    const failed = results.filter((r) => !r.ok).length;
    return { passed: results.length - failed, failed };
  } finally {
    await cs.stop(keep);
  }
}

/** `npm run try` as a user runs it: the URL serves the workbench, Ctrl+C leaves nothing behind. */
async function phaseTry() {
  log('npm run try');
  const results = await runTryCheck({ shots, log: (l) => console.log(`  ${l}`) });
  const failed = results.filter((r) => !r.ok).length;
  return { passed: results.length - failed, failed };
}

async function main() {
  let passed = 0;
  let failed = 0;
  try {
    packageVsix();
    ensureInstalled();
    const workspace = makeWorkspace();
    for (const [name, phase] of [
      ['exthost', phaseExtensionHost],
      ['ui', phaseUi],
      ['try', phaseTry],
    ]) {
      if (only && only !== name) continue;
      const r = await phase(workspace);
      log(`${name}: ${r.passed} passed, ${r.failed} failed`);
      passed += r.passed;
      failed += r.failed;
    }
    fs.rmSync(workspace, { recursive: true, force: true });
  } catch (err) {
    console.error(`[e2e] ${err.stack ?? err}`);
    failed++;
  }
  log(`screenshots in ${shots}`);
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

main();
