/*
 * Runs test files in parallel: the files are dealt round-robin to `jobs` child processes, each the
 * CLI itself (`asl test --shard`, which prints its JSON TestReport on stdout), and their reports
 * are put back in the order the files were given, whatever order the children finish in.
 */
import type { TestFileReport, TestReport } from '../testProtocol';
import type { CliIo } from './io';
import type { RunSettings } from './testLocal';

export async function runShards(
  files: readonly string[],
  settings: RunSettings,
  jobs: number,
  io: CliIo,
): Promise<TestReport[] | { error: string }> {
  const spawn = io.spawnCli;
  if (spawn === undefined) return { error: 'this environment cannot start processes' };
  const shards = Array.from({ length: jobs }, (_, i) => files.filter((_f, j) => j % jobs === i));
  const results = await Promise.all(shards.map((shard) => spawn(shardArgs(shard, settings))));
  const reports: TestReport[] = [];
  for (const [i, r] of results.entries()) {
    const report = parseReport(r.stdout);
    if (report === undefined)
      return { error: `a test process (files ${shards[i].join(', ')}) ended with code ${r.code}: ${r.stderr.trim()}` };
    if (r.stderr !== '') io.stderr(r.stderr);
    reports.push(report);
  }
  return [inFileOrder(reports, files)];
}

function shardArgs(shard: readonly string[], settings: RunSettings): string[] {
  const args = ['test', '--shard', '--jobs', '1'];
  if (settings.update) args.push('--update');
  if (settings.filterText !== undefined) args.push('--filter', settings.filterText);
  return [...args, '--', ...shard];
}

function parseReport(stdout: string): TestReport | undefined {
  try {
    const report = JSON.parse(stdout) as TestReport;
    return report.version === 1 && Array.isArray(report.files) ? report : undefined;
  } catch {
    return undefined;
  }
}

/** One report: the files in the given order, coverage concatenated (merged by the caller). */
function inFileOrder(reports: readonly TestReport[], files: readonly string[]): TestReport {
  const byPath = new Map<string, TestFileReport>();
  for (const r of reports) for (const f of r.files) byPath.set(f.path, f);
  const ordered = files.map((f) => byPath.get(f)).filter((f): f is TestFileReport => f !== undefined);
  const summary = reports.reduce(
    (s, r) => ({
      passed: s.passed + r.summary.passed,
      failed: s.failed + r.summary.failed,
      errored: s.errored + r.summary.errored,
      skipped: s.skipped + r.summary.skipped,
      durationMs: Math.max(s.durationMs, r.summary.durationMs),
    }),
    { passed: 0, failed: 0, errored: 0, skipped: 0, durationMs: 0 },
  );
  return { version: 1, files: ordered, summary, coverage: reports.flatMap((r) => r.coverage ?? []) };
}
