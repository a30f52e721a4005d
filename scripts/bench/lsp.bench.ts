/*
 * Language-server benchmark (`npm run bench`, not a test): our diagnostics (parse +
 * computeDiagnostics) and completion at a Next value versus amazon-states-language-service
 * (doValidation / doComplete) on the same generated definitions of 10/100/1000/5000 states.
 * Diagnostics runs start after the server's 200 ms debounce, with the young-generation collection
 * the server does in that pause (both tools get the same pause); back-to-back runs are printed too.
 * Each block of runs starts from a fully collected heap. Median of several runs after warm-up.
 */
import { loadavg, cpus } from 'node:os';
import { spawnSync } from 'node:child_process';
import { SERVER_NODE_FLAGS } from '../../server/src/protocol';
import {
  getLanguageService as getAwsService,
  getYamlLanguageService as getAwsYamlService,
  TextDocument as AwsTextDocument,
} from 'amazon-states-language-service';
import { stringify as toYaml } from 'yaml';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseAsl } from '../../server/src/asl/parse';
import { computeDiagnostics } from '../../server/src/service/diagnostics';
import { doComplete } from '../../server/src/service/completion';
import { generateDefinition } from './lspGenerate';

const SIZES = [10, 100, 1000, 5000];
const TARGETS: Readonly<Record<number, { diagnostics?: number; completion?: number }>> = {
  1000: { diagnostics: 20 },
  5000: { diagnostics: 100, completion: 10 },
};

/** Fastest run of the last median() call: the least disturbed by other processes. */
let lastMin = 0;

/** The language server publishes diagnostics this long after the last change (lsp/server.ts). */
const DEBOUNCE_MS = 200;

const idle = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The server's pause between edits: a young-generation collection 50 ms in (lsp/idleCollection.ts),
 * then the rest of the debounce.
 */
async function serverPause(ms: number): Promise<void> {
  await idle(50);
  (globalThis as { gc?: (o: { type: 'minor' | 'major' }) => void }).gc?.({ type: 'minor' });
  await idle(ms - 50);
}

