// `npm run bench` (not a test): the step debugger's cost. (1) A debug session with no breakpoints
// (the adapter's Runner with its per-event work: console lines, breakpoint checks, the JSON texts of
// the messages it sends) against `asl run`'s execution on the interpreter workloads; the target is
// at most 2x. No graph preview shows the definition there, so the adapter builds and sends no
// overlay; with one (overlays with their input/output texts), the session is compared with
// `asl run --overlay-json`, which builds the same overlay. (2) Step back at the end of a 10,000- and
// a 25,000-event (AWS's quota) execution: a deterministic replay at the interpreter's full speed,
// which must feel instant.
import { workloads, type Workload } from './interpreterWorkloads';
import { parseAsl } from '../../server/src/asl';
import { Execution } from '../../server/src/interpreter/execution';
import { chainDispatchers, pendingCallbacks } from '../../server/src/interpreter/tasks';
import type { Json } from '../../server/src/interpreter/value';
import { Breakpoints } from '../../server/src/debug/breakpoints';
import { ExecutionFeed } from '../../server/src/debug/feed';
import { StatePolicy } from '../../server/src/debug/policy';
import { Runner, type Stop } from '../../server/src/debug/runner';
import { overlayOf } from '../../server/src/launch/overlay';
import type { ExecutionEventBody, ExecutionOverlay } from '../../server/src/debugProtocol';

const ROUNDS = 7;
/**
 * Unmeasured rounds first: with one, the first workload's small rows measured the JIT warming the
 * debugger's code (chain: 7 ms in the first table, 2 ms for the same session in the second).
 */
const WARMUP = 5;
/** The loop workload records ~400,000 events: past AWS's 25,000 quota, raised alike for both sides. */
const MAX_HISTORY_EVENTS = 1_000_000;

function cpuMs<T>(f: () => Promise<T>): Promise<[number, T]> {
  const start = process.cpuUsage();
  return f().then((v) => {
    const used = process.cpuUsage(start);
    return [(used.user + used.system) / 1000, v];
  });
}

/** Best CPU time of each of two jobs, measured alternately (a shared machine's load drifts alike for both). */
async function bestInterleaved(a: () => Promise<unknown>, b: () => Promise<unknown>): Promise<[number, number]> {
  for (let i = 0; i < WARMUP; i++) {
    await a();
    await b();
  }
  let minA = Infinity;
  let minB = Infinity;
  for (let i = 0; i < ROUNDS; i++) {
    minA = Math.min(minA, (await cpuMs(a))[0]);
    minB = Math.min(minB, (await cpuMs(b))[0]);
  }
  return [minA, minB];
}

/** What `asl run` does: the launch module's CLI mode (no history payloads, virtual time). */
async function aslRun(w: Workload): Promise<void> {
  const ex = new Execution(w.definition, w.input, {
    seed: 1,
    historyPayloads: false,
    advanceWhenIdle: true,
    maxHistoryEvents: MAX_HISTORY_EVENTS,
  });
  const r = await ex.run();
  if (r.status !== 'SUCCEEDED') throw new Error(`${r.error}: ${r.cause}`);
}

/**
 * Like with like: `asl run --overlay-json`, which also keeps the payloads and builds the overlay the
 * graph preview shows, with its texts, as a JSON text; the file write is left out.
 */
async function aslRunWithOverlay(w: Workload): Promise<void> {
  const ex = new Execution(w.definition, w.input, {
    seed: 1,
    historyPayloads: true,
    advanceWhenIdle: true,
    maxHistoryEvents: MAX_HISTORY_EVENTS,
  });
  const r = await ex.run();
  if (r.status !== 'SUCCEEDED') throw new Error(`${r.error}: ${r.cause}`);
  JSON.stringify(overlayOf(ex.history, '/bench.asl.json', 'run'));
}

const parsed = new Map<Json, Breakpoints>();

/** Parsing the definition is the launch's work (outside the timing, as for asl run). */
function breakpointsFor(definition: Json): Breakpoints {
  let b = parsed.get(definition);
  if (b === undefined) {
    b = new Breakpoints(parseAsl(JSON.stringify(definition)));
    parsed.set(definition, b);
  }
  return b;
}

