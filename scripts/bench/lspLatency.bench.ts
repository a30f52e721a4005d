/*
 * The language server as an editor sees it (`npm run bench`, not a test): the real process
 * (dist/server.js --stdio, with the flags the extension gives it) over JSON-RPC. Per row, the
 * median time until the answer arrives, next to JSON.parse of the same text (the floor: any
 * server must at least read the text once) and amazon-states-language-service in-process:
 * keystroke → diagnostics after a typing pause (typing in a state's ResultPath; a Next value toggled
 * so that half the machine becomes unreachable and back; pull = textDocument/diagnostic right after
 * didChange, push = publishDiagnostics minus the 200 ms debounce), didOpen → diagnostics, and
 * completion at a Next value (VS Code's 3.17 capabilities). Each row shows the wall time and the
 * server's CPU time for the same runs (Linux: every thread of the server process); targets are judged
 * on CPU time against JSON.parse's CPU time, since on a shared machine wall time mostly measures the
 * other processes.
 */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { stringify as toYaml } from 'yaml';
import {
  getLanguageService as getAwsService,
  getYamlLanguageService as getAwsYamlService,
  TextDocument as AwsTextDocument,
} from 'amazon-states-language-service';
import type { CompletionList } from 'vscode-languageserver-protocol';
import { SERVER_NODE_FLAGS } from '../../server/src/protocol';
import { generateDefinition } from './lspGenerate';
import { median, pause, positionOf, SERVER, startServer, type Session } from './lspSession';

const DEBOUNCE_MS = 200;
const PAUSE_MS = 300;
const RUNS = 15;

/** A keystroke: the text at `at` toggled between `a` and `b`. */
interface Toggle {
  readonly at: number;
  readonly a: string;
  readonly b: string;
}

interface Doc {
  readonly n: number;
  readonly format: 'json' | 'yaml';
  readonly uri: string;
  readonly text: string;
  /** Offset of a Next value near the middle (completion is asked there). */
  readonly nextAt: number;
  /** That Next value toggled to "HandleError" and back: the states after it become unreachable and reachable again. */
  readonly next: Toggle;
  /** Typing in a Task state near the middle: its ResultPath "$.result" toggled to "$.results" and back. */
  readonly typing: Toggle;
}

function documentFor(n: number, format: 'json' | 'yaml'): Doc {
  const { text: json, nextValueOffset } = generateDefinition(n);
  const current = json.slice(nextValueOffset, json.indexOf('"', nextValueOffset));
  const yaml = format === 'yaml';
  const text = yaml ? toYaml(JSON.parse(json)) : json;
  const nextAt = yaml ? text.indexOf(`Next: ${current}\n`) + 'Next: '.length : nextValueOffset;
  const resultPath = yaml ? 'ResultPath: $.result' : '"ResultPath": "$.result';
  const typingAt = text.indexOf(resultPath, nextAt) + resultPath.length;
  return {
    n,
    format,
    uri: `file:///bench/${n}.asl.${format}`,
    text,
    nextAt,
    next: { at: nextAt, a: current, b: 'HandleError' },
    typing: { at: typingAt, a: '', b: 's' },
  };
}

async function open(session: Session, doc: Doc, version = 1): Promise<void> {
  const languageId = doc.format === 'json' ? 'asl' : 'asl-yaml';
  await session.connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri: doc.uri, languageId, version, text: doc.text },
  });
}

const pullDiagnostics = (session: Session, uri: string): Promise<unknown> =>
  session.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });

/** JSON.parse CPU times of each size's JSON text, sampled right after each measured run (the same machine load). */
const floors = new Map<number, { text: string; times: number[] }>();

function sampleFloor(n: number): void {
  let floor = floors.get(n);
  if (floor === undefined) floors.set(n, (floor = { text: generateDefinition(n).text, times: [] }));
  const start = process.cpuUsage();
  JSON.parse(floor.text);
  const used = process.cpuUsage(start);
  floor.times.push((used.user + used.system) / 1000);
}

/** Wall and server CPU times (ms) of the measured runs of one row. */
interface Times {
  readonly wall: number[];
  readonly cpu: number[];
}

/** Runs `work` and records its wall time and the server's CPU time when `keep`. */
async function timed(session: Session, times: Times, keep: boolean, work: () => Promise<unknown>): Promise<void> {
  const cpu = session.cpuMs();
  const start = performance.now();
  await work();
  if (!keep) return;
  times.wall.push(performance.now() - start);
  times.cpu.push(session.cpuMs() - cpu);
}

