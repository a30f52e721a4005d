// `npm run bench` (not a test): `asl test` on 1,000 cases of the examples' size. The examples' test
// files are replicated (cases renamed) into a scratch folder of 24 test files; the built CLI runs
// them in one process (--jobs 1) and in parallel (default jobs), CPU time of the whole process tree
// (from /proc/self/stat's cutime + cstime) and wall time, best of a few runs. Next to it, in one
// process: our runner on the cases aws-local-stepfunctions can run, and aws-local-stepfunctions
// executing the same machines, inputs and mocks (local handlers, retry intervals overridden to 0).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { runTestFile } from '../../server/src/testing/runner';
import { parseTestFile } from '../../server/src/testing/testFile';
import { launchRequestFor } from '../../server/src/testing/launchRequest';
import { nodeLaunchIo } from '../../server/src/launch/nodeIo';
import { entryFor } from '../../server/src/interpreter/mocks';
import type { Json, JsonObject } from '../../server/src/interpreter/value';

const ROOT = resolve(__dirname, '../../..');
const EXAMPLES = join(ROOT, 'examples');
const CASES = 1000;
const FILES_PER_EXAMPLE = 4;
const ROUNDS = 3;

type TestDoc = { cases: Record<string, unknown> } & Record<string, unknown>;

/** Copies the examples and writes 24 test files holding 1,000 cases in all; returns the folder. */
function generate(): { dir: string; files: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'asl-test-bench-'));
  cpSync(EXAMPLES, dir, { recursive: true, filter: (src) => !/\.asl\.test\./.test(src) });
  const sources = readdirSync(EXAMPLES).filter((f) => /\.asl\.test\.(ya?ml|json)$/.test(f));
  const docs = sources.map((f) => parseYaml(readFileSync(join(EXAMPLES, f), 'utf8')) as TestDoc);
  const perFile = Math.ceil(CASES / (docs.length * FILES_PER_EXAMPLE));
  const files: string[] = [];
  let left = CASES;
  docs.forEach((doc, d) => {
    const names = Object.keys(doc.cases);
    for (let k = 0; k < FILES_PER_EXAMPLE && left > 0; k++) {
      const cases: Record<string, unknown> = {};
      for (let i = 0; i < perFile && left > 0; i++, left--)
        cases[`${names[i % names.length]}_${k}_${i}`] = doc.cases[names[i % names.length]];
      const path = join(dir, `${sources[d].replace(/\.asl\.test\..*$/, '')}.bench${k}.asl.test.json`);
      writeFileSync(path, JSON.stringify({ ...doc, cases }, null, 1));
      files.push(path);
    }
  });
  return { dir, files };
}

/** CPU seconds of waited-for children so far (utime + stime of the whole descendant tree). */
function childrenCpu(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  const ticks = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;
  return (Number(fields[13]) + Number(fields[14])) / ticks;
}

function runCli(
  dir: string,
  jobs: string[],
): { wall: number; cpu: number; report: { summary: Record<string, number> } } {
  const cpu0 = childrenCpu();
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'test', dir, '--reporter', 'json', ...jobs], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const wall = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`asl test exited ${r.status}: ${r.stderr.slice(0, 500)}`);
  return { wall, cpu: childrenCpu() - cpu0, report: JSON.parse(r.stdout) as { summary: Record<string, number> } };
}

function best(runs: { wall: number; cpu: number }[]): { wall: number; cpu: number } {
  return { wall: Math.min(...runs.map((r) => r.wall)), cpu: Math.min(...runs.map((r) => r.cpu)) };
}

interface Case {
  readonly definition: Json;
  readonly input: Json;
  readonly responses: Record<string, JsonObject>;
  readonly status?: string;
}

/** Every case as plain data (definition, input, mock entries per state) for aws-local-stepfunctions. */
function plainCases(path: string): Case[] {
  const file = parseTestFile(readFileSync(path, 'utf8'), path);
  const folder = resolve(path, '..');
  return file.cases.map((c) => {
    const request = launchRequestFor(file, c, path);
    if (request === undefined) throw new Error(`${path}: no definition`);
    const read = (p: string) => JSON.parse(readFileSync(join(folder, p), 'utf8')) as Json;
    const responses: Record<string, JsonObject> = {};
    if (request.mocks !== undefined && request.testCase !== undefined) {
      const config = read(request.mocks) as JsonObject;
      const name = request.stateMachineName ?? request.definition.replace(/\.asl\.json$/, '');
      const machine = ((config.StateMachines as JsonObject)[name] as JsonObject).TestCases as JsonObject;
      for (const [state, response] of Object.entries(machine[request.testCase] as JsonObject))
        responses[state] = (config.MockedResponses as JsonObject)[response as string] as JsonObject;
    }
    Object.assign(responses, request.inlineMocks ?? {});
    const status = c.expectations.find((e) => e.kind === 'status');
    return {
      definition: read(request.definition),
      input: (request.inputJson ?? read(request.input as string)) as Json,
      responses,
      status: status?.kind === 'status' ? status.expected : undefined,
    };
  });
}

type TheirMachine = { run(input: unknown, options?: unknown): { result: Promise<unknown> } };

