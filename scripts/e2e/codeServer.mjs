// Starts and stops a throwaway code-server (VS Code 1.100.3 workbench + Node extension host) on a
// free 127.0.0.1 port, with its own user-data, extensions and XDG folders under one state dir.
// Knows nothing about ASL Studio: callers pass the .vsix files and the workspace to open.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const CODE_SERVER_VERSION = process.env.CODE_SERVER_VERSION ?? '4.100.3';
const home =
  process.env.CODE_SERVER_HOME ??
  path.join(
    process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'),
    'asl-studio-e2e',
    `code-server-${CODE_SERVER_VERSION}`,
  );
export const CODE_SERVER_BIN = path.join(home, 'node_modules', '.bin', 'code-server');

/** Default user settings: no welcome page, trust prompt, telemetry, update checks or auto suggestions. */
export const WORKBENCH_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.enableExperiments': false,
  'workbench.editor.enablePreview': false,
  'telemetry.telemetryLevel': 'off',
  'security.workspace.trust.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'window.restoreWindows': 'none',
  'files.autoSave': 'off',
  'git.enabled': false,
  'chat.disableAIFeatures': true,
  'editor.quickSuggestions': { other: false, comments: false, strings: false },
};

export function isInstalled() {
  return fs.existsSync(CODE_SERVER_BIN);
}

/** Installs code-server (and apt deps) with install-code-server.sh when it is missing. */
export function ensureInstalled() {
  if (isInstalled()) return;
  const script = path.join(path.dirname(new URL(import.meta.url).pathname), 'install-code-server.sh');
  const r = spawnSync('bash', [script], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error('installing code-server failed');
}

/**
 * Starts code-server. Options: workspace (folder to open), vsix (array of files to install first),
 * env (extra environment for the server and hence the extension host), settings (merged over WORKBENCH_SETTINGS).
 * Returns { url, pid, stateDir, userDataDir, extensionsDir, workspace, log, stop(keep) }.
 */
export async function startCodeServer({ workspace, vsix = [], env = {}, settings = {} } = {}) {
  const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'asl-studio-cs-'));
  const userDataDir = path.join(stateDir, 'user-data');
  const extensionsDir = path.join(stateDir, 'extensions');
  for (const d of [
    path.join(userDataDir, 'User'),
    extensionsDir,
    path.join(stateDir, 'xdg-config'),
    path.join(stateDir, 'xdg-data'),
  ])
    fs.mkdirSync(d, { recursive: true });
  fs.writeFileSync(
    path.join(userDataDir, 'User', 'settings.json'),
    JSON.stringify({ ...WORKBENCH_SETTINGS, ...settings }, null, 2),
  );
  const config = path.join(stateDir, 'config.yaml');
  fs.writeFileSync(config, 'auth: none\n'); // our own config: code-server never writes ~/.config
  const ws = path.resolve(workspace ?? path.join(stateDir, 'workspace'));
  fs.mkdirSync(ws, { recursive: true });
  // EXTENSIONS_GALLERY='{}': no marketplace traffic (code-server defaults to open-vsx.org).
  const childEnv = {
    ...process.env,
    ...env,
    XDG_CONFIG_HOME: path.join(stateDir, 'xdg-config'),
    XDG_DATA_HOME: path.join(stateDir, 'xdg-data'),
    EXTENSIONS_GALLERY: '{}',
  };
  const common = ['--config', config, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];
  for (const file of vsix) {
    const r = spawnSync(CODE_SERVER_BIN, [...common, '--force', '--install-extension', file], {
      env: childEnv,
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`installing ${file} failed:\n${r.stdout}\n${r.stderr}`);
  }
  const log = path.join(stateDir, 'code-server.log');
  const out = fs.openSync(log, 'w');
  const child = spawn(
    CODE_SERVER_BIN,
    [
      ...common,
      '--bind-addr',
      '127.0.0.1:0',
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
      ws,
    ],
    { env: childEnv, detached: true, stdio: ['ignore', out, out] },
  ); // detached: own process group, so stop() kills the extension host too
  child.unref();
  const url = await waitForUrl(log, child);
  const stop = (keep = false) => stopCodeServer(child.pid, keep ? undefined : stateDir);
  return { url, pid: child.pid, stateDir, userDataDir, extensionsDir, workspace: ws, log, stop };
}

async function waitForUrl(log, child) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited:\n${fs.readFileSync(log, 'utf8')}`);
    const m = fs.readFileSync(log, 'utf8').match(/HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)\//);
    if (
      m &&
      (await fetch(`${m[1]}/healthz`).then(
        (r) => r.ok,
        () => false,
      ))
    )
      return m[1];
    await new Promise((r) => setTimeout(r, 200));
  }
  stopCodeServer(child.pid);
  throw new Error(`code-server did not come up in 60 s:\n${fs.readFileSync(log, 'utf8')}`);
}

/** Kills code-server's whole process group (server, extension host, language servers). */
export async function stopCodeServer(pid, removeDir) {
  const alive = () => {
    try {
      process.kill(-pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
  for (let i = 0; i < 50 && alive(); i++) await new Promise((r) => setTimeout(r, 100));
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    /* already gone */
  }
  if (removeDir) fs.rmSync(removeDir, { recursive: true, force: true });
}
