// The built CLI loads only what a command needs: each case runs dist/cli.js under a `-r` recorder
// that writes every module file the process loaded (require.cache at exit), and checks the exact set
// of bundles, and that output through the lazily loaded libraries equals the in-process CLI's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { runCli } from '../../src/cli/main';
import { CLI } from '../robustness/support';
import { fakeIo } from './fakeIo';

const DIST = dirname(CLI);
const RECORDER = `process.on('exit', () => require('fs').writeFileSync(process.env.ASL_LOADED, [
  ...Object.keys(require.cache), ...process.moduleLoadList].join('\\n')));`;

interface Loaded {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** The bundles under dist/ the process loaded, relative to dist/, sorted. */
  readonly bundles: string[];
  /** Node's own modules the process loaded (`NativeModule <name>` of process.moduleLoadList). */
  readonly builtins: Set<string>;
}

function runBuilt(args: readonly string[], extraEnv: Record<string, string> = {}): Loaded {
  const folder = mkdtempSync(join(tmpdir(), 'asl-startup-'));
  try {
    const recorder = join(folder, 'recorder.js');
    const record = join(folder, 'loaded.txt');
    writeFileSync(recorder, RECORDER);
    const env = { ...process.env, ...extraEnv, ASL_LOADED: record };
    const child = spawnSync(process.execPath, ['-r', recorder, CLI, ...args], { encoding: 'utf8', env });
    const files = readFileSync(record, 'utf8').split('\n');
    const bundles = files.filter((f) => f.startsWith(DIST)).map((f) => relative(DIST, f));
    const builtins = new Set(files.filter((f) => f.startsWith('NativeModule ')).map((f) => f.slice(13)));
    return { code: child.status, stdout: child.stdout, stderr: child.stderr, bundles: bundles.sort(), builtins };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

async function inProcess(args: string[]): Promise<{ code: number; stdout: string }> {
  const io = fakeIo();
  const code = await runCli(args, io);
  return { code, stdout: io.stdoutText() };
}

async function withMachine(name: string, text: string, body: (path: string) => unknown): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'asl-startup-machine-'));
  try {
    const path = join(folder, name);
    writeFileSync(path, text);
    await body(path);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const PASS = JSON.stringify({ StartAt: 'P', States: { P: { Type: 'Pass', End: true } } });
/** A block scalar: beyond the fast YAML path (parseYamlFast.ts), so the `yaml` package parses it. */
const PASS_YAML = 'StartAt: P\nStates:\n  P:\n    Type: Pass\n    Comment: |\n      a block scalar\n    End: true\n';
const FILTER = JSON.stringify({
  StartAt: 'P',
  States: { P: { Type: 'Pass', Parameters: { 'desks.$': '$.items[?(@.sku =~ /DESK.*/)]' }, End: true } },
});

test('asl --version loads nothing but the dispatcher', () => {
  const run = runBuilt(['--version']);
  assert.equal(run.code, 0, run.stderr);
  assert.deepEqual(run.bundles, ['cli.js']);
});

test('asl validate loads the validate bundle only: no interpreter, no library', async () => {
  await withMachine('one.asl.json', PASS, (path) => {
    const run = runBuilt(['validate', path]);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(run.bundles, ['cli.js', 'cli/validate.js']);
  });
});

test('asl run of a JSON Pass machine loads the run bundle only: no YAML, JSONata, regex or layout library', async () => {
  await withMachine('one.asl.json', PASS, (path) => {
    const run = runBuilt(['run', path]);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(run.bundles, ['cli.js', 'cli/run.js']);
  });
});

test('asl run of a JSON Pass machine loads none of the Node modules it does not need', async () => {
  await withMachine('one.asl.json', PASS, (path) => {
    const run = runBuilt(['run', path]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^status: SUCCEEDED$/m);
    // child_process (only `asl test` shards), os (core count), perf_hooks (the `performance`
    // global), stream (process.stdout: output is written with fs.writeSync)
    for (const name of ['child_process', 'os', 'perf_hooks', 'stream', 'net', 'tty']) {
      assert.equal(run.builtins.has(name), false, `${name} loaded`);
    }
  });
});

test('every command bundle is compiled from the code cache the build wrote', async () => {
  await withMachine('one.asl.json', PASS, (path) => {
    for (const name of ['validate', 'run', 'graph']) {
      const run = runBuilt([name, path], { ASL_CODE_CACHE: 'report' });
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stderr, new RegExp(`^asl: code cache accepted: .*${name}\\.js$`, 'm'));
    }
    const test = runBuilt(['test', '--help'], { ASL_CODE_CACHE: 'report' });
    assert.match(test.stderr, /^asl: code cache accepted: .*test\.js$/m);
  });
});

