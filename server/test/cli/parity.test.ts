/*
 * `asl validate` reports exactly what the language server publishes (issue: same diagnostics in the
 * editor and in CI): the built CLI's JSON report and the built server's publishDiagnostics are
 * compared finding by finding, for JSON and YAML documents with errors, warnings and hints.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { TestClient } from '../lsp/client';

const ROOT = resolve(__dirname, '../../../..');
const SEVERITY: Record<number, string> = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

const DOCUMENTS: Record<string, string> = {
  'broken.asl.json': `{
  "StartAt": "First",
  "States": {
    "First": { "Type": "Pass", "Nxt": "Second", "Next": "Scond", "ResultPath": "$.a[?(@.b)]" },
    "Second": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Parameters": { "x.$": "States.Format('{}')" }, "End": true },
    "Lonely": { "Type": "Wait", "Seconds": 5, "Timestamp": "2024-01-01T00:00:00Z", "End": true },
    "Old": { "Type": "Map", "Iterator": { "StartAt": "I", "States": { "I": { "Type": "Succeed" } } }, "End": true }
  }
}`,
  'vars.asl.json': `{
  "QueryLanguage": "JSONata",
  "StartAt": "A",
  "States": {
    "A": { "Type": "Pass", "Output": "{% $notSet + 1 %}", "Next": "B" },
    "B": { "Type": "Pass", "Output": "{% $states.input. %}", "End": true }
  }
}`,
  'broken.asl.yaml': 'StartAt: A\nStates:\n  A:\n    Type: Pass\n    Next: B\n  C:\n    Type: Succed\n',
};

let server: ChildProcess;
let client: TestClient;
let folder: string;

before(async () => {
  folder = mkdtempSync(join(tmpdir(), 'asl-parity-'));
  for (const [name, text] of Object.entries(DOCUMENTS)) writeFileSync(join(folder, name), text);
  server = spawn(process.execPath, [join(ROOT, 'dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  client = new TestClient(
    createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!)),
  );
  await client.initialize();
});

after(() => {
  client.connection.dispose();
  if (server.exitCode === null) server.kill();
});

function cliFindings(path: string): string[] {
  const run = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'validate', '--format', 'json', path], {
    encoding: 'utf8',
  });
  const report = JSON.parse(run.stdout) as {
    files: {
      diagnostics: {
        line: number;
        column: number;
        endLine: number;
        endColumn: number;
        severity: string;
        code: string;
        message: string;
      }[];
    }[];
  };
  return report.files[0].diagnostics.map(
    (d) => `${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.severity} ${d.code} ${d.message}`,
  );
}

async function serverFindings(path: string): Promise<string[]> {
  const uri = pathToFileURL(path).toString();
  const languageId = path.endsWith('.yaml') ? 'asl-studio-yaml' : 'asl-studio-json';
  await client.open(uri, languageId, readFileSync(path, 'utf8'));
  const diagnostics = await client.diagnostics(uri);
  return diagnostics.map(
    (d) =>
      `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${SEVERITY[d.severity ?? 1]} ${String(d.code)} ${d.message}`,
  );
}

for (const name of [...Object.keys(DOCUMENTS), '../../examples/jsonata-variables.asl.json']) {
  test(`asl validate and the language server agree on ${name}`, async () => {
    const path = name.startsWith('../') ? resolve(ROOT, 'examples/jsonata-variables.asl.json') : join(folder, name);
    const fromCli = cliFindings(path);
    const fromServer = await serverFindings(path);
    assert.deepEqual(fromServer, fromCli);
    if (!name.startsWith('../'))
      assert.ok(fromCli.length >= 2, `the fixture ${name} should produce findings: ${fromCli.join('\n')}`);
  });
}
