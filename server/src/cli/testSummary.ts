/*
 * The `asl test` report as a whole (TestReport of testProtocol.ts): the summary counts, the exit
 * code (0 all passed, 1 a case failed, 2 a bad test file or a case that could not run) and the
 * paths shown to the user (relative to the working folder). Pure.
 */
import { relative, isAbsolute } from 'path';
import type { DefinitionCoverage, TestFileReport, TestReport, TestSummary } from '../testProtocol';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from './io';

export function buildReport(
  files: readonly TestFileReport[],
  durationMs: number,
  coverage: readonly DefinitionCoverage[] | undefined,
): TestReport {
  const summary = summarize(files, durationMs);
  return coverage === undefined ? { version: 1, files, summary } : { version: 1, files, summary, coverage };
}

function summarize(files: readonly TestFileReport[], durationMs: number): TestSummary {
  const count = { passed: 0, failed: 0, errored: 0, skipped: 0 };
  for (const f of files) for (const c of f.cases) count[c.status]++;
  return { ...count, durationMs };
}

export function exitCodeOf(report: TestReport): number {
  if (report.files.some((f) => f.problems.length > 0) || report.summary.errored > 0) return EXIT_USAGE;
  return report.summary.failed > 0 ? EXIT_FINDINGS : EXIT_OK;
}

/** The path as the user reads it: relative to `cwd` when inside it, else as it is. */
export function shownPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}
