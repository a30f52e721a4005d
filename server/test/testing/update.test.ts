// `asl test --update`: the actual output is written into `output` by editing the text at the
// located range: replaced where it exists, added to `expect` where it does not, in YAML (block and
// flow) and JSON; comments and the rest of the file stay as written; the result parses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseTestFile } from '../../src/testing/testFile';
import { updateOutputs } from '../../src/testing/update';
import type { Json } from '../../src/interpreter/value';

function update(text: string, name: string, outputs: Record<string, Json>): string {
  const result = updateOutputs(parseTestFile(text, name), new Map(Object.entries(outputs)), name);
  assert.ok(typeof result !== 'string', String(result));
  return result.text;
}

test('YAML block: an existing output is replaced, a missing one added under expect; comments stay', () => {
  const text = `# my tests
definition: m.asl.json
cases:
  A:
    expect:
      status: SUCCEEDED # must succeed
      output: { old: true }
  B:
    expect:
      status: SUCCEEDED
  C:
    expect:
      output: 1
`;
  const long = { lines: Array.from({ length: 6 }, (_, i) => ({ sku: `SKU-${i}`, cents: i * 100 })) };
  const updated = update(text, 't.asl.test.yaml', { A: { id: 'x-1' }, B: long, C: 1 });
  assert.equal(
    updated,
    `# my tests
definition: m.asl.json
cases:
  A:
    expect:
      status: SUCCEEDED # must succeed
      output: {"id":"x-1"}
  B:
    expect:
      status: SUCCEEDED
      output:
        lines:
          - sku: SKU-0
            cents: 0
          - sku: SKU-1
            cents: 100
          - sku: SKU-2
            cents: 200
          - sku: SKU-3
            cents: 300
          - sku: SKU-4
            cents: 400
          - sku: SKU-5
            cents: 500
  C:
    expect:
      output: 1
`,
  );
  const reparsed = parseTestFile(updated, 't.asl.test.yaml');
  const output = reparsed.cases[1].expectations.find((e) => e.kind === 'output');
  assert.deepEqual(output?.kind === 'output' && output.expected, long);
});

test('YAML flow mapping: output added or replaced inline', () => {
  const text =
    'definition: m.asl.json\ncases:\n  A: { expect: { status: SUCCEEDED } }\n  B: { expect: {} }\n  C: { expect: { output: 2 } }\n';
  assert.equal(
    update(text, 't.asl.test.yml', { A: [1, 2], B: 'text', C: { long: 'x'.repeat(100) } }),
    `definition: m.asl.json\ncases:\n  A: { expect: { status: SUCCEEDED, output: [1,2] } }\n  B: { expect: { output: "text" } }\n  C: { expect: { output: {"long":"${'x'.repeat(100)}"} } }\n`,
  );
});

test('JSON: pretty output indented under its key, added with a comma; objects on one line stay on one line', () => {
  const text = `{
  "definition": "m.asl.json",
  "cases": {
    "A": {
      "expect": {
        "status": "SUCCEEDED"
      }
    },
    "B": { "expect": { "output": 0 } }
  }
}
`;
  assert.equal(
    update(text, 't.asl.test.json', { A: { a: [1] }, B: { b: 2 } }),
    `{
  "definition": "m.asl.json",
  "cases": {
    "A": {
      "expect": {
        "status": "SUCCEEDED",
        "output": {
          "a": [
            1
          ]
        }
      }
    },
    "B": { "expect": { "output": {"b":2} } }
  }
}
`,
  );
  const oneLine = '{ "definition": "m.asl.json", "cases": { "A": { "expect": { "status": "SUCCEEDED" } } } }';
  assert.equal(
    update(oneLine, 't.asl.test.json', { A: { a: 1 } }),
    '{ "definition": "m.asl.json", "cases": { "A": { "expect": { "status": "SUCCEEDED", "output": {"a":1} } } } }',
  );
});

test('unchanged outputs and cases without an actual output are left alone', () => {
  const text =
    'definition: m.asl.json\ncases:\n  A:\n    expect:\n      output: { a: 1 }\n  B:\n    expect: { status: FAILED }\n';
  const result = updateOutputs(parseTestFile(text, 't.asl.test.yaml'), new Map([['A', { a: 1 }]]), 't.asl.test.yaml');
  assert.deepEqual(result, { text, updated: [] });
});