async function runTheirs(c: Case, machines: Map<Json, TheirMachine>): Promise<string> {
  let sm = machines.get(c.definition);
  if (sm === undefined) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { StateMachine } = require('aws-local-stepfunctions') as {
      StateMachine: new (d: unknown, o?: unknown) => TheirMachine;
    };
    sm = new StateMachine(c.definition, { validationOptions: { checkPaths: false, checkArn: false } });
    machines.set(c.definition, sm);
  }
  const counters = new Map<string, number>();
  const handlers: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const [state, response] of Object.entries(c.responses))
    handlers[state] = async () => {
      const n = counters.get(state) ?? 0;
      counters.set(state, n + 1);
      const entry = entryFor(response, n) ?? {};
      if ('Return' in entry) return entry.Return;
      const t = entry.Throw as JsonObject;
      throw Object.assign(new Error(String(t.Cause ?? '')), { name: String(t.Error) });
    };
  const states = Object.keys((c.definition as JsonObject).States as JsonObject);
  const zero = Object.fromEntries(states.map((s) => [s, 0]));
  try {
    await sm.run(c.input, {
      overrides: { taskResourceLocalHandlers: handlers, retryIntervalOverrides: zero, waitTimeOverrides: zero },
    }).result;
    return 'SUCCEEDED';
  } catch {
    return 'FAILED';
  }
}

/** aws-local-stepfunctions leaks some rejections of failing local handlers; counted and reported, never hidden. */
let leakedRejections = 0;
process.on('unhandledRejection', () => leakedRejections++);

async function inProcess(files: string[]): Promise<void> {
  const io = nodeLaunchIo(ROOT);
  const all = files.flatMap((f) => plainCases(f).map((c) => ({ file: f, c })));
  const machines = new Map<Json, TheirMachine>();
  const comparable = new Set<string>();
  for (const f of files) {
    const cases = all.filter((x) => x.file === f);
    const ok = await Promise.all(
      cases.slice(0, 20).map(async (x) => (await runTheirs(x.c, machines).catch(() => 'ERROR')) === x.c.status),
    );
    if (ok.every(Boolean)) comparable.add(f);
  }
  const chosen = files.filter((f) => comparable.has(f));
  const theirCases = all.filter((x) => comparable.has(x.file));
  for (const x of theirCases) await runTheirs(x.c, machines); // warm-up
  for (const f of chosen) await runTestFile(f, io);
  let ours = Infinity;
  let theirs = Infinity;
  for (let r = 0; r < ROUNDS; r++) {
    let t = process.cpuUsage();
    for (const f of chosen) await runTestFile(f, io);
    let used = process.cpuUsage(t);
    ours = Math.min(ours, (used.user + used.system) / 1e6);
    t = process.cpuUsage();
    for (const x of theirCases) await runTheirs(x.c, machines);
    used = process.cpuUsage(t);
    theirs = Math.min(theirs, (used.user + used.system) / 1e6);
  }
  const short = (f: string) => f.replace(/^.*\//, '').replace(/\.bench\d+.*$/, '');
  const names = [...new Set(chosen.map(short))];
  const left = [...new Set(files.filter((f) => !comparable.has(f)).map(short))];
  console.log(
    `\nin one process, the ${theirCases.length} cases aws-local-stepfunctions runs with the expected status (${names.join(', ')}):`,
  );
  console.log('| engine | CPU s | per case | ratio |');
  console.log('|---|---:|---:|---:|');
  console.log(
    `| ours (runTestFile: launch, run, every expectation) | ${ours.toFixed(3)} | ${((ours / theirCases.length) * 1000).toFixed(2)} ms | ${(theirs / ours).toFixed(1)}x |`,
  );
  console.log(
    `| aws-local-stepfunctions (execution only) | ${theirs.toFixed(3)} | ${((theirs / theirCases.length) * 1000).toFixed(2)} ms | 1x |`,
  );
  console.log(
    `left out (aws-local-stepfunctions ends a case with another status, or cannot run the machine): ${left.join(', ')}`,
  );
  if (leakedRejections > 0)
    console.log(`aws-local-stepfunctions left ${leakedRejections} promise rejections unhandled`);
}

async function main(): Promise<void> {
  const { dir, files } = generate();
  try {
    console.log(
      `asl test benchmark: ${CASES} cases in ${files.length} test files (the examples' cases, replicated); ${availableParallelism()} cores, load ${loadavg()[0].toFixed(1)}`,
    );
    const rows: [string, string[]][] = [
      ['--jobs 1 (one process)', ['--jobs', '1']],
      [`default (up to ${availableParallelism()} processes)`, []],
    ];
    console.log('| run | cases passed | wall s (best) | CPU s (best, all processes) |');
    console.log('|---|---:|---:|---:|');
    for (const [label, args] of rows) {
      const runs = Array.from({ length: ROUNDS }, () => runCli(dir, args));
      const b = best(runs);
      console.log(`| ${label} | ${runs[0].report.summary.passed} | ${b.wall.toFixed(2)} | ${b.cpu.toFixed(2)} |`);
    }
    await inProcess(files);
  } finally {
    rmSync(dir, { recursive: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
