/*
 * Pull diagnostics (LSP 3.17 textDocument/diagnostic) over a real stdio connection to the built
 * server: announced only to clients that support it, full report then "unchanged" for the same
 * version, a new report after a change, and no publishDiagnostics in pull mode.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { FullDocumentDiagnosticReport, UnchangedDocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { SERVER_NODE_FLAGS } from '../../src/protocol';
import { TestClient } from './client';

const SERVER = resolve(__dirname, '../../../../dist/server.js');
const URI = 'file:///work/pull.asl.json';
const TEXT = '{\n  "StartAt": "A",\n  "States": {\n    "A": { "Type": "Pass", "Next": "Nowhere" }\n  }\n}';

type Report = FullDocumentDiagnosticReport | UnchangedDocumentDiagnosticReport;

let server: ChildProcess;
let client: TestClient;

before(async () => {
  assert.ok(existsSync(SERVER), `${SERVER} is missing: run npm run build first`);
  // with the extension's Node flags: --expose-gc turns on the idle collection after each report
  server = spawn(process.execPath, [...SERVER_NODE_FLAGS, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  client = new TestClient(
    createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!)),
  );
});

after(() => {
  assert.deepEqual(client.errors, [], 'the server logged errors');
  client.connection.dispose();
  if (server.exitCode === null) server.kill();
});

const pull = (previousResultId?: string): Promise<Report> =>
  client.request<Report>('textDocument/diagnostic', {
    textDocument: { uri: URI },
    ...(previousResultId && { previousResultId }),
  });

test('a client that pulls gets a diagnostic provider, full reports, then unchanged ones', async () => {
  const init = await client.initialize({
    textDocument: { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } },
  });
  assert.deepEqual(init.capabilities.diagnosticProvider, {
    identifier: 'asl-studio',
    interFileDependencies: false,
    workspaceDiagnostics: false,
  });
  await client.open(URI, 'asl', TEXT);

  const first = await pull();
  assert.equal(first.kind, 'full');
  const items = (first as FullDocumentDiagnosticReport).items;
  assert.deepEqual(
    items.map((d) => d.code),
    ['undefined-state'],
  );
  assert.ok(first.resultId);

  const again = await pull(first.resultId);
  assert.deepEqual(again, { kind: 'unchanged', resultId: first.resultId });

  const column = TEXT.split('\n')[3].indexOf('Nowhere');
  await client.change(URI, 2, [
    {
      range: { start: { line: 3, character: column }, end: { line: 3, character: column + 'Nowhere'.length } },
      text: 'A',
    },
  ]);
  const changed = await pull(first.resultId);
  assert.equal(changed.kind, 'full');
  assert.notEqual(changed.resultId, first.resultId);
  assert.deepEqual(
    (changed as FullDocumentDiagnosticReport).items.map((d) => d.code),
    ['no-terminal-state'],
    'A now loops on itself',
  );
});

test('a settings change re-reports the same version with the rule overrides', async () => {
  const before = await pull();
  await client.connection.sendNotification('workspace/didChangeConfiguration', {
    settings: { aslStudio: { diagnostics: { rules: { 'no-terminal-state': 'off', bogus: 'off' } } } },
  });
  const after = await pull(before.resultId);
  assert.equal(after.kind, 'full');
  assert.deepEqual((after as FullDocumentDiagnosticReport).items, []);
  assert.ok(
    client.logs.some((l) => l.includes('unknown diagnostic code "bogus"')),
    client.logs.join('\n'),
  );
  await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { aslStudio: {} } });
  const restored = await pull(after.resultId);
  assert.deepEqual(
    (restored as FullDocumentDiagnosticReport).items.map((d) => d.code),
    ['no-terminal-state'],
  );
});

test('in pull mode nothing is pushed, and the server keeps answering after its idle collections', async () => {
  await new Promise((r) => setTimeout(r, 400)); // longer than the push debounce and the idle collection delay
  assert.deepEqual(client.published, []);
  assert.equal(server.exitCode, null);
  const report = await pull();
  assert.equal(report.kind, 'full');
});
