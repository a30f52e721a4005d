/*
 * Loads the BUILT webview bundle (media/dist/graph.js) in headless Chromium, in a page with the
 * strict CSP the extension uses (scripts by nonce only, no inline styles, no eval) and a stubbed
 * acquireVsCodeApi that records posted messages, saved state and CSP violations.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';

const ORIGIN = 'http://asl-studio.test';
const BUNDLE = resolve('media/dist/graph.js');
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

const NONCE = 'r4nd0mN0nce';
export const CSP = [
  "default-src 'none'",
  `script-src 'nonce-${NONCE}'`,
  `style-src ${ORIGIN}`,
  `img-src ${ORIGIN} data: blob:`,
  `font-src ${ORIGIN}`,
].join('; ');

/** The stub of VS Code's webview API, run before the bundle. */
const STUB = `
window.__posted = [];
window.__violations = [];
window.__state = window.__initialState;
window.__workers = 0;
const PageWorker = window.Worker;
window.Worker = class extends PageWorker { constructor(...args) { super(...args); window.__workers++; } };
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
window.acquireVsCodeApi = () => ({
  postMessage: (m) => window.__posted.push(m),
  getState: () => window.__state,
  setState: (s) => (window.__state = s),
});`;

function html(initialState: unknown): string {
  return `<!doctype html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<script nonce="${NONCE}">window.__initialState = ${JSON.stringify(initialState ?? null)} ?? undefined;${STUB}</script>
</head><body class="vscode-dark"><script nonce="${NONCE}" src="${ORIGIN}/media/dist/graph.js"></script></body></html>`;
}

export interface Browser {
  /** A fresh webview page (its own acquireVsCodeApi stub and saved state). */
  open(options?: { initialState?: unknown }): Promise<Page>;
  close(): Promise<void>;
}

/** Starts Chromium; fails with a clear message when Chromium or the bundle is missing. */
export async function startBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM=/path)`);
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run npm run build first`);
  const profile = mkdtempSync(join(tmpdir(), 'asl-webview-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1200, height: 800 },
  });
  const bundle = readFileSync(BUNDLE, 'utf8');
  return {
    open: async (options = {}) => {
      const page = await context.newPage();
      await page.route(`${ORIGIN}/**`, (route) => {
        const path = new URL(route.request().url()).pathname;
        if (path === '/media/dist/graph.js') return route.fulfill({ contentType: 'text/javascript', body: bundle });
        if (path === '/') return route.fulfill({ contentType: 'text/html', body: html(options.initialState) });
        return route.fulfill({ status: 404, body: 'not found' });
      });
      await page.goto(`${ORIGIN}/`);
      await page.waitForFunction("window.__posted.some((m) => m.type === 'ready')");
      return page;
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Sends a HostToWebview message as VS Code does (a window message event). */
export async function send(page: Page, message: unknown): Promise<void> {
  await page.evaluate(
    (m) => (globalThis as unknown as { postMessage(m: unknown, o: string): void }).postMessage(m, '*'),
    message,
  );
}

/** The WebviewToHost messages posted so far. */
export async function posted(page: Page): Promise<{ type: string; [key: string]: unknown }[]> {
  return page.evaluate('window.__posted');
}

/** How many Web Workers the page started. */
export async function workersStarted(page: Page): Promise<number> {
  return page.evaluate('window.__workers');
}

export async function violations(page: Page): Promise<string[]> {
  return page.evaluate('window.__violations');
}

/** The state last saved with setState. */
export async function persisted(page: Page): Promise<{ uri: string; zoom: number; scrollX: number; scrollY: number }> {
  return page.evaluate('window.__state');
}

/** Waits until a posted message satisfies `predicate` and returns it. */
export async function waitForPosted(
  page: Page,
  predicate: (m: { type: string; [key: string]: unknown }) => boolean,
): Promise<{ type: string; [key: string]: unknown }> {
  for (;;) {
    const messages = await posted(page);
    const found = messages.find(predicate);
    if (found !== undefined) return found;
    await page.waitForFunction(
      (n) => (globalThis as unknown as { __posted: unknown[] }).__posted.length > n,
      messages.length,
    );
  }
}
