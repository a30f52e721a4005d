/*
 * `asl test` files over a real LSP connection (in-process streams): the format's problems and
 * state names the definition lacks are located findings (with "did you mean"), a definition that
 * cannot be read is an error, completion offers the definition's states where the format takes
 * state names, and asl/testFileOutline lists the cases (open text over the disk) for the Testing view.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { createConnection } from 'vscode-languageserver/node';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { CompletionList } from 'vscode-languageserver-protocol';
import { startServer } from '../../src/lsp/server';
import type { TestFileOutline } from '../../src/protocol';
import { TestClient } from './client';

const EXAMPLES = resolve(__dirname, '../../../../examples');
const folder = mkdtempSync(join(tmpdir(), 'asl-tests-'));
copyFileSync(join(EXAMPLES, 'order-processing.asl.json'), join(folder, 'order-processing.asl.json'));
copyFileSync(join(EXAMPLES, 'order-processing.mocks.json'), join(folder, 'order-processing.mocks.json'));
const TEST_PATH = join(folder, 'order-processing.asl.test.yaml');
const TEST_URI = pathToFileURL(TEST_PATH).href;
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

const TESTS = `definition: order-processing.asl.json
cases:
  HappyPath:
    mocks:
      ValidateOrdr: { "0": { Return: { valid: true } } }
      IsOrderValid: { "0": { Return: {} } }
    expect:
      status: SUCCEEDED
      path: [ValidateOrder, ChargePaymnt]
      notVisits: [NotifyFailure]
  Broken:
    expect: { statuss: FAILED }
`;

function at(text: string, needle: string, delta = 0): { line: number; character: number } {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, needle);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length + delta };
}

test('state names the definition lacks, and the format problems, are located findings', async () => {
  const { client, dispose } = connect();
  try {
    await client.initialize();
    await client.open(TEST_URI, 'yaml', TESTS);
    const found = await client.diagnostics(TEST_URI);
    const unknown = found.filter((d) => d.code === 'test-unknown-state');
    assert.deepEqual(
      unknown.map((d) => [d.message, d.range.start]),
      [
        ["The definition has no state 'ValidateOrdr'. Did you mean 'ValidateOrder'?", at(TESTS, 'ValidateOrdr')],
        ["The definition has no state 'ChargePaymnt'. Did you mean 'ChargePayment'?", at(TESTS, 'ChargePaymnt')],
      ],
    );
    const notTask = found.find((d) => d.code === 'mock-not-a-task');
    assert.match(notTask?.message ?? '', /'IsOrderValid' is a Choice/);
    const format = found.filter((d) => d.code === 'test-file');
    assert.equal(format.length, 1, JSON.stringify(found));
    assert.match(format[0].message, /statuss/);
    assert.deepEqual(format[0].range.start, at(TESTS, 'statuss'));
  } finally {
    dispose();
  }
});

test('a definition that cannot be read is an error at its name', async () => {
  const { client, dispose } = connect();
  try {
    await client.initialize();
    const text = TESTS.replace('definition: order-processing.asl.json', 'definition: order.asl.json');
    await client.open(TEST_URI, 'yaml', text);
    const found = await client.diagnostics(TEST_URI);
    const missing = found.find((d) => d.code === 'test-definition-missing');
    assert.equal(missing?.severity, 1);
    assert.deepEqual(missing?.range.start, at(text, 'order.asl.json'));
  } finally {
    dispose();
  }
});

test('a mockTestCase the mock file lacks (did you mean), and a mock file that cannot be read, are errors', async () => {
  const { client, dispose } = connect();
  try {
    await client.initialize();
    const text = TESTS.replace('cases:', 'mocks: order-processing.mocks.json\ncases:').replace(
      '    mocks:\n      ValidateOrdr',
      '    mockTestCase: HapyPath\n    mocks:\n      ValidateOrdr',
    );
    await client.open(TEST_URI, 'yaml', text);
    const found = await client.diagnostics(TEST_URI);
    const unknown = found.find((d) => d.code === 'test-unknown-mock-case');
    assert.equal(
      unknown?.message,
      "The mock file has no test case 'HapyPath' for 'order-processing'. Did you mean 'HappyPath'?",
    );
    assert.deepEqual(unknown?.range.start, at(text, 'HapyPath'));
    const missing = text.replace('mocks: order-processing.mocks.json', 'mocks: orders.mocks.json');
    await client.change(TEST_URI, 2, [{ text: missing }]);
    const again = await client.diagnostics(TEST_URI, (p) => p.version === 2);
    const noFile = again.find((d) => d.code === 'test-mocks-missing');
    assert.deepEqual(noFile?.range.start, at(missing, 'orders.mocks.json'));
  } finally {
    dispose();
  }
});

test('completion offers Task states under mocks and any state in path lists', async () => {
  const { client, dispose } = connect();
  try {
    await client.initialize();
    const text = TESTS.replace(
      '      IsOrderValid: { "0": { Return: {} } }\n',
      '      IsOrderValid: { "0": { Return: {} } }\n      \n',
    );
    await client.open(TEST_URI, 'yaml', text);
    const keyAt = at(text, '      \n    expect', 6);
    const keys = await client.request<CompletionList>('textDocument/completion', {
      textDocument: { uri: TEST_URI },
      position: keyAt,
    });
    assert.deepEqual(keys.items.map((i) => i.label).sort(), [
      'ChargePayment',
      'NotifyFailure',
      'ShipOrder',
      'ValidateOrder',
    ]);
    const valueAt = at(text, 'ChargePaymnt', 2);
    const values = await client.request<CompletionList>('textDocument/completion', {
      textDocument: { uri: TEST_URI },
      position: valueAt,
    });
    const labels = values.items.map((i) => i.label);
    assert.ok(
      labels.includes('ChargePayment') && labels.includes('OrderCompleted') && labels.includes('IsOrderValid'),
      labels.join(),
    );
  } finally {
    dispose();
  }
});

test('the outline lists the cases at their names, from the open text or the disk', async () => {
  const { client, dispose } = connect();
  try {
    await client.initialize();
    writeFileSync(TEST_PATH, TESTS);
    const fromDisk = await client.request<TestFileOutline | null>('asl/testFileOutline', { path: TEST_PATH });
    assert.equal(fromDisk?.definitionPath, join(folder, 'order-processing.asl.json'));
    assert.deepEqual(
      fromDisk?.cases.map((c) => [c.name, c.range.start, c.skip]),
      [
        ['HappyPath', at(TESTS, 'HappyPath'), false],
        ['Broken', at(TESTS, 'Broken'), false],
      ],
    );
    assert.equal(fromDisk?.problems.length, 1);
    const edited = TESTS.replace('  Broken:', '  Later:\n    skip: true\n    expect: { status: SUCCEEDED }\n  Broken:');
    await client.open(TEST_URI, 'yaml', edited);
    const fromEditor = await client.request<TestFileOutline | null>('asl/testFileOutline', { path: TEST_PATH });
    assert.deepEqual(
      fromEditor?.cases.map((c) => [c.name, c.skip]),
      [
        ['HappyPath', false],
        ['Later', true],
        ['Broken', false],
      ],
    );
    const missing = await client.request<TestFileOutline | null>('asl/testFileOutline', {
      path: join(folder, 'none.asl.test.yaml'),
    });
    assert.equal(missing, null);
  } finally {
    dispose();
  }
});

test("the examples' test and mock files have no error or warning", async () => {
  const { client, dispose } = connect();
  try {
    await client.initialize();
    const { readdirSync, readFileSync } = await import('node:fs');
    const names = readdirSync(EXAMPLES).filter((n) => /\.asl\.test\.(ya?ml|json)$|\.mocks\.json$/.test(n));
    assert.ok(names.length >= 6, names.join());
    for (const name of names) {
      const uri = pathToFileURL(join(EXAMPLES, name)).href;
      await client.open(uri, name.endsWith('.json') ? 'json' : 'yaml', readFileSync(join(EXAMPLES, name), 'utf8'));
      const found = await client.diagnostics(uri);
      const serious = found.filter((d) => (d.severity ?? 1) <= 2);
      assert.deepEqual(
        serious.map((d) => `${name}:${d.range.start.line + 1}: ${d.message}`),
        [],
      );
    }
  } finally {
    dispose();
  }
});