test('command bundles are ASCII, so that Node reads each as a one-byte string (not two bytes a character)', () => {
  for (const name of ['validate', 'run', 'graph', 'test']) {
    const text = readFileSync(join(DIST, 'cli', `${name}.js`), 'utf8');
    const at = text.search(/[\u0080-\uffff]/);
    assert.equal(at, -1, `${name}.js: non-ASCII ${JSON.stringify(text.slice(at - 40, at + 40))}`);
  }
});

test('dist/package.json says CommonJS, so Node never reads the extension manifest to start asl', () => {
  // Node reads the nearest package.json of dist/cli.js; without this one, the repository's or the
  // installed extension's (30 KB) would be read and parsed at every start
  assert.deepEqual(JSON.parse(readFileSync(join(DIST, 'package.json'), 'utf8')), { type: 'commonjs', private: true });
  assert.match(readFileSync(join(DIST, '..', '.vscodeignore'), 'utf8'), /^!dist\/package\.json$/m);
});

test('asl graph loads elkjs only for --format svg', async () => {
  await withMachine('one.asl.json', PASS, (path) => {
    assert.deepEqual(runBuilt(['graph', path]).bundles, ['cli.js', 'cli/graph.js']);
    const svg = runBuilt(['graph', '--format', 'svg', path]);
    assert.equal(svg.code, 0, svg.stderr);
    assert.match(svg.stdout, /^<svg /);
    assert.deepEqual(svg.bundles, ['cli.js', 'cli/graph.js', 'cli/lib/elk.js']);
  });
});

test('a YAML definition loads the YAML parser and the yaml library, and runs as in process', async () => {
  await withMachine('one.asl.yaml', PASS_YAML, async (path) => {
    const run = runBuilt(['run', path, '--json']);
    assert.deepEqual(run.bundles, ['cli.js', 'cli/lib/yaml.js', 'cli/lib/yamlTree.js', 'cli/run.js']);
    assert.deepEqual({ code: run.code, stdout: run.stdout }, await inProcess(['run', path, '--json']));
  });
});

test('plain block YAML loads the YAML parser but not the yaml library', async () => {
  const plain = 'StartAt: P\nStates:\n  P:\n    Type: Pass\n    End: true\n';
  await withMachine('one.asl.yaml', plain, (path) => {
    const run = runBuilt(['validate', path]);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(run.bundles, ['cli.js', 'cli/lib/yamlTree.js', 'cli/validate.js']);
  });
});

test('--overlay-json loads the overlay module, and writes what the in-process CLI writes', async () => {
  await withMachine('one.asl.json', PASS, async (path) => {
    const overlay = join(dirname(path), 'overlay.json');
    const run = runBuilt(['run', path, '--overlay-json', overlay]);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(run.bundles, ['cli.js', 'cli/lib/overlay.js', 'cli/run.js']);
    const built = JSON.parse(readFileSync(overlay, 'utf8'));
    assert.equal((await inProcess(['run', path, '--overlay-json', overlay])).code, 0);
    assert.deepEqual(built, JSON.parse(readFileSync(overlay, 'utf8')));
    assert.ok(Object.keys(built).length > 0);
  });
});

