// The compact wire form of asl/previewGraph: decode(JSON(answer)) is the graph the server built (as JSON
// carries it) with the hash previewGraphResult gives, for every example, a generated machine, broken
// text and odd names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { graphOfFile, graphOfText } from '../webview/fixtures';
import { previewAnswer, previewGraphResult } from '../../src/service/preview/previewResult';
import { decodePreviewResult, type PreviewGraph } from '../../src/protocol';
import { generateDefinition } from '../../../scripts/bench/lspGenerate';

/** What the client receives: the answer through JSON, as vscode-jsonrpc sends it. */
function overTheWire<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function assertRoundTrip(graph: PreviewGraph): void {
  const decoded = decodePreviewResult(overTheWire(previewAnswer(graph, 3)));
  assert.deepEqual(decoded, overTheWire(previewGraphResult(graph, 3)), 'the graph and its hash');
  assert.ok(decoded !== null && !decoded.unchanged);
  assert.deepEqual(decoded.graph, overTheWire(graph));
}

test('round trip: every example', () => {
  const files = readdirSync('examples').filter((f) => /\.asl\.(json|ya?ml)$/.test(f));
  assert.ok(files.length >= 6, files.join());
  for (const file of files) assertRoundTrip(graphOfFile('examples/' + file));
});

test('round trip: a generated machine of 1000 top-level states (Map, Parallel, Retry, Catch, Choice)', () => {
  const graph = graphOfText(generateDefinition(1000).text);
  assert.ok(graph.states.length > 1000 && graph.machines.length > 2);
  assertRoundTrip(graph);
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
  const graph = graphOfText(text);
  assert.ok(graph.edges.some((e) => e.to === undefined) && graph.states.some((s) => s.severity !== undefined));
  assert.ok(graph.states.some((s) => s.type === undefined) && graph.states.some((s) => s.comment !== undefined));
  assertRoundTrip(graph);
  const broken = graphOfText(text.slice(0, 120));
  assert.ok(broken.syntaxErrors > 0);
  assertRoundTrip(broken);
});

test('the unchanged answer and null pass through', () => {
  assert.deepEqual(decodePreviewResult({ unchanged: true, hash: 'h' }), { unchanged: true, hash: 'h' });
  assert.equal(decodePreviewResult(null), null);
});
