// `asl run` through runCommand with an in-memory CliIo: the --json contract ({status, output} or
// {status, error, cause}), exit codes (0 SUCCEEDED, 1 FAILED/TIMED_OUT, 2 usage or invalid
// definition with located errors), mocks, YAML definitions, items folder confinement.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCommand, machineNameFor } from '../../src/cli/run';
import { confinedPath } from '../../src/cli/runSupport';
import type { CliIo } from '../../src/cli/io';

function fakeIo(files: Record<string, string>): CliIo & { out: string; err: string } {
  const io = {
    cwd: '/work',
    out: '',
    err: '',
    isTty: false,
    stdout(text: string) {
      io.out += text;
    },
    stderr(text: string) {
      io.err += text;
    },
    readFile(path: string) {
      const key = path.startsWith('/work/') ? path.slice(6) : path;
      if (!(key in files)) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return files[key];
    },
  };
  return io;
}

const PASS = JSON.stringify(
  { StartAt: 'A', States: { A: { Type: 'Pass', Result: { ok: 1 }, ResultPath: '$.r', End: true } } },
  null,
  2,
);
const FAIL = JSON.stringify({ StartAt: 'F', States: { F: { Type: 'Fail', Error: 'Oops', Cause: 'because' } } });

test('--json SUCCEEDED: exactly one JSON object {status, output}, exit 0', async () => {
  const io = fakeIo({ 'm.asl.json': PASS, 'in.json': '{"x":1}' });
  const code = await runCommand(['m.asl.json', '--input', 'in.json', '--json'], io);
  assert.equal(code, 0);
  assert.equal(io.out.trim().split('\n').length, 1);
  assert.deepEqual(JSON.parse(io.out), { status: 'SUCCEEDED', output: { x: 1, r: { ok: 1 } } });
  assert.equal(io.err, '');
});

test('--json FAILED: {status, error, cause}, exit 1', async () => {
  const io = fakeIo({ 'f.asl.json': FAIL });
  assert.equal(await runCommand(['f.asl.json', '--json'], io), 1);
  assert.deepEqual(JSON.parse(io.out), { status: 'FAILED', error: 'Oops', cause: 'because' });
});

test('--json TIMED_OUT: only the status, as DescribeExecution (no error, no cause), exit 1', async () => {
  const io = fakeIo({
    't.asl.json': JSON.stringify({
      TimeoutSeconds: 1,
      StartAt: 'W',
      States: { W: { Type: 'Wait', Seconds: 5, End: true } },
    }),
  });
  assert.equal(await runCommand(['t.asl.json', '--json'], io), 1);
  const out = JSON.parse(io.out);
  assert.deepEqual(out, { status: 'TIMED_OUT' });
});

test('human output: status, the path of states and the pretty output', async () => {
  const io = fakeIo({
    'm.asl.json': JSON.stringify({
      StartAt: 'A',
      States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Pass', End: true } },
    }),
  });
  assert.equal(await runCommand(['m.asl.json', '--input-json', '{"k":true}'], io), 0);
  assert.match(io.out, /^status: SUCCEEDED\nstates: A → B\noutput:\n\{\n {2}"k": true\n\}\n$/);
});

test('invalid definition: exit 2 with path:line:col errors, nothing run', async () => {
  const bad = '{\n  "StartAt": "A",\n  "States": {\n    "A": { "Type": "Pass", "Next": "Missing" }\n  }\n}\n';
  const io = fakeIo({ 'bad.asl.json': bad });
  assert.equal(await runCommand(['bad.asl.json', '--json'], io), 2);
  assert.equal(io.out, '');
  assert.match(io.err, /^bad\.asl\.json:4:\d+: error [a-z-]+ /m);
});

