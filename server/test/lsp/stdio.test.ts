/*
 * The built language server (dist/server.js, `npm run build`) driven over a real stdio connection,
 * as any editor would: initialize, didOpen/didChange, publishDiagnostics, every request, shutdown.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type {
  CodeAction,
  CompletionList,
  DocumentSymbol,
  Hover,
  Location,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { TestClient } from './client';

const SERVER = resolve(__dirname, '../../../../dist/server.js');
const URI = 'file:///work/order.asl.json';
const YAML_URI = 'file:///work/order.asl.yaml';
const TEXT = `{
  "StartAt": "Check",
  "States": {
    "Check": {
      "Type": "Choice",
      "Choices": [{ "Variable": "$.ok", "BooleanEquals": true, "Next": "Work" }],
      "Default": "Missing"
    },
    "Work": {
      "Type": "Task",
      "Resource": "arn:aws:states:::lambda:invoke",
      "Next": "Done"
    },
    "Done": { "Type": "Succeed" }
  }
}`;

let server: ChildProcess;
let client: TestClient;

before(async () => {
  assert.ok(existsSync(SERVER), `${SERVER} is missing: run npm run build first`);
  server = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(
    new StreamMessageReader(server.stdout!),
    new StreamMessageWriter(server.stdin!),
  );
  client = new TestClient(connection);
});

after(() => {
  assert.deepEqual(client.errors, [], 'the server logged errors');
  client.connection.dispose();
  if (server.exitCode === null) server.kill();
});

const at = (line: number, character: number) => ({ line, character });
const doc = { uri: URI };

test('initialize announces the capabilities', async () => {
  const result = await client.initialize();
  const caps = result.capabilities;
  assert.deepEqual(caps.completionProvider?.triggerCharacters, ['"', '.', '$', ':']);
  assert.deepEqual(caps.renameProvider, { prepareProvider: true });
  assert.deepEqual(caps.codeActionProvider, { codeActionKinds: ['quickfix', 'refactor.rewrite'] });
  for (const key of [
    'hoverProvider',
    'definitionProvider',
    'referencesProvider',
    'documentSymbolProvider',
    'foldingRangeProvider',
    'documentHighlightProvider',
    'documentFormattingProvider',
    'documentRangeFormattingProvider',
  ] as const) {
    assert.equal(caps[key], true, key);
  }
});

test('didOpen publishes diagnostics at once; didChange republishes', async () => {
  await client.open(URI, 'asl', TEXT);
  const first = await client.diagnostics(URI, (p) => p.version === 1);
  const undefinedState = first.find((d) => d.code === 'undefined-state');
  assert.ok(undefinedState, JSON.stringify(first));
  assert.deepEqual(undefinedState.range, { start: at(6, 17), end: at(6, 26) });
  await client.change(URI, 2, [{ range: { start: at(6, 18), end: at(6, 25) }, text: 'Done' }]);
  const second = await client.diagnostics(URI, (p) => p.version === 2);
  assert.equal(
    second.some((d) => d.code === 'undefined-state'),
    false,
  );
  await client.change(URI, 3, [{ range: { start: at(6, 18), end: at(6, 22) }, text: 'Missing' }]);
  await client.diagnostics(URI, (p) => p.version === 3);
});

test('a settings change republishes open documents with the rule overrides (push)', async () => {
  const settings = (rules: object) =>
    client.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: { aslStudio: { diagnostics: { rules } } },
    });
  const after = client.published.length;
  const isNew = (p: { uri: string }) => client.published.indexOf(p as never) >= after;
  await settings({ 'undefined-state': 'off' });
  const off = await client.diagnostics(URI, isNew);
  assert.equal(
    off.some((d) => d.code === 'undefined-state'),
    false,
  );
  const again = client.published.length;
  await settings({ 'undefined-state': 'hint' });
  const hint = await client.diagnostics(URI, (p) => client.published.indexOf(p) >= again);
  assert.equal(hint.find((d) => d.code === 'undefined-state')?.severity, 4);
  await settings({});
});

test('completion offers state names at a Next value', async () => {
  const list = await client.request<CompletionList>('textDocument/completion', {
    textDocument: doc,
    position: at(11, 15),
  });
  const labels = list.items.map((i) => i.label);
  assert.ok(
    labels.some((l) => l.includes('Done')),
    JSON.stringify(labels),
  );
});

test('hover answers on a field and on a state reference', async () => {
  const field = await client.request<Hover | null>('textDocument/hover', { textDocument: doc, position: at(9, 8) });
  assert.match(JSON.stringify(field?.contents), /Task/);
  const reference = await client.request<Hover | null>('textDocument/hover', {
    textDocument: doc,
    position: at(11, 16),
  });
  assert.match(JSON.stringify(reference?.contents), /Done/);
});

test('definition, references and rename', async () => {
  const definition = await client.request<Location>('textDocument/definition', {
    textDocument: doc,
    position: at(11, 16),
  });
  assert.deepEqual(definition.range, { start: at(13, 4), end: at(13, 10) });
  const references = await client.request<Location[]>('textDocument/references', {
    textDocument: doc,
    position: at(13, 6),
    context: { includeDeclaration: true },
  });
  assert.deepEqual(
    references.map((r) => r.range.start.line),
    [13, 11],
  );
  const rename = await client.request<WorkspaceEdit>('textDocument/rename', {
    textDocument: doc,
    position: at(13, 6),
    newName: 'Finished',
  });
  assert.equal(rename.changes?.[URI]?.length, 2);
  await assert.rejects(
    client.request('textDocument/rename', { textDocument: doc, position: at(13, 6), newName: 'Work' }),
    (e: { code?: number; message?: string }) => e.code === -32803 && /already exists/.test(e.message ?? ''),
    'a refused rename is LSP RequestFailed (-32803)',
  );
  const prepared = await client.request<{ placeholder: string }>('textDocument/prepareRename', {
    textDocument: doc,
    position: at(13, 6),
  });
  assert.equal(prepared.placeholder, 'Done');
});

test('document symbols, folding and highlights', async () => {
  const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: doc });
  assert.deepEqual(
    symbols.map((s) => `${s.name}:${s.detail}`),
    ['Check:Choice', 'Work:Task', 'Done:Succeed'],
  );
  const folds = await client.request<unknown[]>('textDocument/foldingRange', { textDocument: doc });
  assert.ok(folds.length >= 3);
  const highlights = await client.request<unknown[]>('textDocument/documentHighlight', {
    textDocument: doc,
    position: at(13, 6),
  });
  assert.equal(highlights.length, 2);
});

test('code actions from the published diagnostic', async () => {
  const diagnostics = await client.diagnostics(URI, (p) => p.version === 3);
  const diagnostic = diagnostics.find((d) => d.code === 'undefined-state');
  assert.ok(diagnostic);
  const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: doc,
    range: diagnostic.range,
    context: { diagnostics: [diagnostic] },
  });
  assert.ok(
    actions.some((a) => a.title === 'Create Pass state "Missing"'),
    JSON.stringify(actions.map((a) => a.title)),
  );
  const refactors = await client.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: doc,
    range: { start: at(9, 8), end: at(9, 8) },
    context: { diagnostics: [], only: ['refactor'] },
  });
  assert.deepEqual(
    refactors.map((a) => a.title),
    ['Convert "Work" to JSONata'],
  );
});

test('formatting JSON, and YAML documents are served too', async () => {
  const edits = await client.request<TextEdit[]>('textDocument/formatting', {
    textDocument: doc,
    options: { tabSize: 4, insertSpaces: true },
  });
  assert.ok(edits.length > 0);
  await client.open(YAML_URI, 'asl-yaml', 'StartAt: A\nStates:\n  A:\n    Type: Pass\n    Next: B\n');
  const yaml = await client.diagnostics(YAML_URI);
  assert.ok(
    yaml.some((d) => d.code === 'undefined-state'),
    JSON.stringify(yaml),
  );
  const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', {
    textDocument: { uri: YAML_URI },
  });
  assert.deepEqual(
    symbols.map((s) => s.name),
    ['A'],
  );
});

test('asl/stateGraph, unknown documents and close', async () => {
  const graph = await client.request<{ nodes: { id: string }[]; edges: { to?: string }[] }>('asl/stateGraph', {
    textDocument: doc,
  });
  assert.deepEqual(
    graph.nodes.map((n) => n.id),
    ['root/Check', 'root/Work', 'root/Done'],
  );
  assert.equal(graph.edges.length, 4);
  assert.equal(
    await client.request('textDocument/definition', { textDocument: { uri: 'file:///nope.json' }, position: at(0, 0) }),
    null,
  );
  await client.close(YAML_URI);
  await client.diagnostics(YAML_URI, (p) => p.diagnostics.length === 0);
});

test('requests without params, or without textDocument.uri, answer InvalidParams (-32602) and the server lives on', async () => {
  for (const method of [
    'textDocument/hover',
    'textDocument/completion',
    'textDocument/rename',
    'textDocument/codeAction',
  ]) {
    for (const params of [null, [], { textDocument: null }, { textDocument: { uri: 7 } }]) {
      await assert.rejects(
        client.request(method, params),
        (e: { code?: number; message?: string }) =>
          e.code === -32602 && e.message?.includes('textDocument.uri') === true,
        `${method} ${JSON.stringify(params)}`,
      );
    }
  }
  const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: doc, position: at(4, 8) });
  assert.ok(hover !== undefined);
});

test('shutdown and exit end the process', async () => {
  await client.request('shutdown', null);
  const exited = new Promise<number | null>((resolveExit) => server.once('exit', (code) => resolveExit(code)));
  await client.connection.sendNotification('exit');
  assert.equal(await exited, 0);
});
