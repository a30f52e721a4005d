// UI end-to-end steps in the real workbench (Playwright + Chromium): what a user sees with the
// packaged extension installed. Each step takes a screenshot. Fixture facts (lines, names) come
// from client/test/fixtures; keep them in sync.
import assert from 'node:assert/strict';
import * as L from './lib.mjs';

const LANGUAGE_NAME = 'Amazon States Language (ASL Studio)';
const OUTPUT_CHANNEL = 'ASL Studio';

/** Runs every step in order (a failed step stops the rest); returns [{ name, ok, info }]. */
export async function runUiTests({ csUrl, workspace, userDataDir, shots, log = console.log }) {
  const { page, close } = await L.launchBrowser();
  const results = [];
  const step = async (name, fn) => {
    if (results.some((r) => !r.ok)) return;
    const started = Date.now();
    const tag = String(results.length + 1).padStart(2, '0');
    try {
      const info = await fn(page);
      const shot = await L.screenshot(page, shots, `ui-${tag}-${name.replace(/\W+/g, '-')}`);
      results.push({ name, ok: true });
      log(`ok ui ${tag} - ${name} (${Date.now() - started} ms)${info ? ` ${JSON.stringify(info)}` : ''}\n   ${shot}`);
    } catch (err) {
      const shot = await L.screenshot(page, shots, `ui-${tag}-FAILED-${name.replace(/\W+/g, '-')}`).catch(
        () => 'no screenshot',
      );
      results.push({ name, ok: false });
      log(`not ok ui ${tag} - ${name}: ${String(err.message).split('\n')[0]}\n   ${shot}`);
    }
  };
  try {
    await step('workbench loads', (p) => L.openWorkbench(p, L.workbenchUrl(csUrl, { folder: workspace })));
    await step('an .asl.json file opens in the ASL Studio language', async (p) => {
      await L.quickOpenFile(p, 'valid.asl.json');
      const mode = p.locator('#status\\.editor\\.mode');
      await mode.filter({ hasText: LANGUAGE_NAME }).waitFor({ timeout: 15_000 });
      return { languageMode: (await mode.innerText()).trim() };
    });
    await step('the extension activates and the language server starts', async () => {
      const text = await poll(
        () => L.readOutputChannel(userDataDir, OUTPUT_CHANNEL),
        (t) => t.includes('Language server started'),
        45_000,
      );
      return { outputChannel: text.trim().split('\n').slice(-1)[0] };
    });
    await step('the grammar scopes ASL fields', (p) =>
      inspectScopes(p, { line: 6, column: 9, expect: 'keyword.other.field.asl' }),
    );
    await step('a diagnostic appears in the Problems panel', async (p) => {
      await p.keyboard.press('Escape');
      await L.quickOpenFile(p, 'broken.asl.json');
      await p.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 30_000 });
      const problems = await L.readProblems(p, { waitFor: 'Shipp' });
      assert.ok(
        problems.some((t) => t.includes('Shipp')),
        JSON.stringify(problems),
      );
      return { problems: problems.filter((t) => t.includes('Shipp')) };
    });
    await step('Ctrl+Space in an empty Next value lists state names', async (p) => {
      await L.quickOpenFile(p, 'completion.asl.json');
      await p.locator('.editor-instance .monaco-editor .view-lines').first().click();
      await L.gotoLine(p, 7, 16);
      const labels = await L.triggerCompletion(p, { waitFor: 'Second' });
      for (const name of ['Second', 'Third'])
        assert.ok(
          labels.some((l) => l.includes(name)),
          JSON.stringify(labels),
        );
      return { labels }; // the list stays open for the screenshot
    });
    await step('F12 on a Next value goes to the state', async (p) => {
      await p.keyboard.press('Escape');
      await L.quickOpenFile(p, 'valid.asl.json');
      await p.locator('.editor-instance .monaco-editor .view-lines').first().click();
      await L.gotoLine(p, 7, 17);
      await p.keyboard.press('F12');
      const pos = await poll(
        () => L.cursorPosition(p),
        (c) => c?.line === 9,
        15_000,
      );
      return { cursor: pos };
    });
    await debuggerSteps(step);
  } finally {
    await close();
  }
  return results;
}

/** 1-based line of `"ChargePayment": {` in client/test/fixtures/order-processing.asl.json. */
const CHARGE_PAYMENT_LINE = 47;

