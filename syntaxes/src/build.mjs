// Regenerates syntaxes/asl.tmLanguage.json and syntaxes/asl-yaml.tmLanguage.json from the
// sources in this folder. Usage: node syntaxes/src/build.mjs [--check]
// --check exits 1 when a committed grammar differs from what the sources generate.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonGrammar } from './json.mjs';
import { yamlGrammar } from './yaml.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outputs = { 'asl.tmLanguage.json': jsonGrammar(), 'asl-yaml.tmLanguage.json': yamlGrammar() };
const check = process.argv.includes('--check');
let stale = 0;
for (const [file, grammar] of Object.entries(outputs)) {
  const text = JSON.stringify(grammar, null, 2) + '\n';
  const path = join(root, file);
  if (check) {
    let old = '';
    try {
      old = readFileSync(path, 'utf8');
    } catch {
      /* missing counts as stale */
    }
    if (old !== text) {
      console.error(`stale: syntaxes/${file} (run node syntaxes/src/build.mjs)`);
      stale++;
    }
  } else {
    writeFileSync(path, text);
    console.log(`wrote syntaxes/${file}`);
  }
}
process.exit(stale ? 1 : 0);
