/*
 * The graph preview's `coverage` message (the Testing view's last coverage run) in headless
 * Chromium on the built bundle: the unreached states get `test-uncovered`, kept across a redraw,
 * and an empty message clears them.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { send, startBrowser, violations, type Browser } from './harness';
import { graphMessage, graphOfText } from './fixtures';

const ORDER = 'examples/order-processing.asl.json';
let browser: Browser;

before(async () => {
  browser = await startBrowser();
});
after(async () => {
  await browser?.close();
});

test('unreached states are marked, kept across a redraw, and cleared', async () => {
  const page = await browser.open();
  await send(page, await graphMessage(ORDER));
  await page.waitForSelector('.node.state');
  await send(page, { type: 'coverage', uncovered: ['NotifyFailure', 'OrderFailed'] });
  await page.locator('.node.test-uncovered[data-name="NotifyFailure"]').waitFor();
  const marked = () =>
    page.locator('.node.test-uncovered').evaluateAll((els) => els.map((e) => e.getAttribute('data-name')).sort());
  assert.deepEqual(await marked(), ['NotifyFailure', 'OrderFailed']);
  const text = readFileSync(ORDER, 'utf8').replace('"Type": "Succeed"', '"Type": "Succeed", "X": 1');
  await send(page, await graphMessage(ORDER, graphOfText(text)));
  await page.locator('.node.sev-error[data-name="OrderCompleted"]').waitFor();
  assert.deepEqual(await marked(), ['NotifyFailure', 'OrderFailed'], 'kept across redraws');
  await send(page, { type: 'coverage' });
  await page.locator('.node.test-uncovered').first().waitFor({ state: 'detached' });
  assert.deepEqual(await violations(page), []);
  await page.close();
});