async function median(runs: number, f: () => unknown, idleMs = 0): Promise<number> {
  (globalThis as { gc?: () => void }).gc?.(); // no garbage of the previous block
  await f(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (idleMs > 0) await serverPause(idleMs);
    const start = performance.now();
    await f();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  lastMin = times[0];
  return times[Math.floor(times.length / 2)];
}

interface Row {
  n: number;
  total: number;
  ours: {
    parse: number;
    diagnostics: number;
    diagnosticsMin: number;
    backToBack: number;
    completion: number;
    count: number;
    items: number;
  };
  aws: { diagnostics: number; completion: number; count: number; items: number };
}

/** Fewer runs for bigger definitions: [for 5000+ states, for 1000+, below]. */
function runsFor(states: number, [huge, large, small]: readonly [number, number, number]): number {
  if (states >= 5000) return huge;
  return states >= 1000 ? large : small;
}

async function measure(n: number): Promise<Row> {
  const { text, nextValueOffset, totalStates } = generateDefinition(n);
  const ourDoc = TextDocument.create('file:///bench.asl.json', 'asl', 1, text);
  const position = ourDoc.positionAt(nextValueOffset);
  const runs = runsFor(n, [5, 9, 21]);
  const parse = await median(runs * 2, () => parseAsl(text, 'json'));
  const diagnostics = await median(runs * 2, () => computeDiagnostics(parseAsl(text, 'json')), DEBOUNCE_MS);
  const diagnosticsMin = lastMin;
  const backToBack = await median(runs * 2, () => computeDiagnostics(parseAsl(text, 'json')));
  const asl = parseAsl(text, 'json');
  const completion = await median(runs * 2, () => doComplete(ourDoc, asl, position));
  const count = computeDiagnostics(asl).length;
  const items = doComplete(ourDoc, asl, position).items.length;

  const aws = getAwsService({});
  const awsDoc = AwsTextDocument.create('file:///bench.asl.json', 'asl', 1, text);
  const awsDiagnostics = await median(runs, () => aws.doValidation(awsDoc, aws.parseJSONDocument(awsDoc)), DEBOUNCE_MS);
  const awsJson = aws.parseJSONDocument(awsDoc);
  const awsCompletion = await median(runs, () => aws.doComplete(awsDoc, position, awsJson));
  const awsCount = (await aws.doValidation(awsDoc, awsJson)).length;
  const awsItems = (await aws.doComplete(awsDoc, position, awsJson))?.items.length ?? 0;
  return {
    n,
    total: totalStates,
    ours: { parse, diagnostics, diagnosticsMin, backToBack, completion, count, items },
    aws: { diagnostics: awsDiagnostics, completion: awsCompletion, count: awsCount, items: awsItems },
  };
}

interface YamlRow {
  readonly n: number;
  readonly kb: number;
  readonly ours: number;
  readonly aws: number;
  readonly count: number;
  readonly awsCount: number;
}

/** The same definition as block YAML (the `yaml` package's default style): our diagnostics vs the AWS YAML service. */
async function measureYaml(n: number): Promise<YamlRow> {
  const yaml = toYaml(JSON.parse(generateDefinition(n).text));
  const runs = runsFor(n, [3, 5, 11]);
  const ours = await median(runs * 2, () => computeDiagnostics(parseAsl(yaml, 'yaml')), DEBOUNCE_MS);
  const aws = getAwsYamlService({});
  /* the YAML service's doValidation takes only the document (it parses the YAML itself); its type says otherwise */
  const validate = aws.doValidation as unknown as (document: AwsTextDocument) => Promise<unknown[]>;
  const awsDoc = AwsTextDocument.create('file:///bench.asl.yaml', 'asl-yaml', 1, yaml);
  const awsMs = await median(runs, () => validate(awsDoc), DEBOUNCE_MS);
  return {
    n,
    kb: yaml.length / 1024,
    ours,
    aws: awsMs,
    count: computeDiagnostics(parseAsl(yaml, 'yaml')).length,
    awsCount: (await validate(awsDoc)).length,
  };
}

function fmt(ms: number): string {
  return ms < 10 ? ms.toFixed(2) : ms.toFixed(1);
}

function ratio(theirs: number, ours: number): string {
  return `${(theirs / Math.max(ours, 1e-6)).toFixed(0)}x`;
}

function verdict(row: Row): string {
  const target = TARGETS[row.n];
  if (target === undefined) return '';
  const misses: string[] = [];
  if (target.diagnostics !== undefined && row.ours.diagnostics > target.diagnostics)
    misses.push(`diagnostics > ${target.diagnostics} ms`);
  if (target.completion !== undefined && row.ours.completion > target.completion)
    misses.push(`completion > ${target.completion} ms`);
  return misses.length === 0 ? 'targets met' : 'MISSED: ' + misses.join(', ');
}

/** Measures under the same Node flags the language server process runs with (both services get them). */
function rerunWithServerFlags(): boolean {
  if (SERVER_NODE_FLAGS.every((flag) => process.execArgv.includes(flag))) return false;
  const result = spawnSync(process.execPath, [...SERVER_NODE_FLAGS, __filename], { stdio: 'inherit' });
  process.exitCode = result.status ?? 1;
  return true;
}

async function main(): Promise<void> {
  if (rerunWithServerFlags()) return;
  console.log(`node flags (as the language server runs): ${SERVER_NODE_FLAGS.join(' ')}`);
  console.log(
    'ASL language service benchmark: ours vs amazon-states-language-service (median ms, after warm-up; "(min)" = fastest run)',
  );
  console.log(
    "diag = parse + all diagnostics rules (theirs: parseJSONDocument + doValidation), each run after the server's 200 ms debounce pause;",
  );
  console.log(
    'b2b = the same runs back to back (no idle: GC of the previous run lands in the next); compl = completion at a Next value on a parsed document',
  );
  console.log(
    `this machine: ${pageFaultMicros().toFixed(2)} µs per first touch of a 4 KiB page (memory-bound work at 5000 states pays it for every new page)`,
  );
  const load = loadavg()[0];
  console.log(
    `load average ${load.toFixed(1)} on ${cpus().length} CPUs${load > cpus().length ? ' -- WARNING: busy machine, timings are inflated' : ''}\n`,
  );
  const rows: Row[] = [];
  for (const n of SIZES) rows.push(await measure(n));
  const header = [
    'states (all)',
    'size KB',
    'parse',
    'diag ours',
    '(min)',
    'b2b',
    'diag aws',
    'ratio',
    'compl ours',
    'compl aws',
    'ratio',
    'µs/state diag',
    'findings ours/aws',
    'items ours/aws',
    '',
  ];
  const lines = rows.map((r) => [
    `${r.n} (${r.total})`,
    (generateDefinition(r.n).text.length / 1024).toFixed(0),
    fmt(r.ours.parse),
    fmt(r.ours.diagnostics),
    fmt(r.ours.diagnosticsMin),
    fmt(r.ours.backToBack),
    fmt(r.aws.diagnostics),
    ratio(r.aws.diagnostics, r.ours.diagnostics),
    fmt(r.ours.completion),
    fmt(r.aws.completion),
    ratio(r.aws.completion, r.ours.completion),
    ((r.ours.diagnostics * 1000) / r.total).toFixed(1),
    `${r.ours.count}/${r.aws.count}`,
    `${r.ours.items}/${r.aws.items}`,
    verdict(r),
  ]);
  printTable([header, ...lines]);
  console.log(
    '\nYAML: the same definitions as block YAML, diagnostics (median ms, each run after the 200 ms debounce)',
  );
  const yamlRows: YamlRow[] = [];
  for (const n of SIZES) yamlRows.push(await measureYaml(n));
  printTable([
    ['states', 'size KB', 'diag ours', 'diag aws (yaml)', 'ratio', 'findings ours/aws'],
    ...yamlRows.map((r) => [
      String(r.n),
      r.kb.toFixed(0),
      fmt(r.ours),
      fmt(r.aws),
      ratio(r.aws, r.ours),
      `${r.count}/${r.awsCount}`,
    ]),
  ]);
  console.log(
    '\nTargets: diagnostics ≤ 20 ms at 1000 states and ≤ 100 ms at 5000; completion ≤ 10 ms at 5000; linear growth (µs/state roughly flat).',
  );
}

/** Cost of faulting in fresh memory: first writes to a new 64 MiB buffer, per 4 KiB page. */
function pageFaultMicros(): number {
  const bytes = 64 * 1024 * 1024;
  const start = performance.now();
  const buffer = Buffer.allocUnsafeSlow(bytes);
  for (let i = 0; i < bytes; i += 4096) buffer[i] = 1;
  return ((performance.now() - start) * 1000) / (bytes / 4096);
}

function printTable(rows: string[][]): void {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  for (const [i, row] of rows.entries()) {
    console.log(
      row
        .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c])))
        .join('  ')
        .trimEnd(),
    );
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
