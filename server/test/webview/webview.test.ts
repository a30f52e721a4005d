/*
 * The graph preview webview in headless Chromium: the BUILT bundle (media/dist/graph.js) under the
 * extension's strict CSP with a stubbed acquireVsCodeApi. Drawing, reveal on click and Enter, the
 * cursor, updates, the stale marker, the execution overlay and its side panel, zoom state, search
 * and export. Needs /usr/bin/chromium (or CHROMIUM=...): fails with a clear message without it.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import {
  persisted,
  posted,
  send,
  startBrowser,
  violations,
  waitForPosted,
  workersStarted,
  type Browser,
} from './harness';
import { graphMessage, graphOfText } from './fixtures';
import type { ExecutionOverlay } from '../../src/debugProtocol';

const ORDER = 'examples/order-processing.asl.json';
const ORDER_TEXT = readFileSync(ORDER, 'utf8');
let browser: Browser;

before(async () => {
  browser = await startBrowser();
});
after(async () => {
  await browser?.close();
});

async function opened(path = ORDER): Promise<Page> {
  const page = await browser.open();
  await send(page, await graphMessage(path));
  await page.waitForSelector('.node.state');
  return page;
}

const nodeCount = (page: Page) => page.locator('.node.state').count();
const node = (page: Page, name: string) => page.locator(`.node.state[data-name="${name}"]`);

test('draws every state and edge of a fixture, under the strict CSP', async () => {
  const page = await opened();
  const message = await graphMessage(ORDER);
  assert.equal(await nodeCount(page), message.graph.states.length);
  const transitions = await page.locator('.edge.k-next, .edge.k-choice, .edge.k-default, .edge.k-catch').count();
  assert.equal(transitions, message.graph.edges.length);
  assert.equal(await page.locator('.edge-label.k-default').count(), 1);
  assert.equal(await page.locator('.edge.k-catch').count(), 3);
  assert.equal(await page.locator('#banner').isHidden(), true);
  assert.deepEqual(await violations(page), []);
  await page.close();
});

test('a click or Enter on a node posts reveal; a cursor message highlights its node', async () => {
  const page = await opened();
  await node(page, 'ShipOrder').click();
  await waitForPosted(page, (m) => m.type === 'reveal' && m.stateId === 'root/ShipOrder');
  await node(page, 'IsOrderValid').focus();
  await page.keyboard.press('Enter');
  await waitForPosted(page, (m) => m.type === 'reveal' && m.stateId === 'root/IsOrderValid');
  await send(page, { type: 'cursor', stateId: 'root/ChargePayment' });
  await page.waitForSelector('.node.cursor[data-name="ChargePayment"]');
  assert.equal(await page.locator('.node.cursor').count(), 1);
  await send(page, { type: 'cursor' });
  await page.waitForSelector('.node.cursor', { state: 'detached' });
  await page.close();
});

test('a click on a reference to a shared Catch handler focuses the handler itself', async () => {
  const task = (next: string) =>
    `{"Type":"Task","Resource":"x","Next":"${next}","Catch":[{"ErrorEquals":["States.ALL"],"Next":"Oops"}]}`;
  const text = `{"StartAt":"A","States":{"A":${task('B')},"B":${task('C')},"C":${task('D')},"D":{"Type":"Succeed"},"Oops":{"Type":"Fail"}}}`;
  const page = await browser.open();
  await send(page, await graphMessage('shared.asl.json', graphOfText(text)));
  await page.waitForSelector('.node.handler-ref');
  assert.equal(await page.locator('.node.handler-ref').count(), 3);
  await page.locator('.node.handler-ref').first().click();
  await page.waitForFunction("document.activeElement?.getAttribute('data-name') === 'Oops'");
  await page.close();
});

test('an update re-renders; a broken document keeps the last graph with a stale marker', async () => {
  const page = await opened();
  const renamedText = ORDER_TEXT.replace(/ShipOrder/g, 'ShipParcel');
  const renamed = graphOfText(renamedText);
  await send(page, await graphMessage(ORDER, renamed));
  await node(page, 'ShipParcel').waitFor();
  assert.equal(await workersStarted(page), 0, 'the page lays nothing out: the extension sends layouts');
  assert.equal(await node(page, 'ShipOrder').count(), 0);
  const broken = graphOfText(renamedText.slice(0, renamedText.indexOf('"ShipParcel": {')));
  assert.ok(broken.syntaxErrors > 0 && broken.states.length < renamed.states.length);
  await send(page, await graphMessage(ORDER, broken));
  await page.locator('#banner').getByText('Stale').waitFor();
  assert.equal(await nodeCount(page), renamed.states.length, 'the last good graph stays');
  assert.ok(await page.locator('#canvas.stale').isVisible());
  await send(page, await graphMessage(ORDER));
  await node(page, 'ShipOrder').waitFor();
  await page.locator('#banner').waitFor({ state: 'hidden' });
  await page.close();
});

test('a first graph with syntax errors is drawn as it is, marked incomplete', async () => {
  const page = await browser.open();
  await send(page, await graphMessage(ORDER, graphOfText(ORDER_TEXT.slice(0, 900))));
  await page.locator('#banner').getByText('may be incomplete').waitFor();
  await page.waitForSelector('.node.state');
  assert.ok((await nodeCount(page)) > 0);
  await page.close();
});

test('a severity-only change redraws in place and marks the state', async () => {
  const page = await opened();
  const before = await node(page, 'ShipOrder').getAttribute('transform');
  const withError = graphOfText(ORDER_TEXT.replace('"Type": "Succeed"', '"Type": "Succeed", "Bogus": 1'));
  await send(page, await graphMessage(ORDER, withError));
  await page.locator('.node.sev-error[data-name="OrderCompleted"]').waitFor();
  assert.equal(await node(page, 'ShipOrder').getAttribute('transform'), before);
  await page.close();
});

/** Marks every drawn element (a property, not an attribute: invisible in the markup). */
const markDrawn = (page: Page) =>
  page.evaluate("for (const e of document.querySelectorAll('#drawing > g > *')) e.kept = 1");
