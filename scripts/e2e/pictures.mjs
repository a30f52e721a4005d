// The README's pictures, taken by the UI steps (scripts/e2e/ui.mjs) into <shots>/readme/<name>.png
// and copied to docs/images/ by `npm run screenshots`. Each is cropped to the union of the parts of
// the workbench that show the feature, so it stays small (docs/images/*.png: 150 KB at most).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

export const PICTURE_DIR = 'readme';

/** Saves `name`.png cropped to the union of the boxes of `locators` (each must be visible). */
export async function savePicture(page, shots, name, locators) {
  const boxes = [];
  for (const locator of locators) {
    const box = await locator.first().boundingBox();
    assert.ok(box, `${name}: ${locator} is on screen`);
    boxes.push(box);
  }
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  const dir = path.join(shots, PICTURE_DIR);
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file, clip: { x, y, width: right - x, height: bottom - y } });
  return file;
}
