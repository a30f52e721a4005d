#!/usr/bin/env node
// `npm run screenshots`: refreshes the README's pictures. Runs the UI end-to-end steps
// (scripts/e2e/run.mjs --only ui: code-server + Chromium, offline), copies the pictures they take
// (<shots>/readme/*.png, cropped) into docs/images/ after checking each is at most 150 KB, and draws
// every example's graph with `asl graph --format svg` into docs/images/examples/<name>.svg.
// Usage: npm run screenshots [-- --no-package] [-- --svg-only]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PICTURE_DIR } from './e2e/pictures.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const IMAGES = path.join(ROOT, 'docs/images');
const MAX_BYTES = 150 * 1024;
const args = process.argv.slice(2);

function run(command, commandArgs, env = {}) {
  const r = spawnSync(command, commandArgs, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed (exit code ${r.status})`);
}

/** Every examples/*.asl.json drawn by the CLI (the graph preview's own layout and SVG renderer). */
function drawExamples() {
  const out = path.join(IMAGES, 'examples');
  fs.mkdirSync(out, { recursive: true });
  const cli = path.join(ROOT, 'dist/cli.js');
  if (!fs.existsSync(cli)) run('npm', ['run', '-s', 'build']);
  for (const file of fs
    .readdirSync(path.join(ROOT, 'examples'))
    .filter((f) => f.endsWith('.asl.json'))
    .sort()) {
    const name = file.replace(/\.asl\.json$/, '');
    run(process.execPath, [
      cli,
      'graph',
      path.join('examples', file),
      '--format',
      'svg',
      '-o',
      path.join(out, `${name}.svg`),
    ]);
    console.log(`screenshots: docs/images/examples/${name}.svg`);
  }
}

function takePictures() {
  const shots = fs.mkdtempSync(path.join(os.tmpdir(), 'asl-studio-screenshots-'));
  const e2eArgs = ['scripts/e2e/run.mjs', '--only', 'ui', ...(args.includes('--no-package') ? ['--no-package'] : [])];
  run(process.execPath, e2eArgs, { E2E_SHOTS: shots });
  const taken = fs.readdirSync(path.join(shots, PICTURE_DIR)).filter((f) => f.endsWith('.png'));
  const tooBig = taken.filter((f) => fs.statSync(path.join(shots, PICTURE_DIR, f)).size > MAX_BYTES);
  if (tooBig.length)
    throw new Error(`pictures over ${MAX_BYTES / 1024} KB (crop them in ui.mjs): ${tooBig.join(', ')}`);
  for (const f of taken) {
    fs.copyFileSync(path.join(shots, PICTURE_DIR, f), path.join(IMAGES, f));
    console.log(`screenshots: docs/images/${f} (${(fs.statSync(path.join(IMAGES, f)).size / 1024).toFixed(0)} KB)`);
  }
  fs.rmSync(shots, { recursive: true, force: true });
}

try {
  drawExamples();
  if (!args.includes('--svg-only')) takePictures();
} catch (err) {
  console.error(`screenshots: ${err.message}`);
  process.exit(1);
}