/** The data-name (or tag) of each drawn element that was not marked. */
const newlyDrawn = (page: Page): Promise<string[]> =>
  page.evaluate(
    "Array.from(document.querySelectorAll('#drawing > g > *')).filter((e) => e.kept !== 1)" +
      ".map((e) => e.getAttribute('data-name') ?? e.tagName)",
  );
const drawingMarkup = (page: Page): Promise<string> => page.evaluate("document.getElementById('drawing').innerHTML");

test('an update keeps the elements of unchanged items, redraws the changed state, and equals a fresh drawing', async () => {
  const page = await opened();
  await markDrawn(page);
  const withError = graphOfText(ORDER_TEXT.replace('"Type": "Succeed"', '"Type": "Succeed", "Bogus": 1'));
  await send(page, await graphMessage(ORDER, withError));
  await page.locator('.node.sev-error[data-name="OrderCompleted"]').waitFor();
  assert.deepEqual(await newlyDrawn(page), ['OrderCompleted'], 'only the changed state is drawn anew');
  const renamed = graphOfText(ORDER_TEXT.replace(/ShipOrder/g, 'ShipParcel'));
  await send(page, await graphMessage(ORDER, renamed));
  await node(page, 'ShipParcel').waitFor();
  assert.equal(await node(page, 'ShipOrder').count(), 0);
  const fresh = await browser.open();
  await send(fresh, await graphMessage(ORDER, renamed));
  await node(fresh, 'ShipParcel').waitFor();
  assert.equal(await drawingMarkup(page), await drawingMarkup(fresh), 'the updated drawing is the fresh one');
  await fresh.close();
  await page.close();
});

const OVERLAY: ExecutionOverlay = {
  definitionPath: '/w/order-processing.asl.json',
  source: 'run',
  status: 'FAILED',
  current: ['ChargePayment'],
  path: ['ValidateOrder', 'IsOrderValid', 'ChargePayment'],
  states: [
    { name: 'ValidateOrder', status: 'succeeded', entered: 1, retries: 2, input: '{"order":1}', output: '{"ok":true}' },
    { name: 'IsOrderValid', status: 'succeeded', entered: 1, retries: 0 },
    { name: 'ChargePayment', status: 'caught', entered: 1, retries: 0, error: 'PaymentDeclined' },
  ],
};

test('the execution overlay marks states, shows badges and the visited state input/output panel', async () => {
  const page = await opened();
  await send(page, { type: 'execution', overlay: OVERLAY });
  await page.locator('.node.run-succeeded[data-name="ValidateOrder"]').waitFor();
  assert.ok(await page.locator('.node.run-caught.run-active[data-name="ChargePayment"]').count());
  assert.ok(await page.locator('.node.run-not-visited[data-name="ShipOrder"]').count());
  assert.match((await node(page, 'ValidateOrder').locator('.run-badge').textContent()) ?? '', /↻2/);
  assert.match((await node(page, 'ChargePayment').locator('.run-badge').textContent()) ?? '', /PaymentDeclined/);
  await node(page, 'ValidateOrder').click();
  await page.locator('#panel').getByText('"order": 1').waitFor();
  assert.match((await page.locator('#panel').textContent()) ?? '', /"ok": true/);
  await page.keyboard.press('Escape');
  await page.locator('#panel').waitFor({ state: 'hidden' });
  await send(
    page,
    await graphMessage(ORDER, graphOfText(ORDER_TEXT.replace('"Type": "Succeed"', '"Type": "Succeed", "X": 1'))),
  );
  await page.locator('.node.sev-error[data-name="OrderCompleted"]').waitFor();
  assert.ok(await page.locator('.node.run-succeeded[data-name="ValidateOrder"]').count(), 'kept across redraws');
  await send(page, { type: 'execution' });
  await page.locator('.run-badge').first().waitFor({ state: 'detached' });
  assert.equal(await page.locator('.run-visited').count(), 0);
  await page.close();
});

