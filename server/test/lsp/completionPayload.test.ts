/*
 * Completion over LSP for 3.17 clients: the shared edit range and format go once into itemDefaults,
 * detail and documentation come through completionItem/resolve, and what the client ends up with
 * (defaults applied, items resolved) is exactly the service's list. Older clients get the full items.
 * Also: edits through didChange update the model in place and diagnose like a fresh parse.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { createConnection } from 'vscode-languageserver/node';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { CompletionItem, CompletionList, Diagnostic } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { startServer } from '../../src/lsp/server';
import { parseDocument } from '../../src/service/languageService';
import { doComplete } from '../../src/service/completion';
import { computeDiagnostics } from '../../src/service/diagnostics';
import { toDiagnostic } from '../../src/lsp/convert';
import { TestClient } from './client';

function connect() {
  const up = new PassThrough();
  const down = new PassThrough();
  const serverConnection = createConnection(new StreamMessageReader(up), new StreamMessageWriter(down));
  const context = startServer(serverConnection, { diagnosticsDelay: 0 });
  serverConnection.listen();
  const client = new TestClient(createMessageConnection(new StreamMessageReader(down), new StreamMessageWriter(up)));
  const dispose = () => {
    client.connection.dispose();
    serverConnection.dispose();
  };
  return { client, context, dispose };
}

const CAPABILITIES_317 = {
  textDocument: {
    diagnostic: { dynamicRegistration: false },
    completion: {
      completionList: { itemDefaults: ['editRange', 'insertTextFormat', 'commitCharacters', 'data'] },
      completionItem: { resolveSupport: { properties: ['documentation', 'detail', 'additionalTextEdits'] } },
    },
  },
};

const URI = 'file:///c.asl.json';
const states = Array.from({ length: 30 }, (_, i) => `"S${i}": {"Type": "Pass", "Next": "S${(i + 1) % 30}"}`);
const TEXT = `{"StartAt": "S0", "States": {${states.join(', ')}}}`;

/** The list as the client sees it after applying itemDefaults (LSP 3.17 rules) and resolving each item. */
async function asClientSees(client: TestClient, list: CompletionList): Promise<CompletionItem[]> {
  const out: CompletionItem[] = [];
  for (const compact of list.items) {
    const item: CompletionItem = await client.request('completionItem/resolve', compact);
    const defaults = list.itemDefaults ?? {};
    if (item.textEdit === undefined && defaults.editRange !== undefined && 'start' in defaults.editRange)
      item.textEdit = { range: defaults.editRange, newText: item.textEditText ?? item.label };
    delete item.textEditText;
    if (item.insertTextFormat === undefined && defaults.insertTextFormat !== undefined)
      item.insertTextFormat = defaults.insertTextFormat;
    out.push(item);
  }
  return out;
}

test('3.17 clients get item defaults and lazy docs; applied and resolved, the items are the service list', async () => {
  const { client, dispose } = connect();
  try {
    const init = await client.initialize(CAPABILITIES_317);
    assert.equal(init.capabilities.completionProvider?.resolveProvider, true);
    await client.open(URI, 'asl', TEXT);
    const doc = TextDocument.create(URI, 'asl', 1, TEXT);
    for (const offset of [TEXT.indexOf('"S5"', 40) + 1, TEXT.indexOf('"Type"') + 1, TEXT.indexOf('Pass') + 1]) {
      const position = doc.positionAt(offset);
      const list = await client.request<CompletionList>('textDocument/completion', {
        textDocument: { uri: URI },
        position,
      });
      const expected = doComplete(doc, parseDocument(doc), position);
      assert.ok(expected.items.length > 0);
      assert.ok(list.itemDefaults?.editRange, 'a shared edit range');
      assert.ok(
        list.items.every((i) => i.textEdit === undefined && i.documentation === undefined && i.detail === undefined),
      );
      assert.deepEqual(await asClientSees(client, list), expected.items);
    }
  } finally {
    dispose();
  }
});

test('clients without 3.17 completion support get the full items', async () => {
  const { client, dispose } = connect();
  try {
    await client.initialize({});
    await client.open(URI, 'asl', TEXT);
    const doc = TextDocument.create(URI, 'asl', 1, TEXT);
    const position = doc.positionAt(TEXT.indexOf('"S5"', 40) + 1);
    const list = await client.request<CompletionList>('textDocument/completion', {
      textDocument: { uri: URI },
      position,
    });
    assert.equal(list.itemDefaults, undefined);
    assert.deepEqual(list.items, doComplete(doc, parseDocument(doc), position).items);
  } finally {
    dispose();
  }
});

test('edits through didChange update the model in place and diagnose as a fresh parse does', async () => {
  const { client, context, dispose } = connect();
  try {
    await client.initialize(CAPABILITIES_317);
    await client.open(URI, 'asl', TEXT);
    const doc = TextDocument.create(URI, 'asl', 1, TEXT);
    const pull = () =>
      client.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri: URI } });
    await pull();
    const at = TEXT.indexOf('"S7"', 40) + 1;
    const edits = [
      { start: at, end: at + 2, text: 'Missing' },
      { start: at, end: at + 7, text: 'S7' },
      { start: at + 2, end: at + 2, text: '"} , "X": {' }, // splits the state in two
    ];
    let version = 1;
    for (const edit of edits) {
      const range = { start: doc.positionAt(edit.start), end: doc.positionAt(edit.end) };
      version++;
      TextDocument.update(doc, [{ range, text: edit.text }], version);
      await client.change(URI, version, [{ range, text: edit.text }]);
      const report = await pull();
      const fresh = parseDocument(doc);
      assert.deepEqual(
        report.items,
        computeDiagnostics(fresh).map((d) => toDiagnostic(doc, d)),
      );
    }
    assert.ok(context.cache.updates >= 3);
  } finally {
    dispose();
  }
});
