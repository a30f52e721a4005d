// Playwright helpers for driving VS Code's workbench (served by code-server) in Debian's Chromium.
// Knows VS Code's DOM (selectors valid for 1.100), nothing about ASL Studio.
// Never `npx playwright install`: it downloads browsers; we use /usr/bin/chromium.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import util from 'node:util';
import { chromium } from 'playwright-core';

// --host-resolver-rules: every name except localhost fails inside Chromium, so it can only reach 127.0.0.1.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

/** Launches Chromium with a fresh profile. Returns { page, close }. */
export async function launchBrowser({ viewport = { width: 1400, height: 900 } } = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'asl-studio-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const close = async () => {
    await context.close().catch(() => {});
    fs.rmSync(profile, { recursive: true, force: true });
  };
  return { page, close };
}

/** vscode-remote URI of a path on the code-server machine, as the browser workbench names it. */
export const remoteUri = (csUrl, absPath) => `vscode-remote://${new URL(csUrl).host}${absPath}`;

/** Workbench URL for `folder`, with VS Code web's ?payload=[[key, value], ...]. */
export function workbenchUrl(csUrl, { folder, payload } = {}) {
  const u = new URL(csUrl);
  if (folder) u.searchParams.set('folder', folder);
  if (payload?.length) u.searchParams.set('payload', JSON.stringify(payload));
  return u.toString();
}

export async function openWorkbench(page, url, { timeout = 90_000 } = {}) {
  await page.goto(url, { timeout }); // a loaded machine can take longer than the default 30 s
  await page.locator('.monaco-workbench .part.editor').waitFor({ timeout });
  await page.locator('.monaco-workbench .part.statusbar').waitFor({ timeout });
}

async function quickInput(page, key, text) {
  const widget = page.locator('.quick-input-widget');
  await page.keyboard.press(key);
  await widget.waitFor({ state: 'visible' });
  await page.keyboard.type(text, { delay: 10 });
  return widget;
}

/** Quick Open (Ctrl+P) a workspace file and wait until its editor is active. */
/** Opens a file by name with Quick Open; `folder` picks the row whose path shows that folder (same names elsewhere). */
export async function quickOpenFile(page, fileName, { timeout = 30_000, folder } = {}) {
  const widget = await quickInput(page, 'Control+P', fileName);
  let row = widget.locator('.monaco-list-row', { has: page.locator('.label-name', { hasText: fileName }) });
  if (folder !== undefined) row = row.filter({ has: page.locator('.label-description', { hasText: folder }) });
  row = row.first();
  await row.waitFor({ timeout });
  await row.click();
  await page.locator('.tabs-container .tab.active', { hasText: fileName }).waitFor({ timeout });
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout });
}

/**
 * Runs a command palette entry by its title (clicks the row; Enter could pick a recent one). With
 * `exact`, the row's label must be exactly `title` (e.g. "X" but not "X in Current Column").
 */
export async function runCommand(page, title, { timeout = 15_000, exact = false } = {}) {
  const widget = await quickInput(page, 'F1', title);
  const hasText = exact ? new RegExp(`^\\s*${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`) : title;
  const row = widget.locator('.monaco-list-row', { has: page.locator('.label-name', { hasText }) }).first();
  await row.waitFor({ timeout });
  await row.click();
  await widget.waitFor({ state: 'hidden', timeout });
}

/** Rows of the Problems panel (opened with Ctrl+Shift+M), after one containing `waitFor` appears. */
export async function readProblems(page, { waitFor, timeout = 30_000 } = {}) {
  if (
    !(await page
      .locator('.markers-panel')
      .isVisible()
      .catch(() => false))
  )
    await page.keyboard.press('Control+Shift+M');
  const rows = page.locator('.markers-panel .monaco-list-row');
  await (waitFor ? rows.filter({ hasText: waitFor }) : rows).first().waitFor({ timeout });
  return rows.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') || e.textContent));
}

/** Moves the cursor to 1-based line:column with Go to Line (Ctrl+G). */
export async function gotoLine(page, line, column = 1) {
  const widget = await quickInput(page, 'Control+G', `${line}:${column}`);
  await page.keyboard.press('Enter');
  await widget.waitFor({ state: 'hidden' });
}

/** The cursor position shown in the status bar ("Ln 12, Col 5") as { line, column }. */
export async function cursorPosition(page) {
  const text = await page.locator('#status\\.editor\\.selection').innerText();
  const m = text.match(/Ln (\d+), Col (\d+)/);
  return m ? { line: Number(m[1]), column: Number(m[2]) } : undefined;
}

/** Ctrl+Space in the focused editor; returns the suggestion labels once `waitFor` is among them. */
export async function triggerCompletion(page, { waitFor, timeout = 20_000 } = {}) {
  await page.keyboard.press('Control+Space');
  const rows = page.locator('.editor-widget.suggest-widget.visible .monaco-list-row');
  await (waitFor ? rows.filter({ hasText: waitFor }) : rows).first().waitFor({ timeout });
  return rows.evaluateAll((els) => els.map((e) => e.querySelector('.label-name')?.textContent ?? e.textContent));
}

/**
 * FrameLocator for the content of an extension's webview. A webview is two nested iframes: the outer
 * `iframe.webview.ready` (its src names the extension) and the inner `#active-frame` holding our HTML.
 */
export function webviewContent(page, { extensionId } = {}) {
  const outer = extensionId ? `iframe.webview.ready[src*="extensionId=${extensionId}"]` : 'iframe.webview.ready';
  return page.frameLocator(outer).last().frameLocator('iframe#active-frame');
}

export async function screenshot(page, dir, name) {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/**
 * Text of an extension's OutputChannel in the newest session. Log channels ({ log: true }) are
 * <ud>/logs/<session>/exthostN/<publisher.name>/<name>.log; plain ones are
 * <ud>/logs/<session>/exthostN/output_logging_<ts>/<N>-<name>.log.
 */
export function readOutputChannel(userDataDir, name) {
  const files = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name === `${name}.log` || (p.includes('output_logging_') && e.name.endsWith(`-${name}.log`)))
        files.push(p);
    }
  };
  const root = path.join(userDataDir, 'logs');
  if (fs.existsSync(root)) walk(root);
  files.sort();
  return files.length ? fs.readFileSync(files[files.length - 1], 'utf8') : '';
}

/** util.format the (format, ...args) arrays that VS Code hands to window.codeAutomationLog. */
export const formatLogArgs = (args) => (Array.isArray(args) ? util.format(...args) : String(args));