/** Keystroke → diagnostics latencies (ms) of RUNS edits. */
async function keystroke(doc: Doc, pull: boolean, toggle: Toggle): Promise<Times> {
  const session = await startServer(pull);
  const position = positionOf(doc.text, toggle.at);
  const opened = session.published(1);
  await open(session, doc);
  await (pull ? pullDiagnostics(session, doc.uri) : opened);
  const times: Times = { wall: [], cpu: [] };
  let name = toggle.a;
  for (let version = 2; version < RUNS + 4; version++) {
    await pause(PAUSE_MS);
    const replacement = name === toggle.a ? toggle.b : toggle.a;
    const range = { start: position, end: { line: position.line, character: position.character + name.length } };
    name = replacement;
    const reported = pull ? undefined : session.published(version);
    const change = { textDocument: { uri: doc.uri, version }, contentChanges: [{ range, text: replacement }] };
    await timed(session, times, version > 3, async () => {
      // two warm-up edits
      await session.connection.sendNotification('textDocument/didChange', change);
      await (pull ? pullDiagnostics(session, doc.uri) : reported);
    });
    if (!pull && version > 3) times.wall[times.wall.length - 1] -= DEBOUNCE_MS;
    if (version > 3) sampleFloor(doc.n);
  }
  await session.stop();
  return times;
}

/** didOpen → diagnostics (pull) on a warm server: the document opened, diagnosed and closed RUNS times. */
async function didOpen(doc: Doc): Promise<Times> {
  const session = await startServer(true);
  const times: Times = { wall: [], cpu: [] };
  for (let i = 0; i < RUNS + 2; i++) {
    await pause(PAUSE_MS);
    await timed(session, times, i >= 2, async () => {
      await open(session, doc, i + 1);
      await pullDiagnostics(session, doc.uri);
    });
    if (i >= 2) sampleFloor(doc.n);
    await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri: doc.uri } });
  }
  await session.stop();
  return times;
}

/** Completion at the Next value: latencies, item count and response size. */
async function completion(doc: Doc): Promise<{ times: Times; items: number; kb: number }> {
  const session = await startServer(true);
  await open(session, doc);
  await pullDiagnostics(session, doc.uri);
  const params = { textDocument: { uri: doc.uri }, position: positionOf(doc.text, doc.nextAt) };
  const times: Times = { wall: [], cpu: [] };
  let list: CompletionList | undefined;
  for (let i = 0; i < RUNS + 2; i++) {
    await pause(PAUSE_MS / 3);
    await timed(session, times, i >= 2, async () => {
      list = await session.connection.sendRequest<CompletionList>('textDocument/completion', params);
    });
    if (i >= 2) sampleFloor(doc.n);
  }
  await session.stop();
  return { times, items: list?.items.length ?? 0, kb: JSON.stringify(list).length / 1024 };
}

/** amazon-states-language-service's diagnostics of the same text, in-process (no transport), median ms. */
async function awsDiagnostics(doc: Doc): Promise<number> {
  const runs = doc.n >= 5000 ? 3 : 5;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    if (doc.format === 'json') {
      const aws = getAwsService({});
      const awsDoc = AwsTextDocument.create(doc.uri, 'asl', 1, doc.text);
      await aws.doValidation(awsDoc, aws.parseJSONDocument(awsDoc));
    } else {
      const validate = getAwsYamlService({}).doValidation as unknown as (d: AwsTextDocument) => Promise<unknown[]>;
      await validate(AwsTextDocument.create(doc.uri, 'asl-yaml', 1, doc.text));
    }
    times.push(performance.now() - start);
  }
  return median(times);
}

interface Row {
  readonly work: string;
  readonly doc: Doc;
  readonly times: Times;
  readonly target: (row: Row, jsonParse: number) => string;
  readonly note?: string;
  aws?: number;
}

/** The time a target is judged on: the server's CPU time, or the wall time where CPU time is unknown. */
const judged = (row: Row): number =>
  Number.isNaN(median(row.times.cpu)) ? median(row.times.wall) : median(row.times.cpu);
const withinTwiceJsonParse = (row: Row, jsonParse: number): string =>
  judged(row) <= 2 * jsonParse
    ? `met (${(judged(row) / jsonParse).toFixed(1)}× JSON.parse)`
    : `MISSED: ${(judged(row) / jsonParse).toFixed(1)}× JSON.parse`;
const within =
  (ms: number) =>
  (row: Row): string =>
    judged(row) <= ms ? `met (≤ ${ms} ms)` : `MISSED (> ${ms} ms)`;
const noTarget = (): string => '';
const NEXT_NOTE = 'half the states unreachable and back';

/** ASL_BENCH_ONLY=didOpen (or keystroke, completion): one group of rows (a quicker run). */
const only = process.env.ASL_BENCH_ONLY;
const wanted = (group: string): boolean => only === undefined || only === group;

