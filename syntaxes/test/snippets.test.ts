// Snippet checks: every snippet is well formed, and each one, expanded with its default
// placeholder values, is valid JSON / YAML (state snippets are wrapped in a States object).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ROOT } from './tokenize';

interface Snippet {
  prefix: string;
  description: string;
  body: string[];
}

function load(file: string): Record<string, Snippet> {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'snippets', file), 'utf8')) as Record<string, Snippet>;
}

/** Expands VS Code snippet syntax with default values: ${1:x} → x, ${1|a,b|} → a, $0 → ''. */
function expand(body: string[]): string {
  let text = body.join('\n');
  text = text.replace(/\$\{\d+:((?:\\\}|[^}])*)\}/g, '$1'); // defaults may hold an escaped }, no nesting
  return text
    .replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1')
    .replace(/\$\d+/g, '')
    .replace(/\\([$}\\])/g, '$1');
}

for (const [file, format] of [
  ['asl.json', 'json'],
  ['asl-yaml.json', 'yaml'],
] as const) {
  test(`snippets/${file}: well formed, unique prefixes`, () => {
    const snippets = Object.values(load(file));
    assert.ok(snippets.length >= 10);
    for (const s of snippets) {
      assert.match(s.prefix, /^asl-[a-z-]+$/);
      assert.ok(s.description.length > 0 && s.body.length > 0, s.prefix);
    }
    assert.equal(new Set(snippets.map((s) => s.prefix)).size, snippets.length);
  });

  test(`snippets/${file}: each expands to valid ${format.toUpperCase()}`, () => {
    for (const [name, s] of Object.entries(load(file))) {
      const text = expand(s.body);
      const doc = format === 'json' ? wrapJson(text) : text;
      try {
        if (format === 'json') JSON.parse(doc);
        else parseYaml(doc, { strict: true });
      } catch (err) {
        assert.fail(`${name}: ${String(err)}\n${doc}`);
      }
    }
  });
}

/** Machine and rule snippets are whole values; member snippets ("Name": ...) need an object. */
function wrapJson(text: string): string {
  return text.startsWith('{') ? text : `{${text}}`;
}

test('expand() handles placeholders, choices and escapes', () => {
  assert.equal(expand(['"${1:Name}": "${2:\\$.x}"$0']), '"Name": "$.x"');
  assert.equal(expand(['${1|FULL,NONE|}', '${2:{\\}}']), 'FULL\n{}');
});
