/*
 * asl/previewGraph over an in-process connection, decoded as the client does: the graph of an open
 * document, `{ unchanged }` for the hash the caller holds, a new graph after an edit, broken text,
 * unknown documents, and one diagnostics run per version shared with the published diagnostics.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { createConnection } from 'vscode-languageserver/node';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { startServer } from '../../src/lsp/server';
import { decodePreviewResult, PreviewGraphRequest, type PreviewGraphWireResult } from '../../src/protocol';
import { TestClient } from './client';

const URI = 'file:///preview.asl.json';
const TEXT =
  '{"StartAt":"A","States":{"A":{"Type":"Pass","Next":"B"},"B":{"Type":"Succeed"},"C":{"Type":"Pass","End":true}}}';

function connect() {
  const up = new PassThrough();
  const down = new PassThrough();
  const serverConnection = createConnection(new StreamMessageReader(up), new StreamMessageWriter(down));
  const context = startServer(serverConnection, { diagnosticsDelay: 5 });
  serverConnection.listen();
  const client = new TestClient(createMessageConnection(new StreamMessageReader(down), new StreamMessageWriter(up)));
  return {
    client,
    context,
    dispose: () => {
      client.connection.dispose();
      serverConnection.dispose();
    },
  };
}

test('asl/previewGraph: graph, unchanged for the held hash, new graph after an edit, null for unknown', async () => {
  const { client, context, dispose } = connect();
  try {
    await client.initialize();
    await client.open(URI, 'asl', TEXT);
    const ask = async (knownHash?: string, uri = URI) =>
      decodePreviewResult(
        await client.request<PreviewGraphWireResult | null>(PreviewGraphRequest.method, {
          textDocument: { uri },
          knownHash,
        }),
      );
    const first = await ask();
    assert.ok(first !== null && !first.unchanged);
    assert.deepEqual(
      first.graph.states.map((s) => [s.name, s.reachable]),
      [
        ['A', true],
        ['B', true],
        ['C', false],
      ],
    );
    assert.equal(first.graph.states[2].severity, 'error');
    assert.equal(first.version, 1);
    assert.deepEqual(await ask(first.hash), { unchanged: true, hash: first.hash });
    assert.deepEqual(await ask('stale-hash'), first);
    await client.change(URI, 2, [{ text: TEXT.replace('"Next":"B"', '"Next":"C"') }]);
    const second = await ask(first.hash);
    assert.ok(second !== null && !second.unchanged && second.version === 2);
    assert.notEqual(second.hash, first.hash);
    assert.equal(await ask(undefined, 'file:///unknown.asl.json'), null);
    await client.diagnostics(URI, (p) => p.version === 2);
    assert.equal(context.cache.parses, 2, 'one parse per version for diagnostics and the preview');
  } finally {
    dispose();
  }
});

test('asl/previewGraph on broken text answers a partial graph with its syntax error count', async () => {
  const { client, dispose } = connect();
  try {
    await client.initialize();
    await client.open(URI, 'asl', TEXT.slice(0, 60));
    const result = decodePreviewResult(
      await client.request<PreviewGraphWireResult | null>(PreviewGraphRequest.method, { textDocument: { uri: URI } }),
    );
    assert.ok(result !== null && !result.unchanged);
    assert.ok(result.graph.syntaxErrors > 0);
    assert.deepEqual(
      result.graph.states.map((s) => s.name),
      ['A', 'B'],
    );
  } finally {
    dispose();
  }
});
