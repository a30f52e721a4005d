// The compact wire form of asl/previewGraph: the server builds it from the model (previewGraphWire); the
// client decodes it (decodePreviewResult) into the graph previewGraph() gives; encoding that graph again
// (encodePreviewGraph) gives the same wire form and hash, for every example, a generated machine, broken
// text and odd names. What the graph holds is checked against the model in previewModel.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseAsl } from '../../src/asl/parse';
import { computeDiagnostics } from '../../src/service/diagnostics';
import { previewGraph, previewGraphWire } from '../../src/service/preview/previewGraph';
import { previewAnswer, previewGraphResult } from '../../src/service/preview/previewResult';
import { encodePreviewGraph } from '../../src/service/preview/previewWire';
import { decodePreviewResult, type PreviewGraph } from '../../src/protocol';
import { generateDefinition } from '../../../scripts/bench/lspGenerate';

/** What the client receives: the answer through JSON, as vscode-jsonrpc sends it. */
function overTheWire<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** The round trip of a text's graph; returns the graph the client decodes. */
function assertRoundTrip(text: string, format: 'json' | 'yaml' = 'json'): PreviewGraph {
  const asl = parseAsl(text, format);
  const doc = TextDocument.create('file:///w.asl.' + format, format, 1, text);
  const diagnostics = computeDiagnostics(asl);
  const wire = previewGraphWire(doc, asl, diagnostics);
  const decoded = decodePreviewResult(overTheWire(previewAnswer(wire, 3)));
  assert.ok(decoded !== null && !decoded.unchanged);
  assert.deepEqual(decoded.graph, overTheWire(previewGraph(doc, asl, diagnostics)), 'the graph previewGraph gives');
  assert.deepEqual(encodePreviewGraph(decoded.graph), overTheWire(wire), 'encoding it gives the wire form back');
  assert.deepEqual(decoded, overTheWire(previewGraphResult(decoded.graph, 3)), 'and the same hash');
  return decoded.graph;
}

test('round trip: every example', () => {
  const files = readdirSync('examples').filter((f) => /\.asl\.(json|ya?ml)$/.test(f));
  assert.ok(files.length >= 6, files.join());
  for (const file of files)
    assertRoundTrip(readFileSync('examples/' + file, 'utf8'), /\.ya?ml$/.test(file) ? 'yaml' : 'json');
});

test('round trip: a generated machine of 1000 top-level states (Map, Parallel, Retry, Catch, Choice)', () => {
  const graph = assertRoundTrip(generateDefinition(1000).text);
  assert.ok(graph.states.length > 1000 && graph.machines.length > 2);
});

test('round trip: missing targets, no Type, severities, comments, duplicate and slashed names, broken text', () => {
  const text = JSON.stringify({
    StartAt: 'a/b',
    States: {
      'a/b': { Type: 'Pass', Comment: 'first', Next: 'Nowhere' },
      Untyped: { Next: 'a/b' },
      Pick: { Type: 'Choice', Choices: [{ Variable: '$.x', IsPresent: true, Next: 'a/b' }], Default: 'Gone' },
      Fan: {
        Type: 'Parallel',
        Branches: [{ StartAt: 'Missing', States: { 'a/b': { Type: 'Succeed' } } }],
        Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Pick' }],
        Retry: [{ ErrorEquals: ['X', 'Y'], MaxAttempts: 2 }],
        End: true,
      },
    },
  });
  const graph = assertRoundTrip(text);
  assert.ok(graph.edges.some((e) => e.to === undefined) && graph.states.some((s) => s.severity !== undefined));
  assert.ok(graph.states.some((s) => s.type === undefined) && graph.states.some((s) => s.comment !== undefined));
  const broken = assertRoundTrip(text.slice(0, 120));
  assert.ok(broken.syntaxErrors > 0);
});

test('round trip: duplicated state names (an edge or an owner refers to the first state of that name)', () => {
  const text =
    '{"StartAt":"A","States":{"A":{"Type":"Pass","Next":"B"},"B":{"Type":"Pass","Next":"A"},' +
    '"A":{"Type":"Parallel","Branches":[{"StartAt":"X","States":{"X":{"Type":"Pass","Next":"X"},' +
    '"X":{"Type":"Succeed"}}}],"Next":"B"}}}';
  const graph = assertRoundTrip(text);
  assert.deepEqual(
    graph.states.map((s) => s.id),
    ['root/A', 'root/B', 'root/A', 'A/Branches[0]/X', 'A/Branches[0]/X'],
  );
  assert.equal(graph.machines[1].parentState, 'root/A');
  assert.deepEqual(
    graph.edges.map((e) => [e.from, e.to]),
    [
      ['root/A', 'root/B'],
      ['root/B', 'root/A'],
      ['root/A', 'root/B'],
      ['A/Branches[0]/X', 'A/Branches[0]/X'],
    ],
  );
});

test('the unchanged answer and null pass through', () => {
  assert.deepEqual(decodePreviewResult({ unchanged: true, hash: 'h' }), { unchanged: true, hash: 'h' });
  assert.equal(decodePreviewResult(null), null);
});
