// UI end-to-end steps in the real workbench (Playwright + Chromium): what a user sees with the
// packaged extension installed, up to the graph preview's webview (state nodes, click to reveal).
// Each step takes a screenshot. Fixture facts (lines, names) come from client/test/fixtures; keep
// them in sync. The graph steps read their facts from the example file itself.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as L from './lib.mjs';
import { savePicture } from './pictures.mjs';

const LANGUAGE_NAME = 'Amazon States Language (ASL Studio)';
const OUTPUT_CHANNEL = 'ASL Studio';
const EXTENSION_ID = 'asl-studio.asl-studio';
/** The graph preview's example (copied into the workspace's examples/ by run.mjs) and a state in it. */
const GRAPH_EXAMPLE = 'order-processing.asl.json';
const CLICKED_STATE = 'ChargePayment';

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
      await savePicture(p, shots, 'diagnostics', [p.locator(EDITOR_PART), p.locator(PANEL_PART)]);
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
      await savePicture(p, shots, 'completion', [p.locator(EDITOR_PART)]);
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
    await step('Ctrl+K Ctrl+I on a field shows its documentation in a hover', async (p) => {
      await p.locator('.editor-instance .monaco-editor .view-lines').first().click();
      await L.gotoLine(p, 6, 9); // "Type" of the Validate state
      await p.keyboard.press('Control+K');
      await p.keyboard.press('Control+I');
      const hover = p.locator('.monaco-hover:not(.hidden) .hover-contents').first();
      await hover.waitFor({ timeout: 15_000 });
      const text = await hover.innerText();
      assert.match(text, /Pass|Task|Choice/);
      await savePicture(p, shots, 'hover', [p.locator(EDITOR_PART)]);
      return { hover: text.split('\n')[0] };
    });
    await step('Open Graph Preview draws the states of an example in a webview', async (p) => {
      await p.keyboard.press('Escape');
      if (await p.locator('.part.panel').isVisible()) await p.keyboard.press('Control+J'); // room for the graph
      await L.quickOpenFile(p, GRAPH_EXAMPLE, { folder: 'examples' }); // the fixtures hold a copy at the root too
      await L.runCommand(p, 'ASL Studio: Open Graph Preview', { exact: true });
      const nodes = graphNodes(p);
      await nodes.first().waitFor({ timeout: 30_000 });
      const names = await nodes.evaluateAll((els) => els.map((e) => e.getAttribute('data-name')));
      const expected = stateNames(path.join(workspace, 'examples', GRAPH_EXAMPLE));
      assert.deepEqual([...names].sort(), [...expected].sort());
      return { states: names };
    });
    await step('clicking a state in the graph selects its name in the editor', async (p) => {
      await graphNodes(p)
        .and(p.locator(`[data-name="${CLICKED_STATE}"]`))
        .click();
      const line = lineOf(path.join(workspace, 'examples', GRAPH_EXAMPLE), `"${CLICKED_STATE}": {`);
      await p.locator('.editor-instance .monaco-editor .selected-text').first().waitFor({ timeout: 15_000 });
      await readmePicture(p, shots);
      await p.keyboard.press('Control+1'); // focus the text editor (the selection stays) to read the status bar
      const pos = await poll(
        () => L.cursorPosition(p),
        (c) => c?.line === line,
        15_000,
      );
      const selection = await p.locator('#status\\.editor\\.selection').innerText();
      assert.match(selection, /selected/);
      return { cursor: pos, selection };
    });
    await step('moving the cursor in the editor highlights the state in the graph', async (p) => {
      const line = lineOf(path.join(workspace, 'examples', GRAPH_EXAMPLE), '"ValidateOrder": {');
      await L.gotoLine(p, line + 2, 9);
      const node = graphNodes(p).and(p.locator('[data-name="ValidateOrder"]'));
      await poll(
        () => node.getAttribute('class'),
        (c) => /\bcursor\b/.test(c ?? ''),
        15_000,
      );
      return { cursorOn: 'ValidateOrder' };
    });
    await step('the Zoom In and Fit commands act on the preview', async (p) => {
      const drawing = L.webviewContent(p, { extensionId: EXTENSION_ID }).locator('#drawing');
      const scale = async () => Number(/scale\(([\d.]+)\)/.exec((await drawing.getAttribute('style')) ?? '')?.[1]);
      const before = await scale();
      await L.runCommand(p, 'ASL Studio: Graph Preview: Zoom In', { exact: true });
      const zoomed = await poll(scale, (z) => z > before, 15_000);
      await L.runCommand(p, 'ASL Studio: Graph Preview: Fit', { exact: true });
      const fitted = await poll(scale, (z) => z !== zoomed, 15_000);
      return { before, zoomed, fitted };
    });
    for (const [format, signature] of [
      ['svg', '<svg'],
      ['png', '\x89PNG'],
    ])
      await step(`the preview's ${format.toUpperCase()} button saves ${format} next to the definition`, async (p) => {
        const target = path.join(workspace, 'examples', GRAPH_EXAMPLE.replace('.asl.json', `.${format}`));
        await L.webviewContent(p, { extensionId: EXTENSION_ID })
          .locator('button', { hasText: new RegExp(`^${format}$`, 'i') })
          .click();
        const dialog = p.locator('.quick-input-widget'); // code-server's save dialog, the default path filled in
        await dialog.waitFor({ state: 'visible', timeout: 15_000 });
        await p.keyboard.press('Enter');
        const head = await poll(
          () => (fs.existsSync(target) ? fs.readFileSync(target).subarray(0, 200).toString('latin1') : ''),
          (text) => text.includes(signature),
          15_000,
        );
        return { file: path.basename(target), bytes: fs.statSync(target).size, head: head.slice(0, 40) };
      });
    await step('the graph preview comes back after a window reload', async (p) => {
      await p.reload();
      await p.locator('.monaco-workbench .part.editor').waitFor({ timeout: 90_000 });
      await p.locator('.tabs-container .tab', { hasText: `Graph: ${GRAPH_EXAMPLE}` }).waitFor({ timeout: 30_000 });
      const nodes = graphNodes(p);
      await nodes.first().waitFor({ timeout: 90_000 }); // the extension host restarts after the reload
      const names = await nodes.evaluateAll((els) => els.map((e) => e.getAttribute('data-name')));
      assert.ok(names.includes(CLICKED_STATE), JSON.stringify(names));
      return { restoredStates: names.length };
    });
    await debuggerSteps(step, shots);
    await testingSteps(step, shots);
  } finally {
    await close();
  }
  return results;
}

