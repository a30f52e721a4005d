// The `npm run try` check of `npm run test:e2e`: starts scripts/try.mjs as a user would, reads the
// URL it prints, checks the workbench (HTTP 200, the workbench page, an example opens in ASL Studio
// and its server starts), that the extension host log has no warning or error,
// then sends Ctrl+C (SIGINT) and checks that no process of the tree and no temporary folder is left.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as L from './lib.mjs';
import { ROOT } from './exthostBundle.mjs';

const EXTENSION = 'asl-studio.asl-studio';
/** code-server's extension host log, its extension scanner's log, and VS Code desktop's extension host log. */
const EXTENSION_HOST_LOGS = ['remoteexthost.log', 'remoteagent.log', 'exthost.log'];

/** Starts try.mjs and resolves with what it printed once the URL line and the pid line are out. */
function startTry() {
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts/try.mjs'), '--no-package'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm run try printed no URL in 120 s:\n${out}`)), 120_000);
    const onData = (chunk) => {
      out += chunk;
      const url = /running at (\S+)/.exec(out)?.[1];
      const info = /code-server pid (\d+), workspace (\S+), state (\S+)\)/.exec(out);
      if (!url || !info) return;
      clearTimeout(timer);
      resolve({ url, pid: Number(info[1]), workspace: info[2], stateDir: info[3] });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`npm run try exited (${code}) before printing its URL:\n${out}`)));
  });
  return { child, ready, output: () => out };
}

const groupAlive = (pid) => {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Warning and error lines of the extension host logs (read while the window is open: they go with it). */
function extensionHostComplaints(userDataDir) {
  const logs = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (EXTENSION_HOST_LOGS.includes(e.name)) logs.push(p);
    }
  };
  walk(path.join(userDataDir, 'logs'));
  assert.ok(
    logs.some((f) => /exthost\.log$/.test(f)),
    `an extension host log under ${userDataDir}/logs`,
  );
  const read = (f) => fs.readFileSync(f, 'utf8').split('\n');
  const hostLines = logs.filter((f) => /exthost\.log$/.test(f)).flatMap(read);
  const agentLines = logs.filter((f) => !/exthost\.log$/.test(f)).flatMap(read);
  const complaint = (l) => /\[(warning|error)\]/.test(l);
  return {
    activated: hostLines.some((l) => l.includes(`ExtensionService#_doActivateExtension ${EXTENSION}`)),
    // every warning of the extension host counts; of the extension scanner, those about ASL Studio
    complaints: [...hostLines.filter(complaint), ...agentLines.filter((l) => complaint(l) && l.includes(EXTENSION))],
  };
}

async function checkWorkbench(url, stateDir, shots) {
  const res = await fetch(url);
  assert.equal(res.status, 200);
  assert.match(await res.text(), /vscode-workbench-web-configuration/, 'the workbench page');
  const { page, close } = await L.launchBrowser();
  try {
    await L.openWorkbench(page, url);
    const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'order-processing.asl.json' });
    await row.first().click({ timeout: 60_000 }); // the Explorer: Quick Open waits for a file index
    await page.locator('#status\\.editor\\.mode', { hasText: 'ASL Studio' }).waitFor({ timeout: 30_000 });
    const userData = path.join(stateDir, 'user-data');
    const deadline = Date.now() + 45_000;
    while (!L.readOutputChannel(userData, 'ASL Studio').includes('Language server started')) {
      assert.ok(Date.now() < deadline, 'the language server did not start in 45 s');
      await new Promise((r) => setTimeout(r, 250));
    }
    await L.screenshot(page, shots, 'try-workbench');
    return extensionHostComplaints(userData);
  } catch (err) {
    await L.screenshot(page, shots, 'try-FAILED').catch(() => {});
    throw err;
  } finally {
    await close();
  }
}

/** Returns [{ name, ok, info }] like the UI steps. */
export async function runTryCheck({ shots, log = console.log }) {
  const results = [];
  const record = (name, ok, info) => {
    results.push({ name, ok });
    log(`${ok ? 'ok' : 'not ok'} try - ${name}${info ? ` ${info}` : ''}`);
  };
  const run = startTry();
  let started;
  try {
    started = await run.ready;
    const { activated, complaints } = await checkWorkbench(started.url, started.stateDir, shots);
    record('npm run try serves the workbench with an example open in ASL Studio', true, started.url);
    record('the extension activates', activated);
    record('no warning or error in the extension host log', complaints.length === 0, complaints.join(' | '));
  } catch (err) {
    record('npm run try serves the workbench', false, `${err.message}\n${run.output()}`);
  }
  run.child.kill('SIGINT');
  const code = await new Promise((r) =>
    run.child.exitCode !== null ? r(run.child.exitCode) : run.child.on('exit', r),
  );
  const leftovers = started ? [started.workspace, started.stateDir].filter((d) => fs.existsSync(d)) : [];
  const alive = started ? groupAlive(started.pid) : false;
  record(
    'Ctrl+C stops it: exit 0, no process and no temporary folder left',
    code === 0 && !alive && leftovers.length === 0,
    JSON.stringify({ code, alive, leftovers }),
  );
  return results;
}
