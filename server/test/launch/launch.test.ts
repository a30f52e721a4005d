// The one launch path (server/src/launch): the run executes the model it validated (a YAML
// definition with 120 aliases runs), every file access goes through the injected LaunchIo (an
// in-memory io serves items, results and handlers), and bad input says where and what to fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CLI_NAMES, LAUNCH_CONFIG_NAMES, isLaunchFailure, prepareLaunch, type LaunchIo } from '../../src/launch';
import type { LaunchMode, LaunchRequest } from '../../src/launch';
import { runCommand } from '../../src/cli/run';

const DEBUG_MODE: LaunchMode = {
  advanceWhenIdle: false,
  historyPayloads: true,
  waitForCallbacks: true,
  names: LAUNCH_CONFIG_NAMES,
};

interface MemoryIo extends LaunchIo {
  readonly files: Map<string, string>;
  readonly loaded: string[];
}

/** Files under /ws only; folders are the prefixes of the file paths. */
function memoryIo(files: Record<string, string>, modules: Record<string, unknown> = {}): MemoryIo {
  const map = new Map(Object.entries(files).map(([k, v]) => [`/ws/${k}`, v]));
  const loaded: string[] = [];
  return {
    cwd: '/ws',
    files: map,
    loaded,
    readFile(path) {
      const text = map.get(path);
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return text;
    },
    readDir(path) {
      const prefix = path.endsWith('/') ? path : `${path}/`;
      const names = [...map.keys()]
        .filter((k) => k.startsWith(prefix))
        .map((k) => k.slice(prefix.length).split('/')[0]);
      return names.length === 0 ? undefined : [...new Set(names)];
    },
    writeFile(path, text) {
      map.set(path, text);
    },
    loadModule(path) {
      loaded.push(path);
      if (!(path in modules)) throw new Error(`Cannot find module '${path}'`);
      return modules[path];
    },
  };
}

function launch(io: LaunchIo, request: Partial<LaunchRequest>, mode = DEBUG_MODE) {
  return prepareLaunch({ definition: 'm.asl.json', ...request }, io, mode);
}

function aliasYaml(count: number): string {
  const refs = Array.from({ length: count }, (_, i) => `      k${i}: *v`).join('\n');
  return `StartAt: A\nStates:\n  A:\n    Type: Pass\n    Result:\n      base: &v {x: 1}\n${refs}\n    End: true\n`;
}

test('a YAML definition with 120 aliases validates clean and runs the validated model', async () => {
  const io = memoryIo({ 'm.asl.yaml': aliasYaml(120) });
  const prepared = launch(io, { definition: 'm.asl.yaml' });
  assert.ok(!isLaunchFailure(prepared), isLaunchFailure(prepared) ? prepared.message : '');
  const result = await prepared.start().run();
  assert.equal(result.status, 'SUCCEEDED');
  assert.deepEqual((result.output as Record<string, unknown>).k119, { x: 1 });
});

test('asl run: the same 120-alias YAML succeeds through the CLI', async () => {
  let out = '';
  let err = '';
  const io = {
    ...memoryIo({ 'm.asl.yaml': aliasYaml(120) }),
    stdout: (t: string) => void (out += t),
    stderr: (t: string) => void (err += t),
    isTty: false,
  };
  assert.equal(await runCommand(['m.asl.yaml', '--json'], io), 0, err);
  assert.equal(JSON.parse(out).status, 'SUCCEEDED');
});

const DISTRIBUTED = JSON.stringify({
  StartAt: 'M',
  States: {
    M: {
      Type: 'Map',
      ItemReader: {
        Resource: 'arn:aws:states:::s3:listObjectsV2',
        Parameters: { Bucket: 'in', Prefix: 'rows/' },
      },
      ItemProcessor: {
        ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'EXPRESS' },
        StartAt: 'Call',
        States: {
          Call: {
            Type: 'Task',
            Resource: 'arn:aws:states:::lambda:invoke',
            Parameters: { 'Payload.$': '$' },
            OutputPath: '$.Payload',
            End: true,
          },
        },
      },
      ResultWriter: { Resource: 'arn:aws:states:::s3:putObject', Parameters: { Bucket: 'out', Prefix: 'runs' } },
      End: true,
    },
  },
});

