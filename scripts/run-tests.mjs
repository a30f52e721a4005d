// Runs every compiled Node test (out/**/*.test.js) with Node's built-in test runner.
// Node 20 takes no glob arguments to --test, so the file list is collected here.
// Usage: node scripts/run-tests.mjs [substring-filter ...]
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function collect(dir) {
  let files = [];
  for (const entry of readdirSync(dir)) {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) files = files.concat(collect(full));
    else if (entry.endsWith('.test.js')) files.push(full);
  }
  return files;
}

const filters = process.argv.slice(2);
const files = collect('out')
  .filter((f) => filters.length === 0 || filters.some((s) => f.includes(s)))
  .sort();
if (files.length === 0) {
  console.error('run-tests: no test files found under out/ (did compile-tests run?)');
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--test', '--test-concurrency=2', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