test('zoom keys and fit change the saved view state; a reload restores it', async () => {
  const page = await opened();
  const fitted = await persisted(page);
  assert.equal(fitted.uri, 'file:///' + ORDER);
  await page.locator('#canvas').focus();
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  const zoomed = await persisted(page);
  assert.ok(Math.abs(zoomed.zoom - fitted.zoom * 1.5625) < 1e-9, `${zoomed.zoom} vs ${fitted.zoom}`);
  await page.keyboard.press('0');
  assert.equal((await persisted(page)).zoom, fitted.zoom);
  await page.close();
  const reloaded = await browser.open({ initialState: zoomed });
  await send(reloaded, await graphMessage(ORDER));
  await reloaded.waitForSelector('.node.state');
  assert.deepEqual(await persisted(reloaded), zoomed);
  await reloaded.close();
});

test('below 25% zoom the labels are not drawn; zooming in draws them', async () => {
  const states = Array.from(
    { length: 60 },
    (_, i) => `"S${i}":{"Type":"Pass",${i < 59 ? `"Next":"S${i + 1}"` : '"End":true'}}`,
  );
  const text = `{"StartAt":"S0","States":{${states.join(',')}}}`;
  const page = await browser.open();
  await send(page, await graphMessage('chain.asl.json', graphOfText(text)));
  await page.waitForSelector('.node.state');
  const label = page.locator('.node.state[data-name="S0"] text.name');
  const fitted = (await persisted(page)).zoom;
  assert.ok(fitted < 0.25, `fit zoom ${fitted}`);
  assert.equal(await page.locator('#canvas.far').count(), 1);
  assert.equal(await label.isVisible(), false);
  await page.locator('#canvas').focus();
  while ((await persisted(page)).zoom < 0.25) await page.keyboard.press('+');
  await label.waitFor({ state: 'visible' });
  assert.equal(await label.textContent(), 'S0');
  assert.equal(await page.locator('#canvas.far').count(), 0);
  await page.keyboard.press('0');
  await label.waitFor({ state: 'hidden' });
  await page.keyboard.press('/'); // a jump to a state shows it readable
  await page.keyboard.type('S42');
  await page.keyboard.press('Enter');
  await page.locator('.node.state[data-name="S42"] text.name').waitFor({ state: 'visible' });
  assert.equal((await persisted(page)).zoom, 1);
  await page.close();
});

test('the minimap shows a large drawing and the view; a click on it centres the view there', async () => {
  const page = await opened();
  await page.keyboard.press('0'); // fit: everything in view, no minimap
  await page.waitForSelector('#minimap.hidden', { state: 'attached' });
  for (let i = 0; i < 6; i++) await page.keyboard.press('+');
  await page.waitForSelector('#minimap:not(.hidden)');
  assert.equal(await page.locator('#minimap .minimap-node').count(), (await graphMessage(ORDER)).graph.states.length);
  const before = await persisted(page);
  const map = page.locator('#minimap');
  const box = await map.boundingBox();
  assert.ok(box !== null);
  await map.click({ position: { x: 2, y: box.height - 2 } }); // the bottom-left corner of the drawing
  await page.waitForFunction(
    (y) => (globalThis as unknown as { __state: { scrollY: number } }).__state.scrollY > y,
    before.scrollY,
  );
  const view = page.locator('#minimap .minimap-view');
  assert.ok(Number(await view.getAttribute('y')) > 0, 'the view rectangle moved down');
  await page.close();
});

test('search marks matches and Enter focuses the next one', async () => {
  const page = await opened();
  await page.keyboard.press('/');
  await page.keyboard.type('order');
  assert.equal(await page.locator('.node.match').count(), 6);
  await page.keyboard.press('Enter');
  const focused = await page.evaluate('document.activeElement.dataset.name');
  assert.equal(focused, 'ValidateOrder');
  assert.equal(await page.locator('#search-count').textContent(), '1 of 6');
  await page.close();
});

test('export posts standalone SVG text and a PNG data URL', async () => {
  const page = await opened();
  await send(page, { type: 'action', action: 'exportSvg' });
  const svg = await waitForPosted(page, (m) => m.type === 'export' && m.format === 'svg');
  assert.match(
    String(svg.data),
    /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[\s\S]*<style>[\s\S]*data-name="ShipOrder"/,
  );
  assert.ok(!String(svg.data).includes('var(--vscode'), 'colours resolved');
  await page.locator('button[data-action="exportPng"]').click();
  const png = await waitForPosted(page, (m) => m.type === 'export' && m.format === 'png');
  assert.match(String(png.data), /^data:image\/png;base64,iVBOR/);
  assert.ok(String(png.data).length > 5000);
  assert.deepEqual(
    (await posted(page)).filter((m) => m.type === 'error'),
    [],
  );
  assert.deepEqual(await violations(page), []);
  await page.close();
});