test('usage errors exit 2: no file, unknown option, bad input JSON, missing file, --mocks without --test-case', async () => {
  const files = {
    'm.asl.json': PASS,
    'mocks.json': '{"StateMachines":{"m":{"TestCases":{"Happy":{}}}},"MockedResponses":{}}',
  };
  for (const args of [
    [],
    ['m.asl.json', '--nope'],
    ['m.asl.json', '--input-json', '{'],
    ['missing.asl.json'],
    ['m.asl.json', '--mocks', 'mocks.json'],
    ['m.asl.json', '--mocks', 'mocks.json', '--test-case', 'Sad'],
    ['m.asl.json', '--max-transitions', 'x'],
  ]) {
    const io = fakeIo(files);
    assert.equal(await runCommand(args, io), 2, args.join(' '));
    assert.notEqual(io.err, '');
  }
});

test('mocks: test case chosen by name, machine name from the file name', async () => {
  const def = JSON.stringify({
    StartAt: 'Call',
    States: { Call: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', OutputPath: '$.Payload', End: true } },
  });
  const mocks = JSON.stringify({
    StateMachines: { orders: { TestCases: { Happy: { Call: 'R' }, Sad: { Call: 'T' } } } },
    MockedResponses: {
      R: { '0': { Return: { Payload: 'yes' } } },
      T: { '0': { Throw: { Error: 'No', Cause: 'nope' } } },
    },
  });
  const happy = fakeIo({ 'orders.asl.json': def, 'mocks.json': mocks });
  assert.equal(
    await runCommand(['orders.asl.json', '--mocks', 'mocks.json', '--test-case', 'Happy', '--json'], happy),
    0,
  );
  assert.deepEqual(JSON.parse(happy.out), { status: 'SUCCEEDED', output: 'yes' });
  const sad = fakeIo({ 'x.asl.json': def, 'mocks.json': mocks });
  assert.equal(
    await runCommand(
      ['x.asl.json', '--mocks', 'mocks.json', '--test-case', 'Sad', '--state-machine-name', 'orders', '--json'],
      sad,
    ),
    1,
  );
  assert.deepEqual(JSON.parse(sad.out), { status: 'FAILED', error: 'No', cause: 'nope' });
  assert.equal(machineNameFor('dir/my-flow.asl.yaml'), 'my-flow');
});

test('YAML definitions run; --history adds the AWS-shaped history to the JSON object', async () => {
  const yaml = 'StartAt: A\nStates:\n  A:\n    Type: Pass\n    Result: 5\n    End: true\n';
  const io = fakeIo({ 'y.asl.yaml': yaml });
  assert.equal(await runCommand(['y.asl.yaml', '--json', '--history'], io), 0);
  const out = JSON.parse(io.out);
  assert.equal(out.output, 5);
  assert.deepEqual(
    out.history.map((e: { type: string }) => e.type),
    ['ExecutionStarted', 'PassStateEntered', 'PassStateExited', 'ExecutionSucceeded'],
  );
});

test('--max-transitions stops a loop: FAILED, exit 1', async () => {
  const loop = {
    StartAt: 'A',
    States: {
      A: { Type: 'Pass', Next: 'C' },
      C: { Type: 'Choice', Choices: [{ Variable: '$.stop', IsPresent: true, Next: 'Done' }], Default: 'A' },
      Done: { Type: 'Succeed' },
    },
  };
  const io = fakeIo({ 'l.asl.json': JSON.stringify(loop) });
  assert.equal(await runCommand(['l.asl.json', '--json', '--max-transitions', '50'], io), 1);
  assert.equal(JSON.parse(io.out).error, 'States.Runtime');
});

test('item paths cannot escape the configured folder', () => {
  assert.equal(confinedPath('/data', 'bucket', 'a/b.json'), '/data/bucket/a/b.json');
  assert.equal(confinedPath('/data', 'bucket', '../../etc/passwd'), undefined);
  assert.equal(confinedPath('/data', '..', 'x'), undefined);
  assert.equal(confinedPath('/data', 'bucket', '/etc/passwd'), undefined);
  assert.equal(confinedPath('/data', '', 'x'), undefined);
});

test('distributed Map without --items-dir fails with States.ItemReaderFailed', async () => {
  const def = JSON.stringify({
    StartAt: 'M',
    States: {
      M: {
        Type: 'Map',
        ItemReader: {
          Resource: 'arn:aws:states:::s3:getObject',
          ReaderConfig: { InputType: 'JSON' },
          Parameters: { Bucket: 'b', Key: 'k.json' },
        },
        ItemProcessor: {
          ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'EXPRESS' },
          StartAt: 'P',
          States: { P: { Type: 'Pass', End: true } },
        },
        End: true,
      },
    },
  });
  const io = fakeIo({ 'd.asl.json': def });
  assert.equal(await runCommand(['d.asl.json', '--json'], io), 1);
  assert.equal(JSON.parse(io.out).error, 'States.ItemReaderFailed');
});