const EDITOR_PART = '.monaco-workbench .part.editor';
const PANEL_PART = '.monaco-workbench .part.panel';

/** The README's graph picture (docs/images/graph-preview.png): the editor area, text and graph. */
const readmePicture = (page, shots) => savePicture(page, shots, 'graph-preview', [page.locator(EDITOR_PART)]);

/** The state nodes inside the graph preview webview (media/ draws each state as `g.node.state[data-name]`). */
function graphNodes(page) {
  return L.webviewContent(page, { extensionId: EXTENSION_ID }).locator('g.node.state');
}

/** Every state name of a definition, nested machines included (top-level "States" objects, recursively). */
function stateNames(file) {
  const names = [];
  const visit = (machine) => {
    for (const [name, state] of Object.entries(machine.States ?? {})) {
      names.push(name);
      for (const branch of state.Branches ?? []) visit(branch);
      if (state.ItemProcessor ?? state.Iterator) visit(state.ItemProcessor ?? state.Iterator);
    }
  };
  visit(JSON.parse(fs.readFileSync(file, 'utf8')));
  return names;
}

/** 1-based line of the first line containing `text`. */
function lineOf(file, text) {
  const index = fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(text));
  assert.ok(index >= 0, `${text} in ${file}`);
  return index + 1;
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

/** 1-based line of `"ChargePayment": {` in client/test/fixtures/order-processing.asl.json. */
const CHARGE_PAYMENT_LINE = 47;

/** The step debugger: breakpoint, "Debug HappyPath" code lens, stop at the breakpoint, state input in Variables. */
async function debuggerSteps(step, shots) {
  await step('F9 sets a breakpoint on a state of order-processing', async (p) => {
    await p.keyboard.press('Escape');
    // the graph preview's tab is also named after order-processing.asl.json: start from no editors
    await L.runCommand(p, 'View: Close All Editors', { exact: true });
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
    // the Variables and Call Stack views beside the stopped editor (not the whole window: 150 KB at most)
    const views = ['.debug-variables', '.debug-call-stack', EDITOR_PART].map((css) => p.locator(css));
    await savePicture(p, shots, 'debugging', views);
    return { variables: await rows.evaluateAll((els) => els.map((e) => e.textContent).slice(0, 6)) };
  });
  await step('the graph preview draws the stopped execution (states passed, the current one)', async (p) => {
    await L.runCommand(p, 'ASL Studio: Open Graph Preview', { exact: true });
    const node = (name) => graphNodes(p).and(p.locator(`[data-name="${name}"]`));
    const classes = async () => ({
      current: (await node('ChargePayment').getAttribute('class')) ?? '',
      passed: (await node('ValidateOrder').getAttribute('class')) ?? '',
    });
    const seen = await poll(
      () => classes().catch(() => ({ current: '', passed: '' })),
      (c) => /\brun-active\b/.test(c.current) && /\brun-succeeded\b/.test(c.passed),
      30_000,
    );
    await savePicture(p, shots, 'graph-execution', [p.locator(EDITOR_PART)]);
    return seen;
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

/** The Testing view: the fixture's and the examples' test files are listed; Run All Tests runs them and they pass. */
async function testingSteps(step, shots) {
  await step('the Testing view lists the test files and their cases', async (p) => {
    await L.runCommand(p, 'View: Show Testing', { exact: true });
    const tree = p.locator('.test-explorer .monaco-list-row');
    const file = tree.filter({ hasText: 'orders.asl.test.yaml' }).first();
    await file.waitFor({ timeout: 45_000 });
    if ((await file.getAttribute('aria-expanded')) !== 'true') await file.locator('.monaco-tl-twistie').click();
    await tree.filter({ hasText: 'Invalid order' }).first().waitFor({ timeout: 30_000 });
    return { rows: (await tree.allInnerTexts()).map((t) => t.split('\n')[0]) };
  });
  await step('Run All Tests runs them with asl test and they pass', async (p) => {
    await L.runCommand(p, 'Test: Run All Tests', { exact: true });
    const passed = p
      .locator('.test-explorer .monaco-list-row', { hasText: 'Invalid order' })
      .locator('.codicon-testing-passed-icon');
    await passed.first().waitFor({ timeout: 90_000 });
    const failed = await p
      .locator('.test-explorer .codicon-testing-failed-icon, .test-explorer .codicon-testing-error-icon')
      .count();
    assert.equal(failed, 0, 'no test failed or errored');
    await testingPicture(p, shots);
    return { passedIcons: await p.locator('.test-explorer .codicon-testing-passed-icon').count() };
  });
}

/** The README's Testing view picture (copy it to docs/images/testing.png): the sidebar with results and the editor. */
async function testingPicture(page, shots) {
  if (!shots) return;
  await page.screenshot({ path: path.join(shots, 'testing.png') });
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
