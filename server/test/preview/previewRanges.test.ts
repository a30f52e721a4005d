// PreviewGraph.ranges against TextDocument.positionAt: the 8 numbers per state (name start and end, state
// start and end) are exactly positionAt's line and character, in every example, with LF, CRLF and CR line ends.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseAsl } from '../../src/asl/parse';
import { previewGraph } from '../../src/service/preview/previewGraph';

/** The ranges as positionAt gives them, in the graph's state order. */
function expectedRanges(text: string, format: 'json' | 'yaml'): { got: readonly number[]; want: number[] } {
  const asl = parseAsl(text, format);
  const doc = TextDocument.create('file:///r.asl.' + format, format, 1, text);
  const graph = previewGraph(doc, asl, []);
  const byId = new Map(asl.allStates.map((s) => [s.machine.id + '/' + s.name, s]));
  const want: number[] = [];
  for (const state of graph.states) {
    const s = byId.get(state.id);
    assert.ok(s !== undefined, state.id);
    for (const offset of [s.nameSpan.start, s.nameSpan.end, s.property.start, s.property.end]) {
      const at = doc.positionAt(offset);
      want.push(at.line, at.character);
    }
  }
  return { got: graph.ranges, want };
}

const examples = readdirSync('examples').filter((f) => /\.asl\.(json|ya?ml)$/.test(f) && !f.includes('.test.'));

test('ranges equal positionAt in every example, nested machines included (LF, CRLF, CR)', () => {
  assert.ok(examples.length > 3);
  for (const file of examples) {
    const format = file.endsWith('.json') ? 'json' : 'yaml';
    const text = readFileSync(`examples/${file}`, 'utf8').replace(/\r\n?/g, '\n');
    for (const [eol, variant] of [
      ['LF', text],
      ['CRLF', text.replace(/\n/g, '\r\n')],
      ['CR', text.replace(/\n/g, '\r')],
    ] as const) {
      if (eol === 'CR' && format === 'yaml') continue; // YAML reads a lone CR as no line break
      const { got, want } = expectedRanges(variant, format);
      assert.deepEqual(got, want, `${file} (${eol})`);
    }
  }
});

test('ranges equal positionAt in broken and one-line texts', () => {
  const texts = [
    '{"StartAt": "A", "States": {"A": {"Type": "Parallel", "Branches": [{"StartAt": "B", "States": {"B": {"Type": "Pass", "End": true}}}], "Next": "C"}, "C": {"Type": "Succeed"}}}',
    '{\n  "StartAt": "A",\n  "States": {\n    "A": {\n      "Type": "Pass",\n      "Next": "B"\n    },\n    "B": {\n      "Type": "Pa',
    '{\n  "States": {\n    "A": {"Type": "Map", "ItemProcessor": {"StartAt": "X", "States": {\n "X": {"Type": "Pass", "End": true}}},\n "End": true}, "B": {}\n',
  ];
  for (const text of texts) {
    const { got, want } = expectedRanges(text, 'json');
    assert.ok(want.length > 0);
    assert.deepEqual(got, want, text);
  }
});