test('--handlers: a module of handler functions keyed by state name; lambda:invoke result wrapped', async () => {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'asl-run-'));
  writeFileSync(join(dir, 'handlers.js'), 'module.exports = { Call: async (input) => ({ doubled: input.n * 2 }) };\n');
  const def = JSON.stringify({
    StartAt: 'Call',
    States: {
      Call: {
        Type: 'Task',
        Resource: 'arn:aws:states:::lambda:invoke',
        Parameters: { FunctionName: 'f', 'Payload.$': '$' },
        ResultSelector: { 'v.$': '$.Payload.doubled', 'code.$': '$.StatusCode' },
        End: true,
      },
    },
  });
  const io = fakeIo({ 'h.asl.json': def });
  const code = await runCommand(
    ['h.asl.json', '--input-json', '{"n":21}', '--handlers', join(dir, 'handlers.js'), '--json'],
    io,
  );
  assert.equal(code, 0, io.err);
  assert.deepEqual(JSON.parse(io.out), { status: 'SUCCEEDED', output: { v: 42, code: 200 } });
});

test('--items-dir and --result-dir: ItemReader reads DIR/Bucket/Key, ResultWriter writes under DIR/Bucket/Prefix', async () => {
  const { mkdtempSync, writeFileSync, mkdirSync, readFileSync, existsSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'asl-run-'));
  mkdirSync(join(dir, 'items', 'in-bucket'), { recursive: true });
  writeFileSync(join(dir, 'items', 'in-bucket', 'rows.csv'), 'id,qty\na,1\nb,2\n');
  const def = JSON.stringify({
    StartAt: 'M',
    States: {
      M: {
        Type: 'Map',
        ItemReader: {
          Resource: 'arn:aws:states:::s3:getObject',
          ReaderConfig: { InputType: 'CSV', CSVHeaderLocation: 'FIRST_ROW' },
          Parameters: { Bucket: 'in-bucket', Key: 'rows.csv' },
        },
        ItemProcessor: {
          ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'EXPRESS' },
          StartAt: 'P',
          States: { P: { Type: 'Pass', End: true } },
        },
        ResultWriter: {
          Resource: 'arn:aws:states:::s3:putObject',
          Parameters: { Bucket: 'out-bucket', Prefix: 'runs' },
        },
        End: true,
      },
    },
  });
  const io = Object.assign(fakeIo({ 'd.asl.json': def }), {
    cwd: dir,
    readFile: (p: string) => (p === 'd.asl.json' ? def : readFileSync(p, 'utf8')),
  });
  const code = await runCommand(['d.asl.json', '--json', '--items-dir', 'items', '--result-dir', 'results'], io);
  assert.equal(code, 0, io.err + io.out);
  const out = JSON.parse(io.out).output;
  const manifestPath = join(dir, 'results', 'out-bucket', out.ResultWriterDetails.Key);
  assert.ok(existsSync(manifestPath));
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const results = JSON.parse(
    readFileSync(join(dir, 'results', 'out-bucket', manifest.ResultFiles.SUCCEEDED[0].Key), 'utf8'),
  );
  assert.deepEqual(
    results.map((r: { Output: string }) => JSON.parse(r.Output)),
    [
      { id: 'a', qty: '1' },
      { id: 'b', qty: '2' },
    ],
  );
});
