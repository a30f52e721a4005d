/*
 * CLI start-up benchmark (`npm run bench`, not a test): the whole-process CPU time (user + system,
 * measured by bash's `time` around each child, millisecond resolution) of `node -e 0`, `asl
 * --version`, `asl validate`, `asl run` and `asl graph` on a one-state Pass machine, of
 * aws-local-stepfunctions' CLI running the same machine, and of `asl run` of a machine with a `${X}`
 * placeholder (it then looks for a SAM template: from a temp folder, listings up to the root).
 * Median of RUNS rounds, commands interleaved so that other load on the machine spreads evenly; the
 * "above node -e 0" column is the median of each round's difference to that round's `node -e 0`,
 * which cancels load that drifts between rounds. Target: `asl run` within 25 ms of `node -e 0`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const RUNS = 21;
const TARGET_MS = 25;
/** ASL_BENCH_CLI=<path to another build's cli.js> compares a build before a change. */
const CLI = resolve(process.env.ASL_BENCH_CLI ?? 'dist/cli.js');
const LOCAL_SFN = resolve('node_modules/aws-local-stepfunctions/bin/CLI.cjs');
const TIMED = `TIMEFORMAT='%3U %3S'; { time "$@" >/dev/null 2>&1; } 2>&1; echo "status $?"`;

interface Row {
  readonly name: string;
  readonly argv: readonly string[];
  readonly stdin?: string;
}

function rows(machine: string, placeholder: string): Row[] {
  const node = process.execPath;
  return [
    { name: 'node -e 0', argv: [node, '-e', '0'] },
    { name: 'asl --version', argv: [node, CLI, '--version'] },
    { name: 'asl validate (1 state)', argv: [node, CLI, 'validate', machine] },
    { name: 'asl run (1 Pass state)', argv: [node, CLI, 'run', machine] },
    { name: 'asl graph (1 state, mermaid)', argv: [node, CLI, 'graph', machine] },
    { name: 'local-sfn run (1 Pass state)', argv: [node, LOCAL_SFN, '-f', machine], stdin: '{}\n' },
    // a `${...}` placeholder makes run look for a SAM template (no template here: the whole walk)
    { name: 'asl run (1 Pass, ${X}, no tpl)', argv: [node, CLI, 'run', placeholder] },
  ];
}

/** CPU milliseconds of one run of the row's process; throws when it does not exit 0. */
function cpuMs(row: Row): number {
  const result = spawnSync('bash', ['-c', TIMED, 'bash', ...row.argv], { input: row.stdin ?? '', encoding: 'utf8' });
  const match = /^([\d.]+) ([\d.]+)\nstatus (\d+)\n?$/.exec(result.stdout);
  if (!match) throw new Error(`${row.name}: unexpected timing output ${JSON.stringify(result.stdout + result.stderr)}`);
  if (match[3] !== '0') throw new Error(`${row.name}: exited ${match[3]}`);
  return (Number(match[1]) + Number(match[2])) * 1000;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function measure(all: readonly Row[]): number[][] {
  const samples = all.map(() => [] as number[]);
  for (let round = 0; round < RUNS; round++) all.forEach((row, i) => samples[i].push(cpuMs(row)));
  return samples;
}

/** Row i's median excess over `node -e 0` (row 0), paired round by round. */
function above(samples: readonly number[][], i: number): number {
  return median(samples[i].map((ms, round) => ms - samples[0][round]));
}

function report(all: readonly Row[], samples: readonly number[][]): void {
  const medians = samples.map(median);
  console.log(`${buildKind()} build; load average ${loadavg()[0].toFixed(2)}; CPU ms (user + sys), median of ${RUNS}`);
  console.log('command                          median     min   above node -e 0');
  all.forEach((row, i) => {
    const cells = [
      medians[i].toFixed(0).padStart(6),
      Math.min(...samples[i])
        .toFixed(0)
        .padStart(7),
    ];
    console.log(`${row.name.padEnd(30)} ${cells.join(' ')} ${above(samples, i).toFixed(0).padStart(10)}`);
  });
  const run = above(samples, 3);
  const theirs = above(samples, 5);
  console.log(
    `asl run vs local-sfn, whole process: ${(medians[5] / medians[3]).toFixed(2)}x; above node: ${run.toFixed(0)} vs ${theirs.toFixed(0)} ms`,
  );
  console.log(`target asl run ≤ ${TARGET_MS} ms above node -e 0: ${run <= TARGET_MS ? 'met' : 'NOT met'}`);
}

/** `npm run bench` builds for development (unminified, source maps); `node esbuild.js --production` ships. */
function buildKind(): string {
  return readFileSync(CLI, 'utf8').includes('//# sourceMappingURL=') ? 'development' : 'production';
}

function main(): void {
  const folder = mkdtempSync(join(tmpdir(), 'asl-bench-cli-'));
  try {
    const machine = join(folder, 'one.asl.json');
    writeFileSync(machine, JSON.stringify({ StartAt: 'P', States: { P: { Type: 'Pass', End: true } } }));
    const placeholder = join(folder, 'sub.asl.json');
    writeFileSync(
      placeholder,
      JSON.stringify({ StartAt: 'P', States: { P: { Type: 'Pass', Result: '${X}', End: true } } }),
    );
    const all = rows(machine, placeholder);
    report(all, measure(all));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

main();
