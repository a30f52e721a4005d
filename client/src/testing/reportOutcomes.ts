// What the Testing view shows for an `asl test --reporter json` report (server/src/testProtocol.ts):
// checks the report that crossed the process boundary, then turns it into one outcome per case
// and per broken file: status, duration, and messages at the failing expectation with the expected
// and actual values for a diff. Pure: no `vscode`, no I/O (testRun.ts applies the outcomes).
import type {
  TestCaseReport,
  TestCaseStatus,
  TestExecutionSummary,
  TestFailure,
  TestFileReport,
  TestLocation,
  TestReport,
} from '../../../server/src/testProtocol';

export interface OutcomeMessage {
  readonly message: string;
  /** Pretty JSON text of both sides, when the expectation compared values (a diff). */
  readonly expected?: string;
  readonly actual?: string;
  readonly location?: TestLocation;
}

export interface CaseOutcome {
  readonly file: string;
  readonly name: string;
  readonly status: TestCaseStatus;
  readonly durationMs: number;
  readonly messages: readonly OutcomeMessage[];
}

/** A test file the CLI could not run (exit code 2): its problems, each at its place. */
export interface FileOutcome {
  readonly file: string;
  readonly messages: readonly OutcomeMessage[];
}

export interface ReportOutcomes {
  readonly cases: readonly CaseOutcome[];
  readonly brokenFiles: readonly FileOutcome[];
}

/** The report the CLI printed on stdout, or why it is not one. */
export function parseReport(stdout: string): TestReport | string {
  let value: unknown;
  try {
    value = JSON.parse(stdout);
  } catch (error) {
    return `asl test printed no JSON report (${error instanceof Error ? error.message : String(error)})`;
  }
  return isReport(value) ? value : 'asl test printed a malformed JSON report';
}

export function reportOutcomes(report: TestReport): ReportOutcomes {
  const cases = report.files.flatMap((f) => f.cases.map((c) => caseOutcome(f, c)));
  const brokenFiles = report.files
    .filter((f) => f.problems.length > 0)
    .map((f) => ({ file: f.path, messages: f.problems.map((p) => ({ message: p.message, location: p.location })) }));
  return { cases, brokenFiles };
}

function caseOutcome(file: TestFileReport, c: TestCaseReport): CaseOutcome {
  const base = { file: file.path, name: c.name, status: c.status, durationMs: c.durationMs };
  if (c.status === 'failed') return { ...base, messages: c.failures.map((f) => failureMessage(f, c.execution)) };
  if (c.status === 'errored') return { ...base, messages: [erroredMessage(c)] };
  return { ...base, messages: [] };
}

function failureMessage(failure: TestFailure, execution: TestExecutionSummary | undefined): OutcomeMessage {
  const message = `${failure.message}${executionNote(execution)}`;
  const values = failure.expected !== undefined && failure.actual !== undefined;
  return values
    ? { message, expected: failure.expected, actual: failure.actual, location: failure.location }
    : { message, location: failure.location };
}

function erroredMessage(c: TestCaseReport): OutcomeMessage {
  if (c.error === undefined) return { message: `Case '${c.name}' could not run.`, location: c.location };
  return { message: c.error.message, location: c.error.location };
}

/** The execution's status and path of states, after the failing expectation's own line. */
function executionNote(execution: TestExecutionSummary | undefined): string {
  if (execution === undefined) return '';
  const error = execution.error === undefined ? '' : ` ${execution.error}`;
  const path = execution.path.length === 0 ? '' : `\nPath: ${execution.path.join(' → ')}`;
  return `\nExecution: ${execution.status}${error}${path}`;
}

const STATUSES: readonly TestCaseStatus[] = ['passed', 'failed', 'errored', 'skipped'];

function isReport(value: unknown): value is TestReport {
  const r = value as Partial<Record<keyof TestReport, unknown>> | null;
  if (typeof r !== 'object' || r === null || r.version !== 1 || !Array.isArray(r.files)) return false;
  return r.files.every(isFileReport) && (r.coverage === undefined || Array.isArray(r.coverage));
}

function isFileReport(value: unknown): boolean {
  const f = value as Partial<Record<keyof TestFileReport, unknown>> | null;
  if (typeof f !== 'object' || f === null || typeof f.path !== 'string') return false;
  return Array.isArray(f.problems) && f.problems.every(isLocated) && Array.isArray(f.cases) && f.cases.every(isCase);
}

function isCase(value: unknown): boolean {
  const c = value as Partial<Record<keyof TestCaseReport, unknown>> | null;
  if (typeof c !== 'object' || c === null || typeof c.name !== 'string') return false;
  const failures = Array.isArray(c.failures) && c.failures.every(isLocated);
  const error = c.error === undefined || isLocated(c.error);
  return STATUSES.includes(c.status as TestCaseStatus) && typeof c.durationMs === 'number' && failures && error;
}

function isLocated(value: unknown): boolean {
  const p = value as { message?: unknown; location?: { path?: unknown; range?: { start?: unknown } } } | null;
  return typeof p?.message === 'string' && typeof p.location?.path === 'string' && isPosition(p.location.range?.start);
}

function isPosition(value: unknown): boolean {
  const p = value as { line?: unknown; character?: unknown } | undefined;
  return typeof p?.line === 'number' && typeof p.character === 'number';
}
