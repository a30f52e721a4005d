/*
 * The readable `asl test` report: one line per case (✓ ✗ ! -), and for a failure each expectation
 * that did not hold with its file:line:col, a diff of expected and actual values, and the path
 * the execution took; bad test files with their located problems; a summary line. Pure: returns text.
 */
import type { TestCaseReport, TestFailure, TestFileReport, TestLocation, TestReport } from '../testProtocol';
import { lineDiff } from './lineDiff';
import { shownPath } from './testSummary';

const MARK: Record<TestCaseReport['status'], string> = { passed: '✓', failed: '✗', errored: '!', skipped: '-' };

export function textReport(report: TestReport, cwd: string): string {
  const out: string[] = [];
  for (const f of report.files) out.push(...fileLines(f, cwd));
  const s = report.summary;
  const total = s.passed + s.failed + s.errored + s.skipped;
  out.push('');
  out.push(
    `${s.passed} passed, ${s.failed} failed, ${s.errored} errored, ${s.skipped} skipped (${total} case${total === 1 ? '' : 's'} in ${report.files.length} file${report.files.length === 1 ? '' : 's'}, ${Math.round(s.durationMs)} ms)`,
  );
  return out.join('\n') + '\n';
}

function fileLines(f: TestFileReport, cwd: string): string[] {
  const file = shownPath(cwd, f.path);
  const out = f.problems.map((p) => `! ${where(p.location, cwd)}: ${p.message}`);
  for (const c of f.cases) {
    if (c.status === 'errored' && f.problems.length > 0) continue;
    out.push(
      `${MARK[c.status]} ${file} › ${c.name}${c.status === 'skipped' ? ' (skipped)' : ` (${Math.round(c.durationMs)} ms)`}`,
    );
    if (c.status === 'errored' && c.error !== undefined)
      out.push(`    ${where(c.error.location, cwd)}: ${c.error.message}`);
    if (c.status === 'failed') out.push(...failureLines(c, cwd));
  }
  return out;
}

function failureLines(c: TestCaseReport, cwd: string): string[] {
  const out: string[] = [];
  for (const failure of c.failures) out.push(...oneFailure(failure, cwd));
  const e = c.execution;
  if (e !== undefined) {
    const ending =
      e.status === 'SUCCEEDED' ? 'SUCCEEDED' : `${e.status} ${e.error ?? ''}${e.cause ? `: ${e.cause}` : ''}`;
    out.push(`    path taken: ${e.path.join(' → ') || '(no state)'} → ${ending}`);
  }
  return out;
}

function oneFailure(f: TestFailure, cwd: string): string[] {
  const out = [`    ${where(f.location, cwd)}: ${f.kind}: ${f.message}`];
  if (f.expected !== undefined && f.actual !== undefined && (f.expected.includes('\n') || f.actual.includes('\n'))) {
    out.push('      - expected');
    out.push('      + actual');
    out.push(...lineDiff(f.expected, f.actual).map((l) => `      ${l}`));
  }
  return out;
}

/** `file:line:col`, 1-based. */
export function where(location: TestLocation, cwd: string): string {
  const start = location.range.start;
  return `${shownPath(cwd, location.path)}:${start.line + 1}:${start.character + 1}`;
}