test('items, results and handlers go through the injected io only (nothing on disk)', async () => {
  const handlers = { Call: (input: { Key: string; Size: number }) => ({ seen: input.Key, size: input.Size }) };
  const io = memoryIo(
    { 'm.asl.json': DISTRIBUTED, 'items/in/rows/a.json': '[1]', 'items/in/rows/b.json': '[1,2]' },
    { '/ws/h.js': handlers },
  );
  const prepared = launch(io, { itemsDir: 'items', resultDir: 'results', handlers: 'h.js' });
  assert.ok(!isLaunchFailure(prepared), isLaunchFailure(prepared) ? prepared.message : '');
  const result = await prepared.start().run();
  assert.equal(result.status, 'SUCCEEDED', `${result.error}: ${result.cause}`);
  assert.deepEqual(io.loaded, ['/ws/h.js']);
  const written = [...io.files.keys()].filter((k) => k.startsWith('/ws/results/out/runs/'));
  assert.ok(
    written.some((k) => k.endsWith('manifest.json')),
    written.join(', '),
  );
  const all = written.map((k) => io.files.get(k) ?? '').join('\n');
  assert.match(all, /rows\/a\.json/);
  assert.match(all, /\\"size\\":5/);
});

test('bad input JSON names the file, line and column', () => {
  const io = memoryIo({ 'm.asl.json': DISTRIBUTED, 'in.json': '{\n  "a": 1,\n  "b": }\n' });
  const failed = launch(io, { input: 'in.json' });
  assert.ok(isLaunchFailure(failed));
  assert.equal(failed.message, 'in.json:3:8: not valid JSON (value expected)');
});

test('an unknown mock test case lists the ones that exist', () => {
  const mocks = JSON.stringify({ StateMachines: { m: { TestCases: { Happy: {}, Sad: {} } } }, MockedResponses: {} });
  const io = memoryIo({ 'm.asl.json': DISTRIBUTED, 'mocks.json': mocks });
  const failed = launch(io, { mocks: 'mocks.json', testCase: 'Nope' });
  assert.ok(isLaunchFailure(failed));
  assert.match(failed.message, /no test case 'Nope' \(known: Happy, Sad\)/);
  const noCase = launch(io, { mocks: 'mocks.json' });
  assert.ok(isLaunchFailure(noCase));
  assert.equal(noCase.message, '"mocks" needs "testCase" <name>');
});

test('a broken definition fails with its located errors and runs nothing', () => {
  const bad = '{\n  "StartAt": "A",\n  "States": {\n    "A": { "Type": "Pass", "Next": "Missing" }\n  }\n}\n';
  const failed = launch(memoryIo({ 'm.asl.json': bad }), {});
  assert.ok(isLaunchFailure(failed));
  assert.match(failed.message, /'m\.asl\.json' is not a valid state machine \(1 error\)/);
  assert.equal(failed.diagnostics[0].line, 4);
  assert.equal(failed.diagnostics[0].severity, 'error');
});

test("missing files, handler modules and bad numbers are named in the caller's words", () => {
  const io = memoryIo({ 'm.asl.json': DISTRIBUTED });
  const message = (r: Partial<LaunchRequest>, mode = DEBUG_MODE): string => {
    const failed = launch(io, r, mode);
    return isLaunchFailure(failed) ? failed.message : 'launched';
  };
  assert.equal(message({ definition: 'gone.asl.json' }), "cannot read 'gone.asl.json': no such file");
  assert.equal(message({ input: 'gone.json' }), "cannot read input 'gone.json': no such file");
  assert.match(message({ handlers: 'h.js' }), /^cannot load handlers from 'h\.js': Cannot find module/);
  assert.equal(message({ maxTransitions: 0 }), '"maxTransitions" must be a positive integer');
  assert.equal(message({ seed: 1.5 }, { ...DEBUG_MODE, names: CLI_NAMES }), '--seed must be an integer');
});

test('start() gives replayable executions: the same history each time', async () => {
  const def = JSON.stringify({
    StartAt: 'U',
    States: {
      U: { Type: 'Pass', Parameters: { 'id.$': 'States.UUID()', 't.$': '$$.Execution.StartTime' }, End: true },
    },
  });
  const prepared = launch(memoryIo({ 'm.asl.json': def }), {});
  assert.ok(!isLaunchFailure(prepared));
  const a = await prepared.start().run();
  const b = await prepared.start().run();
  assert.deepEqual(a, b);
});
