// `asl test` through runCli with the real file system: exit codes (0 / 1 / 2), the text report
// (located failures, diff, path taken), the json / junit (read back as XML) / tap reporters,
// --filter, --update, --coverage files, and the same report whether files run in one process or
// in parallel shards (in-process doubles and the built dist/cli.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';
import { nodeLaunchIo } from '../../src/launch/nodeIo';
import type { TestReport } from '../../src/testProtocol';
import { parseXml, type XmlElement } from './xmlCheck';

const ROOT = resolve(__dirname, '../../../..');
const EXAMPLES = join(ROOT, 'examples');

type Captured = CliIo & { out: string; err: string };

function cliIo(cwd: string, extra: Partial<CliIo> = {}): Captured {
  const io: Captured = {
    ...nodeLaunchIo(cwd),
    out: '',
    err: '',
    isTty: false,
    stdout: (t) => void (io.out += t),
    stderr: (t) => void (io.err += t),
    ...extra,
  };
  return io;
}

/** A scratch copy of order-processing (definition, mocks, input) with the given test file. */
function scratch(testYaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'asl-test-'));
  for (const f of ['order-processing.asl.json', 'order-processing.mocks.json', 'order-processing.input.json'])
    cpSync(join(EXAMPLES, f), join(dir, f));
  writeFileSync(join(dir, 'order-processing.asl.test.yaml'), testYaml);
  return dir;
}

const FAILING = `definition: order-processing.asl.json
mocks: order-processing.mocks.json
cases:
  HappyPath:
    inputFile: order-processing.input.json
    mockTestCase: HappyPath
    expect:
      status: SUCCEEDED
      output: { orderId: ord-1001 }
  Declined:
    inputFile: order-processing.input.json
    mockTestCase: PaymentDeclined
    expect:
      status: FAILED
      error: OrderRejected
`;

test('the examples pass: exit 0, one line per case, the summary, full coverage', async () => {
  const io = cliIo(ROOT);
  const code = await runCli(['test', 'examples', '--coverage', 'text', '--jobs', '1'], io);
  assert.equal(code, 0, io.out + io.err);
  assert.match(io.out, /^✓ examples\/order-processing\.asl\.test\.yaml › HappyPath \(\d+ ms\)$/m);
  assert.match(io.out, /^19 passed, 0 failed, 0 errored, 0 skipped \(19 cases in 6 files, \d+ ms\)$/m);
  assert.match(
    io.out,
    /^coverage: states 34\/34, choice branches 10\/10, catchers 7\/7, retriers 4\/4 \(100% of all\) in 6 definitions$/m,
  );
});

