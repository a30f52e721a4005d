/*
 * Mock files (`*.mocks.json`) over a real LSP connection (in-process streams): located findings
 * against the definition beside the file on disk (unknown machine / state with "did you mean", a
 * response used but not defined, an unused response, shape errors), completion of the definition's
 * Task states and the response names, the open (edited) definition winning over the disk, and no
 * ASL finding or feature on a mock file.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { createConnection } from 'vscode-languageserver/node';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { CompletionList, Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { startServer } from '../../src/lsp/server';
import { TestClient } from './client';

const EXAMPLES = resolve(__dirname, '../../../../examples');
const folder = mkdtempSync(join(tmpdir(), 'asl-mocks-'));
copyFileSync(join(EXAMPLES, 'order-processing.asl.json'), join(folder, 'order-processing.asl.json'));
const MOCK_URI = pathToFileURL(join(folder, 'order-processing.mocks.json')).href;
const DEFINITION_URI = pathToFileURL(join(folder, 'order-processing.asl.json')).href;
after(() => rmSync(folder, { recursive: true, force: true }));

function connect() {
  const up = new PassThrough();
  const down = new PassThrough();
  const serverConnection = createConnection(new StreamMessageReader(up), new StreamMessageWriter(down));
  startServer(serverConnection, { diagnosticsDelay: 5 });
  serverConnection.listen();
  const client = new TestClient(createMessageConnection(new StreamMessageReader(down), new StreamMessageWriter(up)));
  const dispose = () => {
    client.connection.dispose();
    serverConnection.dispose();
    assert.deepEqual(client.errors, [], 'the server logged errors');
  };
  return { client, dispose };
}

const MOCKS = `{
  "StateMachines": {
    "order-processing": {
      "TestCases": {
        "HappyPath": {
          "ValidateOrdr": "ValidOrder",
          "ChargePayment": "Charged",
          "ShipOrder": "MesageSent",
          "OrderCompleted": "ValidOrder"
        }
      }
    },
    "order-procesing": { "TestCases": {} }
  },
  "MockedResponses": {
    "ValidOrder": { "0": { "Return": { "valid": true } } },
    "Charged": { "0": { "Return": {} }, "x-2": { "Return": {} } },
    "MessageSent": { "0": { "Return": {} } },
    "Spare": { "0": { "Throw": { "Cause": "no error name" } } }
  }
}`;

function at(text: string, needle: string, line = false): { line: number; character: number } {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, needle);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: line ? 0 : before[before.length - 1].length };
}

function byCode(diagnostics: Diagnostic[], code: string): Diagnostic[] {
  return diagnostics.filter((d) => d.code === code);
}

test('a mock file is checked against the definition beside it, each finding located', async () => {
  const { client, dispose } = connect();
  try {
    await client.initialize();
    await client.open(MOCK_URI, 'json', MOCKS);
    const found = await client.diagnostics(MOCK_URI);
    const [unknownState] = byCode(found, 'mock-unknown-state');
    assert.match(unknownState.message, /no state 'ValidateOrdr'.*Did you mean 'ValidateOrder'\?/);
    assert.deepEqual(unknownState.range.start, at(MOCKS, '"ValidateOrdr"'));
    const [notTask] = byCode(found, 'mock-not-a-task');
    assert.match(notTask.message, /'OrderCompleted' is a Succeed/);
    const [machine] = byCode(found, 'mock-unknown-machine');
    assert.match(machine.message, /'order-procesing'.*Did you mean 'order-processing'\?/);
    assert.deepEqual(machine.range.start, at(MOCKS, '"order-procesing"'));
    const [undefinedResponse] = byCode(found, 'mock-undefined-response');
    assert.equal(undefinedResponse.severity, 1);
    assert.match(undefinedResponse.message, /no 'MesageSent'. Did you mean 'MessageSent'\?/);
    assert.deepEqual(undefinedResponse.range.start, at(MOCKS, '"MesageSent"'));
    const unused = byCode(found, 'mock-unused-response').map((d) => d.message);
    assert.deepEqual(unused, [
      "Mocked response 'MessageSent' is not used by any test case.",
      "Mocked response 'Spare' is not used by any test case.",
    ]);
    const shape = byCode(found, 'mock-file-shape').map((d) => d.message);
    assert.equal(shape.length, 2, shape.join('\n'));
    assert.match(shape[0], /'x-2' is not an invocation number/);
    assert.match(shape[1], /"Throw" is an object with an "Error"/);
    assert.equal(found.filter((d) => typeof d.code !== 'string' || !d.code.startsWith('mock-')).length, 0);
  } finally {
    dispose();
  }
});

test('completion offers the Task states not mocked yet, then the response names', async () => {
  const { client, dispose } = connect();
  try {
    await client.initialize();
    const text = MOCKS.replace('"OrderCompleted": "ValidOrder"', '"OrderCompleted": "ValidOrder",\n          ""');
    await client.open(MOCK_URI, 'json', text);
    const keyAt = at(text, '""');
    const keys = await client.request<CompletionList>('textDocument/completion', {
      textDocument: { uri: MOCK_URI },
      position: { line: keyAt.line, character: keyAt.character + 1 },
    });
    const labels = keys.items.map((i) => i.label).sort();
    assert.deepEqual(labels, ['NotifyFailure', 'ValidateOrder']);
    const valueAt = at(text, '"Charged"');
    const values = await client.request<CompletionList>('textDocument/completion', {
      textDocument: { uri: MOCK_URI },
      position: { line: valueAt.line, character: valueAt.character + 1 },
    });
    assert.deepEqual(
      values.items.map((i) => i.label),
      ['ValidOrder', 'Charged', 'MessageSent', 'Spare'],
    );
    const hover = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: MOCK_URI },
      position: valueAt,
    });
    assert.equal(hover, null, 'ASL hover does not apply to a mock file');
  } finally {
    dispose();
  }
});

test('the open definition wins over the disk, and an edit of it checks the mock file again', async () => {
  const { client, dispose } = connect();
  try {
    await client.initialize();
    await client.open(MOCK_URI, 'json', MOCKS);
    await client.diagnostics(MOCK_URI);
    const definition =
      '{"StartAt":"ValidateOrdr","States":{"ValidateOrdr":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","End":true}}}';
    await client.open(DEFINITION_URI, 'asl-studio-json', definition);
    const again = await client.diagnostics(
      MOCK_URI,
      (p) => !p.diagnostics.some((d) => d.message.includes("no state 'ValidateOrdr'")),
    );
    assert.ok(byCode(again, 'mock-unknown-state').some((d) => d.message.includes("no state 'ChargePayment'")));
  } finally {
    dispose();
  }
});
