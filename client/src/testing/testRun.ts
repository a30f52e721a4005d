// Runs the Testing view's selection with `asl test --reporter json` and shows the report: each
// case passed / failed / errored / skipped with its duration, failures at the expectation with an
// expected / actual diff, broken test files as errors at their problems. A coverage run hands the
// report's state coverage to VS Code's coverage API and to the coverage view (lenses, graph).
import * as vscode from 'vscode';
import { mkdtemp, rm } from 'fs/promises';
import { tmpdir } from 'os';
import { dirname, join } from 'path';
import type { DefinitionCoverage, TestRange } from '../../../server/src/testProtocol';
import { runCli, testArgs, type TestSelection } from './cli';
import { mergeCoverage, stateEntries } from './coverageModel';
import { parseReport, reportOutcomes, type OutcomeMessage } from './reportOutcomes';

export interface RunDeps {
  readonly controller: vscode.TestController;
  readonly cliPath: string;
  /** Receives the coverage of a coverage run (lenses and the graph preview). */
  readonly onCoverage: (coverage: readonly DefinitionCoverage[]) => void;
}

/** Per file item: every case (the file was selected) or the selected ones. */
type Plan = Map<vscode.TestItem, vscode.TestItem[] | 'all'>;

export async function runTests(
  deps: RunDeps,
  request: vscode.TestRunRequest,
  token: vscode.CancellationToken,
  coverage: boolean,
): Promise<void> {
  const run = deps.controller.createTestRun(request);
  try {
    const plan = planOf(deps.controller, request);
    const whole = [...plan].filter(([, cases]) => cases === 'all').map(([file]) => file);
    const batches: { items: vscode.TestItem[]; selection: TestSelection }[] = [];
    if (whole.length > 0) batches.push({ items: whole, selection: { files: whole.map(pathOf), coverage } });
    for (const [file, cases] of plan)
      if (cases !== 'all')
        for (const c of cases)
          batches.push({ items: [c], selection: { files: [pathOf(file)], caseName: c.id, coverage } });
    const collected: DefinitionCoverage[] = [];
    for (const batch of batches) {
      if (token.isCancellationRequested) break;
      collected.push(...(await runBatch(deps, run, batch.items, batch.selection, token)));
    }
    if (coverage) publishCoverage(deps, run, mergeCoverage(collected, []));
  } finally {
    run.end();
  }
}

function planOf(controller: vscode.TestController, request: vscode.TestRunRequest): Plan {
  const plan: Plan = new Map();
  const roots = request.include ?? [...gather(controller.items)];
  const excluded = new Set(request.exclude ?? []);
  for (const item of roots) {
    if (excluded.has(item)) continue;
    const file = item.parent ?? item;
    if (item.parent === undefined) {
      const cases = [...gather(item.children)];
      plan.set(file, cases.some((c) => excluded.has(c)) ? cases.filter((c) => !excluded.has(c)) : 'all');
    } else if (plan.get(file) !== 'all') plan.set(file, [...((plan.get(file) as vscode.TestItem[]) ?? []), item]);
  }
  return plan;
}

function* gather(collection: vscode.TestItemCollection): Generator<vscode.TestItem> {
  for (const [, item] of collection) yield item;
}

function pathOf(item: vscode.TestItem): string {
  return item.uri!.fsPath;
}

/** Runs one `asl test`; marks the cases it covers; returns the report's coverage. */
async function runBatch(
  deps: RunDeps,
  run: vscode.TestRun,
  items: vscode.TestItem[],
  selection: TestSelection,
  token: vscode.CancellationToken,
): Promise<readonly DefinitionCoverage[]> {
  const cases = items.flatMap((i) => (i.parent === undefined ? [...gather(i.children)] : [i]));
  for (const c of cases) run.started(c);
  const scratch = await mkdtemp(join(tmpdir(), 'asl-studio-test-'));
  const result = await runCli(
    deps.cliPath,
    testArgs(selection, join(scratch, 'coverage.json')),
    dirname(selection.files[0]),
    token,
  ).finally(() => rm(scratch, { recursive: true, force: true }));
  if (result.stderr !== '') run.appendOutput(result.stderr.replace(/\r?\n/g, '\r\n'));
  if (result.exitCode === undefined) {
    for (const c of cases) run.skipped(c);
    return [];
  }
  const report = parseReport(result.stdout);
  if (typeof report === 'string') {
    const message = new vscode.TestMessage(`${report}: ${result.stderr.trim() || result.stdout.trim()}`);
    for (const c of cases) run.errored(c, message);
    return [];
  }
  applyOutcomes(run, items, selection.caseName, reportOutcomes(report));
  return report.coverage ?? [];
}

function applyOutcomes(
  run: vscode.TestRun,
  items: vscode.TestItem[],
  onlyCase: string | undefined,
  outcomes: ReturnType<typeof reportOutcomes>,
): void {
  const files = new Map(items.map((i) => [pathOf(i.parent ?? i), i.parent ?? i]));
  for (const broken of outcomes.brokenFiles) {
    const file = files.get(broken.file);
    if (file !== undefined) run.errored(file, broken.messages.map(toTestMessage));
  }
  for (const outcome of outcomes.cases) {
    const item = files.get(outcome.file)?.children.get(outcome.name);
    if (item === undefined || (onlyCase !== undefined && outcome.name !== onlyCase)) continue;
    const messages = outcome.messages.map(toTestMessage);
    if (outcome.status === 'passed') run.passed(item, outcome.durationMs);
    else if (outcome.status === 'failed') run.failed(item, messages, outcome.durationMs);
    else if (outcome.status === 'errored') run.errored(item, messages, outcome.durationMs);
    else run.skipped(item);
  }
}

export function toTestMessage(m: OutcomeMessage): vscode.TestMessage {
  const message =
    m.expected !== undefined && m.actual !== undefined
      ? vscode.TestMessage.diff(m.message, m.expected, m.actual)
      : new vscode.TestMessage(m.message);
  if (m.location !== undefined)
    message.location = new vscode.Location(vscode.Uri.file(m.location.path), toRange(m.location.range));
  return message;
}

function toRange(r: TestRange): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

/** VS Code's coverage of each definition: a statement per state, its Choice rules, Catch and Retry as branches. */
function publishCoverage(deps: RunDeps, run: vscode.TestRun, coverage: readonly DefinitionCoverage[]): void {
  deps.onCoverage(coverage);
  for (const definition of coverage) {
    const details = stateEntries(definition).map(
      (s) =>
        new vscode.StatementCoverage(
          s.hits,
          toRange(s.range),
          s.branches.map((b) => new vscode.BranchCoverage(b.hits, toRange(b.range), b.label)),
        ),
    );
    const file = vscode.FileCoverage.fromDetails(vscode.Uri.file(definition.definitionPath), details);
    coverageDetails.set(file, details);
    run.addCoverage(file);
  }
}

const coverageDetails = new WeakMap<vscode.FileCoverage, vscode.FileCoverageDetail[]>();

/** The coverage profile's `loadDetailedCoverage`: the statements and branches of a file the run added. */
export function detailedCoverage(file: vscode.FileCoverage): vscode.FileCoverageDetail[] {
  return coverageDetails.get(file) ?? [];
}