test('a failing case: exit 1, the expectation located, a diff of expected and actual, the path taken', async () => {
  const dir = scratch(FAILING);
  try {
    const io = cliIo(dir);
    assert.equal(await runCli(['test'], io), 1);
    assert.equal(
      io.out
        .split('\n')
        .slice(0, 9)
        .join('\n')
        .replace(/\(\d+ ms\)/g, '(N ms)'),
      `✗ order-processing.asl.test.yaml › HappyPath (N ms)
    order-processing.asl.test.yaml:9:7: output: the output differs: expected {"orderId":"ord-1001"}, got "ord-1001"
      - expected
      + actual
      + "ord-1001"
      - {
      -   "orderId": "ord-1001"
      - }
    path taken: ValidateOrder → IsOrderValid → ChargePayment → ShipOrder → OrderCompleted → SUCCEEDED`,
    );
    assert.match(io.out, /^✓ order-processing\.asl\.test\.yaml › Declined/m);
    assert.match(io.out, /^1 passed, 1 failed, 0 errored, 0 skipped/m);
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('a bad test file: exit 2 with its located problems; usage errors: exit 2', async () => {
  const dir = scratch('definition: order-processing.asl.json\ncases:\n  A:\n    expect: { staus: SUCCEEDED }\n');
  try {
    const io = cliIo(dir);
    assert.equal(await runCli(['test', '.'], io), 2);
    assert.match(
      io.out,
      /^! order-processing\.asl\.test\.yaml:4:15: unknown key 'staus' in a case's 'expect': did you mean 'status'\?$/m,
    );
    const usage = cliIo(dir);
    assert.equal(await runCli(['test', '--reporter', 'xml'], usage), 2);
    assert.match(usage.err, /--reporter must be one of text, json, junit, tap/);
    const empty = cliIo(join(ROOT, 'server', 'src', 'asl'));
    assert.equal(await runCli(['test'], empty), 2);
    assert.match(empty.err, /no test files/);
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('--reporter json: one TestReport on stdout; --reporter tap: a plan and one point per case', async () => {
  const dir = scratch(FAILING);
  try {
    const io = cliIo(dir);
    assert.equal(await runCli(['test', '--reporter', 'json', '--coverage', 'text'], io), 1);
    const report = JSON.parse(io.out) as TestReport;
    assert.deepEqual(
      report.files[0].cases.map((c) => [c.name, c.status, c.failures.map((f) => f.kind)]),
      [
        ['HappyPath', 'failed', ['output']],
        ['Declined', 'passed', []],
      ],
    );
    assert.equal(report.files[0].definitionPath, join(dir, 'order-processing.asl.json'));
    assert.equal(report.coverage?.[0].items.find((i) => i.kind === 'state' && i.state === 'NotifyFailure')?.hits, 0);
    assert.match(io.err, /^coverage: states 6\/8/m);
    const tap = cliIo(dir);
    assert.equal(await runCli(['test', '--reporter', 'tap'], tap), 1);
    const lines = tap.out.split('\n');
    assert.deepEqual(lines.slice(0, 3), [
      'TAP version 13',
      '1..2',
      'not ok 1 - order-processing.asl.test.yaml › HappyPath',
    ]);
    assert.ok(lines.includes('ok 2 - order-processing.asl.test.yaml › Declined'));
  } finally {
    rmSync(dir, { recursive: true });
  }
});

function all(e: XmlElement, name: string): XmlElement[] {
  return [...(e.name === name ? [e] : []), ...e.children.flatMap((c) => all(c, name))];
}

test('--reporter junit: well-formed XML with the counts, failures and escaped text', async () => {
  const dir = scratch(FAILING.replace('HappyPath:\n', 'Happy <"&\'> Path \u0001:\n'));
  try {
    const io = cliIo(dir);
    assert.equal(await runCli(['test', '--reporter', 'junit'], io), 1);
    const root = parseXml(io.out);
    assert.equal(root.name, 'testsuites');
    assert.deepEqual(
      [root.attributes.tests, root.attributes.failures, root.attributes.errors, root.attributes.skipped],
      ['2', '1', '0', '0'],
    );
    const cases = all(root, 'testcase');
    assert.deepEqual(
      cases.map((c) => c.attributes.name),
      ['Happy <"&\'> Path \uFFFD', 'Declined'],
    );
    const failure = all(cases[0], 'failure')[0];
    assert.equal(failure.attributes.type, 'output');
    assert.match(failure.text, /^order-processing\.asl\.test\.yaml:9:7: the output differs/);
    assert.match(failure.text, /expected:\n\{\n {2}"orderId": "ord-1001"\n\}/);
    assert.throws(() => parseXml('<a><b></a></b>'));
    assert.throws(() => parseXml('<a x="1 & 2"/>'));
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('--filter: a substring or a /regex/; the others are skipped', async () => {
  const io = cliIo(ROOT);
  assert.equal(await runCli(['test', 'examples', '--filter', 'Declined', '--reporter', 'json', '--jobs', '1'], io), 0);
  const report = JSON.parse(io.out) as TestReport;
  assert.deepEqual([report.summary.passed, report.summary.skipped], [1, 18]);
  const regex = cliIo(ROOT);
  assert.equal(
    await runCli(['test', 'examples', '--filter', '/^(happy|approved)/i', '--reporter', 'json', '--jobs', '1'], regex),
    0,
  );
  const names = (JSON.parse(regex.out) as TestReport).files.flatMap((f) =>
    f.cases.filter((c) => c.status === 'passed').map((c) => c.name),
  );
  assert.deepEqual(names, ['Approved', 'HappyPath']);
  const bad = cliIo(ROOT);
  assert.equal(await runCli(['test', 'examples', '--filter', '/(a)\\1/'], bad), 2);
  assert.match(bad.err, /RE2/);
});

test('--update writes the actual outputs; the next run passes', async () => {
  const dir = scratch(FAILING);
  try {
    const io = cliIo(dir);
    assert.equal(await runCli(['test', '--update'], io), 0);
    assert.match(io.err, /updated the output of HappyPath in order-processing\.asl\.test\.yaml/);
    const text = readFileSync(join(dir, 'order-processing.asl.test.yaml'), 'utf8');
    assert.equal(text, FAILING.replace('output: { orderId: ord-1001 }', 'output: "ord-1001"'));
    assert.equal(await runCli(['test'], cliIo(dir)), 0);
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('--coverage lcov and json go to --coverage-file', async () => {
  const dir = scratch(FAILING);
  try {
    const io = cliIo(dir);
    assert.equal(await runCli(['test', '--coverage', 'lcov', '--coverage-file', 'out/lcov.info'], io), 1);
    const lcov = readFileSync(join(dir, 'out/lcov.info'), 'utf8');
    assert.match(lcov, new RegExp(`^SF:${join(dir, 'order-processing.asl.json').replace(/[.\\\\]/g, '\\$&')}$`, 'm'));
    assert.match(lcov, /^FNDA:0,NotifyFailure$/m);
    assert.match(lcov, /^FNF:8\nFNH:6$/m);
    assert.match(lcov, /^end_of_record$/m);
    assert.match(io.out, /coverage: states 6\/8.*; written to out\/lcov\.info$/m);
    assert.equal(await runCli(['test', '--coverage', 'json', '--coverage-file', 'c.json'], cliIo(dir)), 1);
    const json = JSON.parse(readFileSync(join(dir, 'c.json'), 'utf8')) as { items: { kind: string }[] }[];
    assert.equal(json[0].items.filter((i) => i.kind === 'state').length, 8);
  } finally {
    rmSync(dir, { recursive: true });
  }
});

/** The report without timings, which differ from run to run. */
function timeless(text: string): unknown {
  return JSON.parse(text.replace(/"durationMs":\s*[\d.]+/g, '"durationMs":0')) as unknown;
}

test('parallel shards give the report of one process, in file order, whatever order they finish in', async () => {
  const single = cliIo(ROOT);
  assert.equal(
    await runCli(
      ['test', 'examples', '--reporter', 'json', '--coverage', 'json', '--coverage-file', '/dev/null', '--jobs', '1'],
      single,
    ),
    0,
  );
  const finished: string[][] = [];
  let release: () => void = () => undefined;
  const firstMayFinish = new Promise<void>((done) => (release = done));
  let started = 0;
  const spawnCli = async (args: readonly string[]) => {
    const mine = started++;
    if (mine === 0) await firstMayFinish; // the first shard finishes last
    const child = cliIo(ROOT);
    const code = await runCli([...args], child);
    finished.push([...args]);
    if (mine === started - 1) release();
    return { code, stdout: child.out, stderr: child.err };
  };
  const parallel = cliIo(ROOT, { spawnCli, cpuCount: 3 });
  assert.equal(
    await runCli(
      ['test', 'examples', '--reporter', 'json', '--coverage', 'json', '--coverage-file', '/dev/null'],
      parallel,
    ),
    0,
  );
  assert.equal(finished.length, 3);
  assert.ok(finished[2].includes(join(EXAMPLES, 'callback-approval.asl.test.yaml')), 'the first shard finished last');
  assert.deepEqual(timeless(parallel.out), timeless(single.out));
});

test('the built dist/cli.js runs test files in parallel processes with the same report', () => {
  const run = (jobs: string) =>
    spawnSync(process.execPath, ['dist/cli.js', 'test', 'examples', '--reporter', 'json', '--jobs', jobs], {
      cwd: ROOT,
      encoding: 'utf8',
    });
  const one = run('1');
  const two = run('2');
  assert.equal(one.status, 0, one.stderr);
  assert.equal(two.status, 0, two.stderr);
  assert.deepEqual(timeless(two.stdout), timeless(one.stdout));
});