test('a JSONPath =~ filter loads the regex library, and runs as in process', async () => {
  await withMachine('filter.asl.json', FILTER, async (path) => {
    const input = JSON.stringify({ items: [{ sku: 'DESK-OAK' }, { sku: 'LAMP' }] });
    const args = ['run', path, '--input-json', input, '--json'];
    const run = runBuilt(args);
    assert.ok(run.bundles.includes('cli/lib/re2js.js'), run.bundles.join(' '));
    assert.match(run.stdout, /"desks":\[\{"sku":"DESK-OAK"\}\]/);
    assert.deepEqual({ code: run.code, stdout: run.stdout }, await inProcess(args));
  });
});

test('a JSONata machine loads the jsonata library, and runs as in process', async () => {
  const name = 'examples/jsonata-variables';
  const args = ['run', `${name}.asl.json`, '--input', `${name}.input.json`, '--mocks', `${name}.mocks.json`];
  const full = [...args, '--test-case', 'BigOrder', '--json'];
  const run = runBuilt(full);
  const lazy = ['cli/lib/jsonata.js', 'cli/lib/jsonataCheck.js', 'cli/lib/jsonataSpec.js'];
  assert.deepEqual(run.bundles, ['cli.js', ...lazy, 'cli/run.js']);
  assert.deepEqual({ code: run.code, stdout: run.stdout }, await inProcess(full));
});

test('validate of a JSONata machine loads the JSONata checks, and reports what the in-process CLI reports', async () => {
  const text = JSON.stringify({
    QueryLanguage: 'JSONata',
    StartAt: 'P',
    States: { P: { Type: 'Pass', Output: '{% $sum($states.input.items) + ( %}', End: true } },
  });
  await withMachine('bad.asl.json', text, async (path) => {
    const run = runBuilt(['validate', path]);
    assert.deepEqual(run.bundles, ['cli.js', 'cli/lib/jsonata.js', 'cli/lib/jsonataCheck.js', 'cli/validate.js']);
    assert.match(run.stdout, /error invalid-jsonata/);
    assert.deepEqual({ code: run.code, stdout: run.stdout }, await inProcess(['validate', path]));
  });
});

const TWO_MACHINES = `Resources:
  One:
    Type: AWS::Serverless::StateMachine
    Properties: { DefinitionUri: one.asl.json, DefinitionSubstitutions: { X: hello } }
  Sub:
    Type: AWS::Serverless::StateMachine
    Properties: { DefinitionUri: sub.asl.json, DefinitionSubstitutions: { X: hello } }
`;

test('asl run looks for a SAM template only when the definition has a ${...} placeholder', async () => {
  await withMachine('one.asl.json', PASS, async (path) => {
    const folder = dirname(path);
    writeFileSync(join(folder, 'template.yaml'), TWO_MACHINES);
    const sub = join(folder, 'sub.asl.json');
    writeFileSync(sub, JSON.stringify({ StartAt: 'P', States: { P: { Type: 'Pass', Result: '${X}', End: true } } }));
    const listed = async (definition: string): Promise<{ folders: string[]; stderr: string; stdout: string }> => {
      const io = fakeIo();
      const folders: string[] = [];
      const readDir = io.readDir;
      io.readDir = (where) => {
        folders.push(where);
        return readDir?.(where);
      };
      assert.equal(await runCli(['run', definition, '--json'], io), 0, io.stderrText());
      return { folders, stderr: io.stderrText(), stdout: io.stdoutText() };
    };
    const built = runBuilt(['run', sub, '--json']);
    assert.deepEqual(built.bundles, [
      'cli.js',
      'cli/lib/samTemplate.js',
      'cli/lib/templateSearch.js',
      'cli/lib/yaml.js',
      'cli/run.js',
    ]);
    assert.equal(JSON.parse(built.stdout).output, 'hello');
    const plain = await listed(path);
    assert.deepEqual(plain.folders, []);
    assert.doesNotMatch(plain.stderr, /DefinitionSubstitutions/);
    const placeholder = await listed(sub);
    assert.ok(placeholder.folders.includes(folder), placeholder.folders.join(' '));
    assert.match(placeholder.stderr, /DefinitionSubstitutions of Sub in .*template\.yaml/);
    assert.equal(JSON.parse(placeholder.stdout).output, 'hello');
  });
});
