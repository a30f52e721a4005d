/*
 * Completion of state names in a big machine over an LSP connection: an incomplete list of the
 * nearest states, and a state deep in the machine found by typing its name (the client asks again
 * after each keystroke, the server filters by what was typed).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { createConnection } from 'vscode-languageserver/node';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { CompletionList } from 'vscode-languageserver-protocol';
import { startServer } from '../../src/lsp/server';
import { TestClient } from './client';

const N = 1000;
const DEEP = 900;
const URI = 'file:///big.asl.json';
const nameOf = (i: number): string => (i === DEEP ? 'DeepTarget' : `Step${i}`);
const lines = Array.from({ length: N }, (_, i) => {
  const next = i + 1 < N ? `"Next": "${nameOf(i + 1)}"` : '"End": true';
  return `"${nameOf(i)}": {"Type": "Pass", ${next}}`;
});
const TEXT = `{"StartAt": "Step0", "States": {\n${lines.join(',\n')}\n}}`;
/** The Next value of Step5 (line 6): its quotes start at this character. */
const LINE = 6;
const QUOTE = lines[5].indexOf('"Next": "') + '"Next": '.length;

test('a big machine gets an incomplete list; typing finds a state deep in it', async () => {
  const up = new PassThrough();
  const down = new PassThrough();
  const server = createConnection(new StreamMessageReader(up), new StreamMessageWriter(down));
  startServer(server, { diagnosticsDelay: 0 });
  server.listen();
  const client = new TestClient(createMessageConnection(new StreamMessageReader(down), new StreamMessageWriter(up)));
  try {
    await client.initialize();
    await client.open(URI, 'asl', TEXT);
    const ask = (character: number): Promise<CompletionList> =>
      client.request('textDocument/completion', { textDocument: { uri: URI }, position: { line: LINE, character } });
    const first = await ask(QUOTE + 1);
    assert.equal(first.isIncomplete, true);
    assert.equal(first.items.length, 200);
    const labels = first.items.map((i) => i.label);
    assert.ok(labels.includes('Step6') && labels.includes('Step4'), 'the neighbours of Step5 are offered');
    assert.ok(!labels.includes('DeepTarget') && !labels.includes('Step5'));
    // Type "Dee" into the value (it was "Step6"): the server filters by the typed prefix.
    const range = { start: { line: LINE, character: QUOTE + 1 }, end: { line: LINE, character: QUOTE + 6 } };
    await client.change(URI, 2, [{ range, text: 'Dee' }]);
    const typed = await ask(QUOTE + 4);
    assert.deepEqual(
      typed.items.map((i) => i.label),
      ['DeepTarget'],
    );
    assert.equal(typed.isIncomplete, true, 'filtered by the typed text: a backspace must ask again');
    // Fuzzy, like VS Code: "dtg" matches DeepTarget too.
    await client.change(URI, 3, [{ range: { ...range, end: { line: LINE, character: QUOTE + 4 } }, text: 'dtg' }]);
    const fuzzy = await ask(QUOTE + 4);
    assert.deepEqual(
      fuzzy.items.map((i) => i.label),
      ['DeepTarget'],
    );
    assert.equal(fuzzy.isIncomplete, true);
    // Delete what was typed: asked again, the server offers the full first list again.
    await client.change(URI, 4, [{ range: { ...range, end: { line: LINE, character: QUOTE + 4 } }, text: '' }]);
    const cleared = await ask(QUOTE + 1);
    assert.equal(cleared.items.length, 200);
    // The limit is a setting (aslStudio.completion.maxStateNames).
    await client.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: { aslStudio: { completion: { maxStateNames: 50 } } },
    });
    const limited = await ask(QUOTE + 1);
    assert.equal(limited.items.length, 50);
    assert.equal(limited.isIncomplete, true);
    assert.deepEqual(client.errors, []);
  } finally {
    client.connection.dispose();
    server.dispose();
  }
});