/** `previewed`: a graph preview shows the definition (overlays, with each state's input/output texts, are sent). */
function debugRunner(
  definition: Json,
  input: Json,
  stops: Stop[],
  functionBreakpoint?: string,
  previewed = false,
): Runner {
  const breakpoints = breakpointsFor(definition);
  if (functionBreakpoint !== undefined) breakpoints.setFunctions([{ name: functionBreakpoint }]);
  const feed = new ExecutionFeed('/bench.asl.json');
  const start = () =>
    new Execution(definition, input, {
      seed: 1,
      tasks: chainDispatchers(pendingCallbacks()),
      historyPayloads: true,
      maxHistoryEvents: MAX_HISTORY_EVENTS,
    });
  let runner: Runner | undefined = undefined;
  // what the adapter's flush does: catch up, send the console text, and the overlay while previewed (JSON texts)
  const flush = (final: boolean) => {
    feed.sync(runner?.exec.log as NonNullable<Runner['exec']['log']>, runner?.eventCount ?? 0);
    const consoleText = JSON.stringify({ output: feed.takeConsole(final) }).length;
    return previewed ? consoleText + sent(feed.overlay(true)) : consoleText;
  };
  runner = new Runner(start, new StatePolicy(breakpoints, () => undefined, 'uncaught'), {
    stopped: (stop) => void stops.push(stop),
    ended: () => flush(true),
    progress: () => flush(false),
    rewound: () => feed.rewound(runner?.exec.log as NonNullable<Runner['exec']['log']>, runner?.eventCount ?? 0),
  });
  return runner;
}

/** The overlay event as the adapter sends it (a JSON text). */
function sent(overlay: ExecutionOverlay): number {
  const body: ExecutionEventBody = { overlay };
  return JSON.stringify(body).length;
}

async function debugSession(w: Workload, previewed = false): Promise<void> {
  const stops: Stop[] = [];
  await debugRunner(w.definition, w.input, stops, undefined, previewed).resume({ kind: 'continue' });
  if (stops.length > 0) throw new Error(`unexpected stop: ${stops[0].description}`);
}

function longChain(states: number): { definition: Json; last: string } {
  const all: Record<string, Json> = {};
  for (let i = 0; i < states; i++)
    all[`S${i}`] = {
      Type: 'Pass',
      Result: i,
      ResultPath: '$.n',
      ...(i === states - 1 ? { End: true } : { Next: `S${i + 1}` }),
    };
  return { definition: { StartAt: 'S0', States: all }, last: `S${states - 1}` };
}

/** Step back from the last state of a `states`-state chain (a replay to the state before it); CPU ms, best. */
async function stepBackAtEnd(states: number): Promise<{ events: number; ms: number }> {
  const { definition, last } = longChain(states);
  let events = 0;
  let min = Infinity;
  for (let round = 0; round <= ROUNDS; round++) {
    const stops: Stop[] = [];
    const runner = debugRunner(definition, {}, stops, last);
    await runner.resume({ kind: 'continue' });
    events = runner.eventCount;
    const [ms] = await cpuMs(() => runner.stepBack('root'));
    if (stops.length !== 2 || stops[1].at !== events - 3)
      throw new Error(`step back landed at ${stops[1]?.at} of ${events}`);
    if (round > 0) min = Math.min(min, ms);
  }
  return { events, ms: min };
}

async function compare(w: Workload, run: (w: Workload) => Promise<void>, previewed: boolean): Promise<void> {
  const [base, debug] = await bestInterleaved(
    () => run(w),
    () => debugSession(w, previewed),
  );
  const ratio = debug / base;
  console.log(
    `| ${w.name} | ${base.toFixed(1)} | ${debug.toFixed(1)} | ${ratio.toFixed(2)}x | <= 2x ${ratio <= 2 ? 'ok' : 'MISSED'} |`,
  );
}

async function main(): Promise<void> {
  console.log(
    `debug session without breakpoints vs asl run (CPU ms, best of ${ROUNDS}, measured alternately); target <= 2x`,
  );
  console.log('| workload | asl run ms | debug session ms | ratio | target |');
  console.log('|---|---:|---:|---:|---|');
  for (const w of workloads()) await compare(w, aslRun, false);
  console.log(
    '\nlike with like: a debug session whose definition a graph preview shows (overlay with input/output texts)' +
      ' vs `asl run --overlay-json` (payloads kept, the same overlay built)',
  );
  console.log('| workload | asl run --overlay-json ms | debug session ms | ratio | target |');
  console.log('|---|---:|---:|---:|---|');
  for (const w of workloads()) await compare(w, aslRunWithOverlay, true);
  for (const states of [5_000, 12_499]) {
    const back = await stepBackAtEnd(states);
    console.log(
      `step back at the end of a ${back.events.toLocaleString('en-US')}-event execution (replay at full speed): ${back.ms.toFixed(1)} ms CPU`,
    );
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
