/*
 * Runs test files in this process, one after the other (server/src/testing does the work), and,
 * with --update, writes the actual outputs back into each file and accepts them: an `output`
 * failure of an updated case no longer counts. All I/O through the CliIo.
 */
import { runTestFile, type FileRun } from '../testing/runner';
import { updateOutputs } from '../testing/update';
import { mergeCoverage } from '../testing/coverage';
import type { DefinitionCoverage, TestCaseReport, TestFileReport, TestReport } from '../testProtocol';
import { describeIoError } from '../launch';
import type { CliIo } from './io';
import type { CaseFilter } from './testFilter';
import { buildReport, shownPath } from './testSummary';

export interface RunSettings {
  readonly filter: CaseFilter | undefined;
  /** The --filter text as given, passed on to child processes. */
  readonly filterText: string | undefined;
  readonly update: boolean;
}

export async function runFilesHere(files: readonly string[], settings: RunSettings, io: CliIo): Promise<TestReport> {
  const reports: TestFileReport[] = [];
  const coverage: DefinitionCoverage[] = [];
  const started = io.now?.() ?? 0;
  for (const path of files) {
    const shown = shownPath(io.cwd, path);
    const filter = settings.filter;
    const run = await runTestFile(path, io, {
      stopwatch: io.now,
      filter: filter === undefined ? undefined : (name) => filter(shown, name),
    });
    reports.push(settings.update ? applyUpdate(run, path, io) : run.report);
    if (run.coverage !== undefined) coverage.push(run.coverage);
  }
  return buildReport(reports, (io.now?.() ?? 0) - started, mergeCoverage(coverage));
}

/** Writes the outputs into the file; the report then counts the written outputs as expected. */
function applyUpdate(run: FileRun, path: string, io: CliIo): TestFileReport {
  if (run.file === undefined || run.outputs.size === 0) return run.report;
  const result = updateOutputs(run.file, run.outputs, path);
  const shown = shownPath(io.cwd, path);
  if (typeof result === 'string') {
    io.stderr(`asl test: cannot update ${shown}: ${result}\n`);
    return run.report;
  }
  if (result.updated.length === 0) return run.report;
  try {
    if (io.writeFile === undefined) throw new Error('this environment gives no write access');
    io.writeFile(path, result.text);
  } catch (error) {
    io.stderr(`asl test: cannot write ${shown}: ${describeIoError(error)}\n`);
    return run.report;
  }
  io.stderr(`asl test: updated the output of ${result.updated.join(', ')} in ${shown}\n`);
  const updated = new Set(result.updated);
  return { ...run.report, cases: run.report.cases.map((c) => (updated.has(c.name) ? accepted(c) : c)) };
}

function accepted(c: TestCaseReport): TestCaseReport {
  const failures = c.failures.filter((f) => f.kind !== 'output');
  const status = c.status === 'failed' && failures.length === 0 ? 'passed' : c.status;
  return { ...c, status, failures };
}
