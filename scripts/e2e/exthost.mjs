// Runs the extension-host tests (client/test/e2e, bundled to one file) inside code-server's Node
// extension host: VS Code web reads ?payload=[["extensionDevelopmentPath", ...], ["extensionTestsPath",
// ...]], loads the extension from that folder, calls the tests' run(), then calls
// window.codeAutomationExit(code), which we expose with Playwright (as @vscode/test-web does).
import * as L from './lib.mjs';

const CHATTER =
  /^(Resolving connection token|Resolved connection token|Creating a socket|Creation of workbench contribution|Updating additional builtin|\[Service Worker\]|ChatSessionStore|Ignoring fetching additional builtin extensions)/;

/** Returns { passed, failed, exitCode }; prints the extension host's console as it arrives. */
export async function runExtensionHostTests({
  csUrl,
  workspace,
  extensionPath,
  testsPath,
  shots,
  timeoutMs = 300_000,
  log = console.log,
}) {
  const { page, close } = await L.launchBrowser();
  let passed = 0;
  let failed = 0;
  let sawSummary = false;
  let resolveExit;
  const exited = new Promise((r) => {
    resolveExit = r;
  });
  await page.exposeFunction('codeAutomationLog', (level, args) => {
    const line = L.formatLogArgs(args);
    const m = line.match(/^exthost: (\d+) passed, (\d+) failed/);
    if (m) {
      sawSummary = true;
      passed = Number(m[1]);
      failed = Number(m[2]);
    }
    if (!CHATTER.test(line)) log(`${level === 'error' ? '[exthost:error] ' : ''}${line}`);
  });
  await page.exposeFunction('codeAutomationExit', (code) => resolveExit(code));
  const payload = [
    ['extensionDevelopmentPath', L.remoteUri(csUrl, extensionPath)],
    ['extensionTestsPath', L.remoteUri(csUrl, testsPath)],
  ];
  const timer = setTimeout(() => resolveExit('timeout'), timeoutMs);
  let exitCode = 2;
  try {
    await L.openWorkbench(page, L.workbenchUrl(csUrl, { folder: workspace, payload }));
    const r = await exited;
    if (r === 'timeout') {
      log(`[exthost] no result after ${timeoutMs / 1000} s`);
      await L.screenshot(page, shots, 'exthost-timeout').catch(() => {});
    } else {
      exitCode = r;
    }
  } catch (err) {
    log(`[exthost] ${err.message}`);
    await L.screenshot(page, shots, 'exthost-error').catch(() => {});
  } finally {
    clearTimeout(timer);
    await close();
  }
  if (!sawSummary) failed = Math.max(failed, 1);
  return { passed, failed, exitCode };
}
