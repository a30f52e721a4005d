/*
 * `asl test --reporter junit`: JUnit XML as CI servers read it (testsuites > testsuite per test
 * file > testcase per case, with failure / error / skipped). A test file's own problems are an
 * errored testcase named "(test file)". Text is escaped for XML 1.0 (characters XML cannot
 * hold are replaced). Pure: returns text.
 */
import type { TestCaseReport, TestFileReport, TestReport } from '../testProtocol';
import { shownPath } from './testSummary';
import { where } from './testText';

export function junitReport(report: TestReport, cwd: string): string {
  const s = report.summary;
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  out.push(
    `<testsuites name="asl test" tests="${s.passed + s.failed + s.errored + s.skipped}" failures="${s.failed}" errors="${s.errored + problemCount(report)}" skipped="${s.skipped}" time="${seconds(s.durationMs)}">`,
  );
  for (const f of report.files) out.push(...suite(f, cwd));
  out.push('</testsuites>');
  return out.join('\n') + '\n';
}

function problemCount(report: TestReport): number {
  return report.files.filter((f) => f.problems.length > 0).length;
}

function suite(f: TestFileReport, cwd: string): string[] {
  const name = shownPath(cwd, f.path);
  const count = (status: TestCaseReport['status']) => f.cases.filter((c) => c.status === status).length;
  const errors = count('errored') + (f.problems.length > 0 ? 1 : 0);
  const time = f.cases.reduce((t, c) => t + c.durationMs, 0);
  const out = [
    `  <testsuite name="${attr(name)}" tests="${f.cases.length + (f.problems.length > 0 ? 1 : 0)}" failures="${count('failed')}" errors="${errors}" skipped="${count('skipped')}" time="${seconds(time)}" file="${attr(name)}">`,
  ];
  if (f.problems.length > 0) {
    const text = f.problems.map((p) => `${where(p.location, cwd)}: ${p.message}`).join('\n');
    out.push(`    <testcase name="(test file)" classname="${attr(name)}" time="0">`);
    out.push(`      <error message="${attr(f.problems[0].message)}" type="test-file">${body(text)}</error>`);
    out.push('    </testcase>');
  }
  for (const c of f.cases) out.push(...testcase(c, name, cwd));
  out.push('  </testsuite>');
  return out;
}

function testcase(c: TestCaseReport, file: string, cwd: string): string[] {
  const open = `    <testcase name="${attr(c.name)}" classname="${attr(file)}" time="${seconds(c.durationMs)}" file="${attr(file)}" line="${c.location.range.start.line + 1}"`;
  if (c.status === 'passed') return [`${open}/>`];
  const out = [`${open}>`];
  if (c.status === 'skipped') out.push('      <skipped/>');
  if (c.status === 'errored' && c.error !== undefined)
    out.push(
      `      <error message="${attr(c.error.message)}" type="errored">${body(`${where(c.error.location, cwd)}: ${c.error.message}`)}</error>`,
    );
  for (const f of c.failures) {
    const detail = [`${where(f.location, cwd)}: ${f.message}`];
    if (f.expected !== undefined) detail.push(`expected:\n${f.expected}`);
    if (f.actual !== undefined) detail.push(`actual:\n${f.actual}`);
    out.push(`      <failure message="${attr(f.message)}" type="${f.kind}">${body(detail.join('\n'))}</failure>`);
  }
  out.push('    </testcase>');
  return out;
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}

/** Characters XML 1.0 cannot hold at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF) become U+FFFD. */
function xmlSafe(text: string): string {
  return text.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]|[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD]/g, (ch) =>
    ch.length === 2 ? ch : '\uFFFD',
  );
}

function attr(text: string): string {
  return xmlSafe(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

function body(text: string): string {
  return xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
