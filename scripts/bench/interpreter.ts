// `npm run bench` (not a test): our interpreter side by side with aws-local-stepfunctions on the
// five workloads of issue 4. Each (engine, workload) runs in its own child process so that peak
// memory (maxRSS) is measured per run. Prints transitions/s, memory and the ratios against targets.
import { spawnSync } from 'node:child_process';
import { workloads, type Workload } from './interpreterWorkloads';
import { Execution } from '../../server/src/interpreter/execution';

const MIN_MS = 600;
const ROUNDS = 3;

interface Measure {
  transitionsPerSecond: number;
  maxRssMiB: number;
  runs: number;
  error?: string;
}

async function runOurs(w: Workload): Promise<number> {
  // the loop and map workloads pass AWS's 25,000-event history quota on purpose (throughput, not
  // fidelity): raised as `asl run --max-history-events` raises it; aws-local-stepfunctions has none
  const ex = new Execution(w.definition, w.input, { seed: 1, maxHistoryEvents: Number.MAX_SAFE_INTEGER });
  const result = await ex.run();
  if (result.status !== 'SUCCEEDED') throw new Error(`${result.error}: ${result.cause}`);
  return ex.transitions;
}

type TheirMachine = { run(i: unknown): { result: Promise<unknown> } };
const theirMachines = new Map<Workload, TheirMachine>();

/** Their StateMachine is built (and validated) once, outside the timing, like our compiled-definition cache. */
function theirMachine(w: Workload): TheirMachine {
  let sm = theirMachines.get(w);
  if (!sm) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { StateMachine } = require('aws-local-stepfunctions') as {
      StateMachine: new (d: unknown, o?: unknown) => TheirMachine;
    };
    sm = new StateMachine(w.definition, { validationOptions: { checkPaths: false, checkArn: false } });
    theirMachines.set(w, sm);
  }
  return sm;
}

async function runTheirs(w: Workload): Promise<number> {
  await theirMachine(w).run(w.input).result;
  return w.transitions;
}

async function child(engine: string, index: number): Promise<void> {
  const w = workloads()[index];
  const runOnce = engine === 'ours' ? runOurs : runTheirs;
  await runOnce(w); // warm-up (and their one-time validation)
  let runs = 0;
  let best = 0;
  let total = 0;
  while (total < MIN_MS || runs < 1) {
    const start = process.cpuUsage();
    const transitions = await runOnce(w);
    const used = process.cpuUsage(start);
    const ms = Math.max((used.user + used.system) / 1000, 0.001);
    best = Math.max(best, (transitions / ms) * 1000);
    total += ms;
    runs++;
  }
  // CPU time of this process (not wall time: the machine may be shared with other work, which
  // would otherwise be counted against whichever engine it happened to interrupt); best run.
  const measure: Measure = { transitionsPerSecond: best, maxRssMiB: process.resourceUsage().maxRSS / 1024, runs };
  process.stdout.write(JSON.stringify(measure));
}

/** Alternates the two engines ROUNDS times and keeps each one's best measure. */
function measurePair(index: number): [Measure, Measure] {
  let ours: Measure | undefined;
  let theirs: Measure | undefined;
  for (let r = 0; r < ROUNDS; r++) {
    const a = measureIn('ours', index);
    const b = measureIn('theirs', index);
    if (!ours || !(ours.transitionsPerSecond >= a.transitionsPerSecond))
      ours = { ...a, maxRssMiB: Math.max(a.maxRssMiB, ours?.maxRssMiB ?? 0) };
    if (!theirs || !(theirs.transitionsPerSecond >= b.transitionsPerSecond))
      theirs = { ...b, maxRssMiB: Math.max(b.maxRssMiB, theirs?.maxRssMiB ?? 0) };
  }
  return [ours as Measure, theirs as Measure];
}

function measureIn(engine: string, index: number): Measure {
  const r = spawnSync(process.execPath, ['--max-old-space-size=4096', __filename, '--child', engine, String(index)], {
    encoding: 'utf8',
    timeout: 600_000,
  });
  try {
    return JSON.parse(r.stdout) as Measure;
  } catch {
    return {
      transitionsPerSecond: NaN,
      maxRssMiB: NaN,
      runs: 0,
      error: (r.stderr || r.stdout || 'no output').split('\n').slice(0, 3).join(' '),
    };
  }
}

const TARGET_RATIO = [10, 10, 10, 10, 100];

function main(): void {
  const list = workloads();
  const fmt = (n: number): string => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : 'n/a');
  console.log(
    `interpreter benchmark: ours vs aws-local-stepfunctions (transitions per CPU-second, best run over ${ROUNDS} alternating rounds; peak RSS of the process)`,
  );
  console.log('| workload | ours tr/s | ours MiB | aws-local tr/s | aws-local MiB | ratio | target |');
  console.log('|---|---:|---:|---:|---:|---:|---|');
  list.forEach((w, i) => {
    const [ours, theirs] = measurePair(i);
    const ratio = ours.transitionsPerSecond / theirs.transitionsPerSecond;
    const targets = [`>= ${TARGET_RATIO[i]}x ${ratio >= TARGET_RATIO[i] ? 'ok' : 'MISSED'}`];
    if (i === 1) targets.push(`>= 1,000,000 tr/s ${ours.transitionsPerSecond >= 1e6 ? 'ok' : 'MISSED'}`);
    if (i === 2) targets.push(`< 150 MiB ${ours.maxRssMiB < 150 ? 'ok' : 'MISSED'}`);
    console.log(
      `| ${w.name} | ${fmt(ours.transitionsPerSecond)} | ${fmt(ours.maxRssMiB)} | ${fmt(theirs.transitionsPerSecond)} | ${fmt(theirs.maxRssMiB)} | ${ratio.toFixed(1)}x | ${targets.join('; ')} |`,
    );
    for (const m of [ours, theirs]) if (m.error) console.log(`  error: ${m.error}`);
  });
}

if (process.argv[2] === '--child') {
  child(process.argv[3], Number(process.argv[4])).catch((e: unknown) => {
    process.stderr.write(String(e instanceof Error ? e.stack : e));
    process.exit(1);
  });
} else if (require.main === module) {
  main();
}
