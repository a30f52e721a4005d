/*
 * asl/documentSummary (the language status item's facts): the state count of every machine, the
 * top-level query language and the states that speak the other one, null for unknown documents.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { createConnection } from 'vscode-languageserver/node';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { startServer } from '../../src/lsp/server';
import { DocumentSummaryRequest, type DocumentSummary } from '../../src/protocol';
import { parseAsl } from '../../src/asl/parse';
import { documentSummary } from '../../src/service/navigation/documentSummary';
import { TestClient } from './client';

const JSONATA_WITH_PARALLEL = JSON.stringify({
  QueryLanguage: 'JSONata',
  StartAt: 'Fan',
  States: {
    Fan: {
      Type: 'Parallel',
      Branches: [
        { StartAt: 'A', States: { A: { Type: 'Pass', QueryLanguage: 'JSONPath', End: true } } },
        { StartAt: 'B', States: { B: { Type: 'Pass', End: true } } },
      ],
      End: true,
    },
  },
});

test('documentSummary counts nested states and the states in the other query language', () => {
  assert.deepEqual(documentSummary(parseAsl(JSONATA_WITH_PARALLEL, 'json')), {
    stateCount: 3,
    queryLanguage: 'JSONata',
    otherLanguageStates: 1,
    syntaxErrors: 0,
  });
});

test('documentSummary of YAML without QueryLanguage is JSONPath; broken text counts its syntax errors', () => {
  const yaml = parseAsl('StartAt: A\nStates:\n  A:\n    Type: Succeed\n', 'yaml');
  assert.deepEqual(documentSummary(yaml), {
    stateCount: 1,
    queryLanguage: 'JSONPath',
    otherLanguageStates: 0,
    syntaxErrors: 0,
  });
  const broken = documentSummary(parseAsl('{"StartAt": "A", "States": {', 'json'));
  assert.equal(broken.queryLanguage, 'JSONPath');
  assert.ok(broken.syntaxErrors > 0);
  assert.equal(documentSummary(parseAsl('', 'json')).stateCount, 0);
});

test('asl/documentSummary answers for an open document, follows edits, null for an unknown one', async () => {
  const up = new PassThrough();
  const down = new PassThrough();
  const serverConnection = createConnection(new StreamMessageReader(up), new StreamMessageWriter(down));
  startServer(serverConnection, { diagnosticsDelay: 5 });
  serverConnection.listen();
  const client = new TestClient(createMessageConnection(new StreamMessageReader(down), new StreamMessageWriter(up)));
  const ask = (uri: string) =>
    client.request<DocumentSummary | null>(DocumentSummaryRequest.method, { textDocument: { uri } });
  try {
    await client.initialize();
    const uri = 'file:///summary.asl.json';
    await client.open(uri, 'asl-studio-json', JSONATA_WITH_PARALLEL);
    assert.equal((await ask(uri))?.stateCount, 3);
    await client.change(uri, 2, [{ text: '{"StartAt":"A","States":{"A":{"Type":"Succeed"}}}' }]);
    assert.deepEqual(await ask(uri), {
      stateCount: 1,
      queryLanguage: 'JSONPath',
      otherLanguageStates: 0,
      syntaxErrors: 0,
    });
    await client.diagnostics(uri, (p) => p.version === 2); // the debounced push, before the connection closes
    assert.equal(await ask('file:///never-opened.asl.json'), null);
    assert.deepEqual(client.errors, [], 'the server logged errors');
  } finally {
    client.connection.dispose();
    serverConnection.dispose();
  }
});
