#!/usr/bin/env node
// Renders images/icon.svg to images/icon.png (128x128, the Marketplace icon) in headless Chromium
// (playwright-core, /usr/bin/chromium or CHROMIUM). Run after editing the SVG; commit both files.
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser } from './e2e/lib.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const svg = fs.readFileSync(path.join(ROOT, 'images/icon.svg'), 'utf8');
const { page, close } = await launchBrowser({ viewport: { width: 128, height: 128 } });
try {
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page.locator('svg').screenshot({ path: path.join(ROOT, 'images/icon.png'), omitBackground: true });
} finally {
  await close();
}
console.log('images/icon.png written');
