/*
 * startServer() over two in-process streams: diagnostics on open without delay, debounced on
 * changes (several quick edits -> one push), cleared on close; one parse per document version
 * shared by all features; a feature that throws answers with its empty result.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { createConnection } from 'vscode-languageserver/node';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { startServer } from '../../src/lsp/server';
import { TestClient } from './client';

function connect(diagnosticsDelay: number) {
  const up = new PassThrough();
  const down = new PassThrough();
  const serverConnection = createConnection(new StreamMessageReader(up), new StreamMessageWriter(down));
  const context = startServer(serverConnection, { diagnosticsDelay });
  serverConnection.listen();
  const client = new TestClient(createMessageConnection(new StreamMessageReader(down), new StreamMessageWriter(up)));
  /** Closes both ends; unless a test provokes one, a logged server error fails it. */
  const dispose = (expectErrors = false) => {
    client.connection.dispose();
    serverConnection.dispose();
    if (!expectErrors) assert.deepEqual(client.errors, [], 'the server logged errors');
  };
  return { client, context, dispose };
}

const URI = 'file:///m.asl.json';
const TEXT = '{"StartAt":"A","States":{"A":{"Type":"Pass","Next":"B"}}}';

test('open publishes at once, quick changes publish once, close clears', async () => {
  const { client, dispose } = connect(400);
  try {
    await client.initialize();
    await client.open(URI, 'asl', TEXT);
    const opened = await client.diagnostics(URI, (p) => p.version === 1);
    assert.ok(opened.some((d) => d.code === 'undefined-state'));
    for (let v = 2; v <= 5; v++) await client.change(URI, v, [{ text: TEXT.replace('"B"', `"B${v}"`) }]);
    await client.diagnostics(URI, (p) => p.version === 5);
    assert.deepEqual(
      client.published.map((p) => p.version),
      [1, 5],
    );
    await client.close(URI);
    const cleared = await client.diagnostics(URI, (p) => p.diagnostics.length === 0);
    assert.deepEqual(cleared, []);
  } finally {
    dispose();
  }
});

test('one parse per document version, shared by diagnostics and every feature', async () => {
  const { client, context, dispose } = connect(10);
  try {
    await client.initialize();
    await client.open(URI, 'asl', TEXT);
    await client.diagnostics(URI);
    const position = { line: 0, character: 53 };
    const textDocument = { uri: URI };
    await client.request('textDocument/completion', { textDocument, position });
    await client.request('textDocument/hover', { textDocument, position });
    await client.request('textDocument/definition', { textDocument, position });
    await client.request('textDocument/documentSymbol', { textDocument });
    await client.request('textDocument/codeAction', {
      textDocument,
      range: { start: position, end: position },
      context: { diagnostics: [] },
    });
    assert.equal(context.cache.parses, 1);
    await client.change(URI, 2, [{ text: TEXT + ' ' }]);
    await client.request('textDocument/foldingRange', { textDocument });
    await client.diagnostics(URI, (p) => p.version === 2);
    assert.equal(context.cache.parses, 2);
  } finally {
    dispose();
  }
});

test('a throwing feature answers with its empty result and logs, the server keeps going', async () => {
  const { client, context, dispose } = connect(10);
  try {
    await client.initialize();
    await client.open(URI, 'asl', TEXT);
    const original = context.service.findDocumentSymbols;
    (context.service as { findDocumentSymbols: unknown }).findDocumentSymbols = () => {
      throw new Error('boom');
    };
    assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument: { uri: URI } }), []);
    (context.service as { findDocumentSymbols: unknown }).findDocumentSymbols = original;
    assert.equal(
      (await client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: URI } })).length,
      1,
    );
    assert.ok(client.logs.some((l) => l.includes('boom')));
  } finally {
    dispose(true);
  }
});

test('language id or file extension picks YAML', async () => {
  const { client, dispose } = connect(10);
  try {
    await client.initialize();
    await client.open('file:///a.asl.yml', 'plaintext', 'StartAt: A\nStates:\n  A:\n    Type: Pass\n    End: true\n');
    await client.open('file:///b', 'asl-yaml', 'StartAt: A\nStates:\n  A:\n    Type: Pass\n    End: true\n');
    assert.deepEqual(await client.diagnostics('file:///a.asl.yml'), []);
    assert.deepEqual(await client.diagnostics('file:///b'), []);
  } finally {
    dispose();
  }
});
