#!/usr/bin/env node
// `npm run test:electron`: the extension-host suite (client/test/e2e, mocha) in Electron VS Code
// through @vscode/test-electron, from the same bundle `npm run test:e2e` loads in code-server
// (out/e2e/exthost/index.js). VS Code 1.100.3 (code-server's, the tested version) is downloaded
// into .vscode-test/ (or VSCODE_TEST_CACHE) unless `--vscode <path>` or VSCODE_EXECUTABLE names an executable. Without
// network the download fails with one clear line, not a stack dump. Linux without a display: xvfb-run.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { WORKBENCH_SETTINGS } from './e2e/codeServer.mjs';
import { buildExtensionHostTests, makeWorkspace, ROOT, TOOLKIT_STUB_DIR } from './e2e/exthostBundle.mjs';

const VSCODE_VERSION = process.env.VSCODE_VERSION ?? '1.100.3';
const DOWNLOAD_IDLE_TIMEOUT_MS = 20_000;
const args = process.argv.slice(2);

class UserError extends Error {}

function givenExecutable() {
  const given = args.includes('--vscode') ? args[args.indexOf('--vscode') + 1] : process.env.VSCODE_EXECUTABLE;
  if (!given) return undefined;
  if (!fs.existsSync(given)) throw new UserError(`VS Code executable not found: ${given}`);
  return path.resolve(given);
}

/** Downloads VS Code quietly; a failure (offline, proxy, timeout) becomes one readable line. */
async function downloadVsCode() {
  console.log(`test:electron: downloading VS Code ${VSCODE_VERSION} into .vscode-test/ (once)`);
  let cause;
  const reporter = { report: () => {}, error: (err) => (cause = err) };
  try {
    const cachePath = process.env.VSCODE_TEST_CACHE; // default: <cwd>/.vscode-test
    const options = { version: VSCODE_VERSION, reporter, timeout: DOWNLOAD_IDLE_TIMEOUT_MS };
    return await downloadAndUnzipVSCode(cachePath ? { ...options, cachePath } : options);
  } catch (err) {
    const why = String((cause ?? err)?.message ?? cause ?? err).split('\n')[0];
    throw new UserError(
      `could not download VS Code ${VSCODE_VERSION} (${why}). No network? Pass an installed VS Code with ` +
        '--vscode <path> or VSCODE_EXECUTABLE=<path>, or run the same suite offline in code-server: npm run test:e2e -- --only exthost',
    );
  }
}

/** A throwaway user-data folder with the e2e workbench settings (no welcome page, telemetry, trust prompt). */
function makeProfile() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'asl-studio-electron-'));
  fs.mkdirSync(path.join(dir, 'user-data', 'User'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'user-data', 'User', 'settings.json'), JSON.stringify(WORKBENCH_SETTINGS, null, 2));
  return dir;
}

async function main() {
  const executable = givenExecutable() ?? (await downloadVsCode());
  const build = spawnSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new UserError('npm run build failed');
  const testsPath = await buildExtensionHostTests();
  const workspace = makeWorkspace();
  const profile = makeProfile();
  try {
    const code = await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: [ROOT, TOOLKIT_STUB_DIR],
      extensionTestsPath: testsPath,
      launchArgs: [
        workspace,
        '--disable-extensions',
        `--user-data-dir=${path.join(profile, 'user-data')}`,
        `--extensions-dir=${path.join(profile, 'extensions')}`,
      ],
    });
    if (code !== 0) throw new UserError(`the extension-host tests failed (exit code ${code})`);
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

main().then(
  () => console.log('test:electron: passed'),
  (err) => {
    console.error(`test:electron: ${err instanceof UserError ? err.message : (err?.stack ?? err)}`);
    process.exit(1);
  },
);
