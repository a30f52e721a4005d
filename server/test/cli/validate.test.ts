// `asl validate`: output format, JSON report, exit codes, folders, and the built dist/cli.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { runCli } from '../../src/cli/main';
import { fakeIo } from './fakeIo';

const BROKEN = `{
  "StartAt": "First",
  "States": {
    "First": { "Type": "Pass", "Nxt": "Second", "Next": "Scond" },
    "Second": { "Type": "Succeed" }
  }
}`;

test('every example validates clean (exit 0, no errors)', async () => {
  const files = readdirSync('examples')
    .filter((f) => /\.asl\.(json|ya?ml)$/.test(f))
    .map((f) => `examples/${f}`);
  assert.ok(files.length >= 6, 'at least six examples');
  const io = fakeIo();
  const code = await runCli(['validate', ...files], io);
  assert.equal(io.stdoutText(), '', 'no findings printed');
  assert.equal(code, 0, io.stderrText());
  assert.match(io.stderrText(), new RegExp(`${files.length} files checked: 0 errors`));
});

test('a folder argument finds the definitions inside it', async () => {
  const io = fakeIo();
  assert.equal(await runCli(['validate', 'examples'], io), 0, io.stdoutText());
  assert.match(io.stderrText(), /[6-9] files checked|[1-9]\d files checked/);
});

test('a broken copy gets located errors and exit 1', async () => {
  const io = fakeIo({ 'broken.asl.json': BROKEN });
  const code = await runCli(['validate', 'broken.asl.json'], io);
  assert.equal(code, 1);
  const lines = io.stdoutText().trim().split('\n');
  assert.ok(
    lines.some((l) => l.startsWith('broken.asl.json:4:32: error unknown-field ')),
    lines.join('\n'),
  );
  assert.ok(
    lines.some((l) => l.startsWith('broken.asl.json:4:57: error undefined-state ')),
    lines.join('\n'),
  );
  assert.ok(
    lines.every((l) => /^broken\.asl\.json:\d+:\d+: (error|warning|information|hint) [a-z-]+ \S/.test(l)),
    lines.join('\n'),
  );
});

test('a syntax error is located', async () => {
  const io = fakeIo({ 'syntax.asl.json': '{\n  "StartAt": "A",\n  "States": { "A": { "Type": "Succeed" } \n' });
  assert.equal(await runCli(['validate', 'syntax.asl.json'], io), 1);
  assert.match(io.stdoutText(), /^syntax\.asl\.json:\d+:\d+: error json-syntax /m);
});

test('YAML definitions are validated too', async () => {
  const yaml = 'StartAt: A\nStates:\n  A:\n    Type: Pass\n    Next: B\n';
  const io = fakeIo({ 'm.asl.yaml': yaml });
  assert.equal(await runCli(['validate', 'm.asl.yaml'], io), 1);
  assert.match(io.stdoutText(), /^m\.asl\.yaml:5:11: error undefined-state /m);
});

test('--format json prints one parseable report', async () => {
  const io = fakeIo({ 'broken.asl.json': BROKEN });
  assert.equal(await runCli(['validate', '--format', 'json', 'broken.asl.json'], io), 1);
  const report = JSON.parse(io.stdoutText());
  assert.equal(report.files.length, 1);
  assert.equal(report.files[0].path, 'broken.asl.json');
  assert.ok(report.summary.errors >= 2);
  const undefinedState = report.files[0].diagnostics.find((d: { code: string }) => d.code === 'undefined-state');
  assert.deepEqual([undefinedState.line, undefinedState.column, undefinedState.severity], [4, 57, 'error']);
});

test('a missing file exits 2 with a clear message', async () => {
  const io = fakeIo();
  assert.equal(await runCli(['validate', 'no/such/file.asl.json'], io), 2);
  assert.match(io.stderrText(), /cannot read 'no\/such\/file\.asl\.json': no such file/);
});

test('usage errors exit 2', async () => {
  for (const argv of [
    ['validate'],
    ['validate', '--format', 'xml', 'a.json'],
    ['validate', '--bogus', 'a.json'],
    ['frobnicate'],
    [],
  ]) {
    const io = fakeIo();
    assert.equal(await runCli(argv, io), 2, argv.join(' '));
    assert.notEqual(io.stderrText(), '', argv.join(' '));
  }
});

test('the built dist/cli.js runs with a shebang and the same exit codes', () => {
  const ok = spawnSync('dist/cli.js', ['validate', 'examples/order-processing.asl.json'], { encoding: 'utf8' });
  assert.equal(ok.status, 0, ok.stderr + ok.stdout);
  const missing = spawnSync('dist/cli.js', ['validate', 'missing.asl.json'], { encoding: 'utf8' });
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /no such file/);
});