/** The step debugger: breakpoint, "Debug HappyPath" code lens, stop at the breakpoint, state input in Variables. */
async function debuggerSteps(step) {
  await step('F9 sets a breakpoint on a state of order-processing', async (p) => {
    await p.keyboard.press('Escape');
    await L.quickOpenFile(p, 'order-processing.asl.json');
    await p.locator('.editor-instance .monaco-editor .view-lines').first().click();
    await L.gotoLine(p, CHARGE_PAYMENT_LINE, 5);
    await p.keyboard.press('F9');
    await p.locator('.monaco-editor .codicon-debug-breakpoint').first().waitFor({ timeout: 15_000 });
  });
  await step('the Debug HappyPath code lens starts a session that stops at the breakpoint', async (p) => {
    await L.gotoLine(p, 1, 1); // the lenses sit above StartAt (line 3)
    const lens = p.locator('.monaco-editor .codelens-decoration a', { hasText: 'Debug HappyPath' }).first();
    await lens.waitFor({ timeout: 30_000 });
    await lens.click();
    const frame = p.locator('.debug-call-stack .monaco-list-row', { hasText: 'ChargePayment' }).first();
    await frame.waitFor({ timeout: 45_000 });
    await p.locator('.monaco-editor .debug-top-stack-frame-line').first().waitFor({ timeout: 15_000 });
    return { callStack: (await p.locator('.debug-call-stack .monaco-list-row').first().innerText()).split('\n')[0] };
  });
  await step('the Variables view shows the state input', async (p) => {
    const rows = p.locator('.debug-variables .monaco-list-row');
    await rows.first().waitFor({ timeout: 15_000 });
    const orderId = rows.filter({ hasText: 'ord-1001' }).first();
    if (!(await orderId.isVisible().catch(() => false))) await expandInputScope(p, rows);
    await orderId.waitFor({ timeout: 15_000 });
    return { variables: await rows.evaluateAll((els) => els.map((e) => e.textContent).slice(0, 6)) };
  });
  await step('Shift+F5 ends the session', async (p) => {
    await p.keyboard.press('Shift+F5');
    await p.locator('.debug-toolbar').waitFor({ state: 'hidden', timeout: 15_000 });
  });
  await step('Debug State Machine without mocks waits for the task token of callback-approval', async (p) => {
    await L.quickOpenFile(p, 'callback-approval.asl.json');
    await runCommandThenPick(p, 'ASL Studio: Debug State Machine', '(no mock file)');
    await p.locator('.pane-header', { hasText: 'Waiting for a task token' }).first().waitFor({ timeout: 45_000 });
  });
  await step('Send Task Success checks the JSON as typed, then the execution runs to its end', async (p) => {
    await L.runCommand(p, 'ASL Studio: Send Task Success');
    const box = p.locator('.quick-input-widget');
    await box.waitFor({ state: 'visible', timeout: 15_000 });
    await p.keyboard.press('Control+A');
    await p.keyboard.type('{approved: true}', { delay: 10 });
    const message = box.locator('.quick-input-message', { hasText: 'Not valid JSON' });
    await message.waitFor({ timeout: 15_000 });
    const shown = (await message.innerText()).trim();
    await p.keyboard.press('Control+A');
    await p.keyboard.type('{"approved": true, "approver": "e2e@example.com"}', { delay: 5 });
    await p.keyboard.press('Enter');
    await p.locator('.debug-toolbar').waitFor({ state: 'hidden', timeout: 30_000 });
    await p.locator('.repl', { hasText: 'e2e@example.com' }).first().waitFor({ timeout: 15_000 });
    return { validation: shown };
  });
}

/** Runs a palette command that opens a quick pick of its own, and clicks that pick's row containing `label`. */
async function runCommandThenPick(page, title, label) {
  const widget = page.locator('.quick-input-widget');
  await page.keyboard.press('F1');
  await widget.waitFor({ state: 'visible' });
  await page.keyboard.type(title, { delay: 10 });
  await widget
    .locator('.monaco-list-row', { has: page.locator('.label-name', { hasText: title }) })
    .first()
    .click();
  const row = widget.locator('.monaco-list-row', { hasText: label }).first();
  await row.waitFor({ timeout: 30_000 });
  await row.click();
  await widget.waitFor({ state: 'hidden', timeout: 15_000 });
}

/** Expands the State scope's "Input" variable (the adapter's name for the state input) when it is closed. */
async function expandInputScope(page, rows) {
  const input = rows.filter({ hasText: /^\s*Input\b/ }).first();
  await input.waitFor({ timeout: 15_000 });
  if ((await input.getAttribute('aria-expanded')) !== 'true') await input.click();
}

/** Puts the cursor on line:column and reads the scopes from "Inspect Editor Tokens and Scopes". */
async function inspectScopes(page, { line, column, expect }) {
  await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
  await L.gotoLine(page, line, column);
  await L.runCommand(page, 'Developer: Inspect Editor Tokens and Scopes');
  const widget = page.locator('.token-inspect-widget');
  await widget.filter({ hasText: expect }).waitFor({ timeout: 15_000 });
  const text = await widget.innerText(); // the widget stays open for the screenshot
  return { token: text.split('\n')[0], scope: expect };
}

async function poll(probe, accept, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (accept(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out; last value: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
