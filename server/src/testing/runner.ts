/*
 * Runs the cases of one test file through the one launch path (prepareLaunch: the definition,
 * input and mocks validated, the simulated clock) and the interpreter, and reports each case
 * (TestFileReport of testProtocol.ts) with its failures located in the test file, plus the
 * definition's coverage. Every file access goes through the injected LaunchIo; no clock but the
 * injected stopwatch (durations only).
 */
import type { AslDocument, Span } from '../asl';
import { LineIndex } from '../asl/lines';
import { closestName } from '../asl/similarity';
import {
  describeIoError,
  formatDiagnosticLine,
  isLaunchFailure,
  prepareLaunch,
  TEST_FILE_NAMES,
  type LaunchIo,
} from '../launch';
import type { LaunchFailure, LaunchMode, LaunchRequest, PreparedLaunch } from '../launch/launch';
import type { Json } from '../interpreter/value';
import type { DefinitionCoverage, TestCaseReport, TestFileReport, TestLocation, TestProblem } from '../testProtocol';
import { addExecution, coverageOf } from './coverage';
import { runCase, type CaseRun } from './runCase';
import { folderOf } from './launchRequest';
import type { TestCase, TestFile } from './model';
import { referencedStates } from './references';
import { parseTestFile } from './testFile';

export interface RunOptions {
  /** A real clock in ms, for durations only (the executions run on the simulated clock). */
  readonly stopwatch?: () => number;
  /** Cases for which this is false are reported as skipped. */
  readonly filter?: (caseName: string) => boolean;
}

export interface FileRun {
  readonly report: TestFileReport;
  /** Coverage of the definition by this file's cases (absent when nothing could run). */
  readonly coverage?: DefinitionCoverage;
  /** The parsed file (for --update). */
  readonly file?: TestFile;
  /** Actual outputs of the cases that ran and SUCCEEDED, by case name (for --update). */
  readonly outputs: ReadonlyMap<string, Json>;
}

const MODE: LaunchMode = {
  advanceWhenIdle: true,
  historyPayloads: true,
  waitForCallbacks: false,
  names: TEST_FILE_NAMES,
};

/** `path` is absolute. */
export async function runTestFile(path: string, io: LaunchIo, options: RunOptions = {}): Promise<FileRun> {
  const text = readText(io, path);
  if (typeof text !== 'string') return unreadable(path, text.error);
  const file = parseTestFile(text, path);
  const lines = new LineIndex(text);
  const locate = (span: Span): TestLocation => ({
    path,
    range: { start: lines.positionAt(span.start), end: lines.positionAt(span.end) },
  });
  const cachedIo = withReadCache(io);
  const definition = file.problems.length === 0 ? loadDefinition(file, path, cachedIo) : undefined;
  const problems = [...file.problems.map((p) => ({ message: p.message, location: locate(p.span) }))];
  if (definition !== undefined && 'failure' in definition)
    problems.push(definitionProblem(file, definition.failure, locate));
  if (definition !== undefined && 'launch' in definition)
    problems.push(...unknownStates(file, definition.launch.doc, locate));
  const definitionPath = definition !== undefined && 'launch' in definition ? definition.launch.definitionPath : null;
  const base = { path, definitionPath, problems };
  if (problems.length > 0 || definition === undefined || !('launch' in definition))
    return {
      report: { ...base, cases: file.cases.map((c) => notRun(c, locate, problems[0])) },
      file,
      outputs: new Map(),
    };
  return runCases(file, path, cachedIo, options, locate, base, definition.launch);
}

async function runCases(
  file: TestFile,
  path: string,
  io: LaunchIo,
  options: RunOptions,
  locate: (span: Span) => TestLocation,
  base: Omit<TestFileReport, 'cases'>,
  definition: PreparedLaunch,
): Promise<FileRun> {
  const cases: TestCaseReport[] = [];
  const outputs = new Map<string, Json>();
  let coverage = coverageOf(definition.doc, definition.definitionPath);
  for (const c of file.cases) {
    if (c.skip || options.filter?.(c.name) === false) {
      cases.push({ name: c.name, location: locate(c.nameSpan), status: 'skipped', durationMs: 0, failures: [] });
      continue;
    }
    const run: CaseRun = await runCase(file, c, { path, io, mode: MODE, locate, stopwatch: options.stopwatch });
    cases.push(run.report);
    if (run.record !== undefined) coverage = addExecution(coverage, run.record);
    if (run.output !== undefined) outputs.set(c.name, run.output);
  }
  return { report: { ...base, cases }, coverage, file, outputs };
}

function readText(io: LaunchIo, path: string): string | { error: string } {
  try {
    return io.readFile(path);
  } catch (e) {
    return { error: describeIoError(e) };
  }
}

function unreadable(path: string, why: string): FileRun {
  const location = { path, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
  const problem = { message: `cannot read the test file: ${why}`, location };
  return { report: { path, definitionPath: null, problems: [problem], cases: [] }, outputs: new Map() };
}

/**
 * Every file read at most once per test file run (the definition and mock file serve every case);
 * no real clock, so every execution starts at the same simulated instant and outputs are replayable.
 */
function withReadCache(io: LaunchIo): LaunchIo {
  const cache = new Map<string, string>();
  return {
    ...io,
    now: undefined,
    sleep: undefined,
    readFile(p) {
      let text = cache.get(p);
      if (text === undefined) cache.set(p, (text = io.readFile(p)));
      return text;
    },
  };
}

type DefinitionLoad = { readonly launch: PreparedLaunch } | { readonly failure: LaunchFailure };

/** The definition alone (no input, no mocks): whether it can be read and is valid. */
function loadDefinition(file: TestFile, path: string, io: LaunchIo): DefinitionLoad | undefined {
  if (file.definition === undefined) return undefined;
  const request: LaunchRequest = { definition: file.definition.value, cwd: folderOf(path), inputJson: {} };
  const launch = prepareLaunch(request, io, MODE);
  return isLaunchFailure(launch) ? { failure: launch } : { launch };
}

function definitionProblem(file: TestFile, failure: LaunchFailure, locate: (s: Span) => TestLocation): TestProblem {
  const details = failure.diagnostics.map((d) => `\n  ${formatDiagnosticLine(failure.shownPath, d)}`).join('');
  const span = file.definition?.span ?? { start: 0, end: 0 };
  return { message: `${failure.message}${details}`, location: locate(span) };
}

/** A state name the test file writes that the definition does not have: a bad test file, located. */
function unknownStates(file: TestFile, doc: AslDocument, locate: (s: Span) => TestLocation): TestProblem[] {
  const names = new Set(doc.allStates.map((s) => s.name));
  const problems: TestProblem[] = [];
  for (const c of file.cases)
    for (const ref of referencedStates(c)) {
      if (names.has(ref.name)) continue;
      const guess = closestName(ref.name, names);
      const hint = guess === undefined ? '' : `: did you mean '${guess}'?`;
      problems.push({ message: `the definition has no state '${ref.name}'${hint}`, location: locate(ref.span) });
    }
  return problems;
}

function notRun(c: TestCase, locate: (s: Span) => TestLocation, problem: TestProblem | undefined): TestCaseReport {
  const error = problem ?? { message: 'the test file names no definition', location: locate(c.nameSpan) };
  return { name: c.name, location: locate(c.nameSpan), status: 'errored', durationMs: 0, failures: [], error };
}
