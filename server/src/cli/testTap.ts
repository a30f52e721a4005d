/*
 * `asl test --reporter tap`: TAP version 13, one test point per case (a bad test file is one
 * failing point), with a YAML diagnostic block saying where and what failed. Pure: returns text.
 */
import type { TestCaseReport, TestReport } from '../testProtocol';
import { shownPath } from './testSummary';
import { where } from './testText';

export function tapReport(report: TestReport, cwd: string): string {
  const points: string[][] = [];
  for (const f of report.files) {
    const file = shownPath(cwd, f.path);
    if (f.problems.length > 0)
      points.push(
        point(
          false,
          `${file} (test file)`,
          f.problems.map((p) => `${where(p.location, cwd)}: ${p.message}`),
        ),
      );
    for (const c of f.cases)
      if (!(c.status === 'errored' && f.problems.length > 0)) points.push(casePoint(c, file, cwd));
  }
  const lines = ['TAP version 13', `1..${points.length}`];
  points.forEach((p, i) => lines.push(p[0].replace('#N', String(i + 1)), ...p.slice(1)));
  return lines.join('\n') + '\n';
}

function casePoint(c: TestCaseReport, file: string, cwd: string): string[] {
  const title = `${file} › ${c.name}`;
  if (c.status === 'skipped') return [`ok #N - ${escape(title)} # SKIP`];
  if (c.status === 'passed') return [`ok #N - ${escape(title)}`];
  const problems = c.failures.map((f) => `${where(f.location, cwd)}: ${f.kind}: ${f.message}`);
  if (c.error !== undefined) problems.push(`${where(c.error.location, cwd)}: ${c.error.message}`);
  return point(false, title, problems);
}

function point(ok: boolean, title: string, problems: readonly string[]): string[] {
  const head = `${ok ? 'ok' : 'not ok'} #N - ${escape(title)}`;
  return [head, '  ---', '  failures:', ...problems.map((p) => `    - ${JSON.stringify(p)}`), '  ...'];
}

/** `#` starts a directive in TAP; a description must not hold one unescaped. */
function escape(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/#/g, '\\#').replace(/\n/g, ' ');
}
