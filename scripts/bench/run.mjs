// Runs every benchmark in scripts/bench/: each TypeScript file compiled to out/scripts/bench/ by
// `npm run compile-tests`, and each plain .mjs file, except helper modules (files that another
// bench file imports) and this runner. Usage: node scripts/bench/run.mjs [substring-filter ...]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { spawnSync } from 'node:child_process';

const SRC = 'scripts/bench';
const OUT = 'out/scripts/bench';
const sources = readdirSync(SRC).filter((f) => /\.(ts|mjs)$/.test(f) && f !== 'run.mjs' && !f.endsWith('.d.ts'));
const stem = (f) => f.replace(/\.(ts|mjs|js)$/, '');
const runnable = (f) => (f.endsWith('.ts') ? join(OUT, stem(f) + '.js') : join(SRC, f));
const helpers = new Set();
for (const f of sources) {
  const file = runnable(f);
  if (!existsSync(file)) continue;
  for (const m of readFileSync(file, 'utf8').matchAll(/(?:require\(|from\s+)["']\.\/([^"']+)["']/g))
    helpers.add(stem(basename(m[1])));
}
const filters = process.argv.slice(2);
const entries = sources
  .filter((f) => !helpers.has(stem(f)))
  .map(runnable)
  .filter((f) => filters.length === 0 || filters.some((s) => f.includes(s)))
  .sort();
const missing = entries.filter((f) => !existsSync(f));
if (entries.length === 0 || missing.length > 0) {
  console.error(`bench: nothing to run or not compiled (${missing.join(', ')}); run npm run compile-tests`);
  process.exit(1);
}
let status = 0;
for (const file of entries) {
  console.log(`\n=== ${file} ===`);
  const result = spawnSync(process.execPath, [file], { stdio: 'inherit' });
  status ||= result.status ?? 1;
}
process.exit(status);
