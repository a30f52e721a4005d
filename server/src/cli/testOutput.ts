/*
 * Where the `asl test` report and coverage go: the report on stdout in the chosen format; text
 * coverage after a text report (on stderr after a machine-readable one, so stdout stays one
 * document); json / lcov coverage to --coverage-file (default under coverage/). Returns false when
 * a file cannot be written (said on stderr).
 */
import { resolve } from 'path';
import { describeIoError } from '../launch';
import type { TestReport } from '../testProtocol';
import type { CliIo } from './io';
import { coverageJson, coverageLcov, coverageSummaryLine, coverageText } from './testCoverage';
import { junitReport } from './testJunit';
import { tapReport } from './testTap';
import { textReport } from './testText';

const DEFAULT_COVERAGE_FILE: Record<string, string> = {
  json: 'coverage/asl-coverage.json',
  lcov: 'coverage/lcov.info',
};

export function writeReport(report: TestReport, options: Record<string, string>, io: CliIo): boolean {
  const reporter = options.reporter ?? 'text';
  io.stdout(formatted(report, reporter, io.cwd));
  const coverage = report.coverage;
  const format = options.coverage;
  if (coverage === undefined || format === undefined) return true;
  const toHuman = reporter === 'text' ? io.stdout : io.stderr;
  if (format === 'text' && options['coverage-file'] === undefined) {
    toHuman(coverageText(coverage, io.cwd));
    return true;
  }
  const text = formatCoverage(format, coverage, io.cwd);
  const file = options['coverage-file'] ?? DEFAULT_COVERAGE_FILE[format];
  if (!writeFile(io, file, text)) return false;
  toHuman(`${coverageSummaryLine(coverage)}; written to ${file}\n`);
  return true;
}

function formatted(report: TestReport, reporter: string, cwd: string): string {
  if (reporter === 'json') return JSON.stringify(report, null, 2) + '\n';
  if (reporter === 'junit') return junitReport(report, cwd);
  if (reporter === 'tap') return tapReport(report, cwd);
  return textReport(report, cwd);
}

function formatCoverage(format: string, coverage: NonNullable<TestReport['coverage']>, cwd: string): string {
  if (format === 'json') return coverageJson(coverage);
  if (format === 'lcov') return coverageLcov(coverage);
  return coverageText(coverage, cwd);
}

function writeFile(io: CliIo, file: string, text: string): boolean {
  try {
    if (io.writeFile === undefined) throw new Error('this environment gives no write access');
    io.writeFile(resolve(io.cwd, file), text);
    return true;
  } catch (error) {
    io.stderr(`asl test: cannot write the coverage to '${file}': ${describeIoError(error)}\n`);
    return false;
  }
}