async function rows(): Promise<Row[]> {
  const out: Row[] = [];
  if (wanted('keystroke')) out.push(...(await keystrokeRows()));
  if (wanted('didOpen')) out.push(...(await didOpenRows()));
  if (wanted('completion')) {
    const doc = documentFor(5000, 'json');
    const c = await completion(doc);
    const note = `${c.items} items, ${c.kb.toFixed(0)} KB`;
    out.push({ work: 'completion at a Next value', doc, times: c.times, target: within(5), note });
  }
  return out;
}

async function keystrokeRows(): Promise<Row[]> {
  const out: Row[] = [];
  for (const n of [1000, 5000]) {
    for (const format of ['json', 'yaml'] as const) {
      const doc = documentFor(n, format);
      const times = await keystroke(doc, true, doc.typing);
      out.push({ work: 'typing in a state → diagnostics (pull)', doc, times, target: withinTwiceJsonParse });
    }
    for (const format of ['json', 'yaml'] as const) {
      const doc = documentFor(n, format);
      const times = await keystroke(doc, true, doc.next);
      out.push({
        work: 'Next toggled → diagnostics (pull)',
        doc,
        times,
        target: withinTwiceJsonParse,
        note: NEXT_NOTE,
      });
    }
    const doc = documentFor(n, 'json');
    const times = await keystroke(doc, false, doc.next);
    out.push({ work: 'Next toggled → diagnostics (push)', doc, times, target: noTarget, note: NEXT_NOTE });
  }
  return out;
}

async function didOpenRows(): Promise<Row[]> {
  const out: Row[] = [];
  for (const n of [800, 1000, 5000]) {
    const doc = documentFor(n, 'json');
    out.push({
      work: 'didOpen → diagnostics (pull)',
      doc,
      times: await didOpen(doc),
      target: n === 800 ? within(20) : noTarget, // 800 states: the 500 KB document
    });
  }
  return out;
}

function printTable(table: string[][]): void {
  const widths = table[0].map((_, c) => Math.max(...table.map((r) => r[c].length)));
  for (const [i, row] of table.entries()) {
    console.log(
      row
        .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c])))
        .join('  ')
        .trimEnd(),
    );
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

/** Measures under the same Node flags as the server process (JSON.parse included). */
function rerunWithServerFlags(): boolean {
  if (SERVER_NODE_FLAGS.every((flag) => process.execArgv.includes(flag))) return false;
  const result = spawnSync(process.execPath, [...SERVER_NODE_FLAGS, __filename], { stdio: 'inherit' });
  process.exitCode = result.status ?? 1;
  return true;
}

async function main(): Promise<void> {
  if (rerunWithServerFlags()) return;
  console.log(
    `Language server over stdio (${SERVER_NODE_FLAGS.join(' ')}), ${RUNS} runs per row after warm-up, median ms (cpu: the server process's CPU time; wall: until the answer arrived)`,
  );
  console.log(`server: ${SERVER}`);
  const before = loadavg();
  const measured = await rows();
  const aws = process.env.ASL_BENCH_NO_AWS === undefined; // ASL_BENCH_NO_AWS=1: our rows only (quicker)
  for (const row of measured) if (aws && row.work.startsWith('typing')) row.aws = await awsDiagnostics(row.doc);
  const after = loadavg();
  const table = [
    [
      'work',
      'states',
      'format',
      'KB',
      'cpu',
      'cpu min',
      'wall',
      'wall min',
      'wall max',
      'JSON.parse cpu',
      'aws (in-process)',
      'target (cpu)',
      '',
    ],
  ];
  for (const row of measured) {
    const jsonParse = median(floors.get(row.doc.n)?.times ?? [NaN]);
    const t = [...row.times.wall].sort((a, b) => a - b);
    table.push([
      row.work,
      String(row.doc.n),
      row.doc.format,
      (row.doc.text.length / 1024).toFixed(0),
      median(row.times.cpu).toFixed(1),
      Math.min(...row.times.cpu).toFixed(1),
      median(t).toFixed(1),
      t[0].toFixed(1),
      t[t.length - 1].toFixed(1),
      jsonParse.toFixed(1),
      row.aws === undefined ? '' : row.aws.toFixed(0),
      row.target(row, jsonParse),
      row.note ?? '',
    ]);
  }
  printTable(table);
  const load = (l: number[]) => l.map((x) => x.toFixed(1)).join(' ');
  console.log(
    `\nload average before ${load(before)}, after ${load(after)} on ${cpus().length} CPUs (other work on the machine inflates every number)`,
  );
  console.log(
    'JSON.parse cpu: CPU time of JSON.parse of the JSON text of that size (for a YAML row, the same definition as JSON), timed right after each measured run; aws: amazon-states-language-service parse + doValidation (wall, in-process)',
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
