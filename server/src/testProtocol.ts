/*
 * `asl test`, declared once for the three runtimes that share it: the CLI (server/src/cli, writes the
 * JSON report with `--reporter json`), the extension's Testing view (client/, spawns the CLI and reads
 * that report) and the graph preview (media/, marks uncovered states). Types and constants only: it
 * imports nothing and knows nothing of how tests are parsed or run.
 */

/** File names that hold tests: `<machine>.asl.test.yaml` / `.yml` / `.json`, beside the definition. */
export const TEST_FILE_SUFFIXES = ['.asl.test.yaml', '.asl.test.yml', '.asl.test.json'] as const;

/** A zero-based position, as LSP and VS Code count (the CLI prints line + 1 and character + 1). */
export interface TestPosition {
  readonly line: number;
  readonly character: number;
}
export interface TestRange {
  readonly start: TestPosition;
  readonly end: TestPosition;
}
/** A place in a file: a test file, a mock file or a definition. `path` is absolute. */
export interface TestLocation {
  readonly path: string;
  readonly range: TestRange;
}

/** The report `asl test --reporter json` prints: one object, on stdout, whatever the exit code. */
export interface TestReport {
  readonly version: 1;
  readonly files: readonly TestFileReport[];
  readonly summary: TestSummary;
  /** Present when coverage was asked for (`--coverage`), one entry per definition under test. */
  readonly coverage?: readonly DefinitionCoverage[];
}

export interface TestSummary {
  readonly passed: number;
  readonly failed: number;
  /** Cases that could not run (bad test file, broken definition, missing input or mock). */
  readonly errored: number;
  /** Cases left out by `--filter`. */
  readonly skipped: number;
  readonly durationMs: number;
}

export interface TestFileReport {
  readonly path: string;
  /** The definition the file tests, absolute; null when the file is too broken to say. */
  readonly definitionPath: string | null;
  /** Located problems of the test file itself (exit code 2); no case of a file with problems runs. */
  readonly problems: readonly TestProblem[];
  readonly cases: readonly TestCaseReport[];
}

export interface TestProblem {
  readonly message: string;
  readonly location: TestLocation;
}

export type TestCaseStatus = 'passed' | 'failed' | 'errored' | 'skipped';

export interface TestCaseReport {
  readonly name: string;
  /** Where the case is written in the test file (its name). */
  readonly location: TestLocation;
  readonly status: TestCaseStatus;
  readonly durationMs: number;
  /** What the execution did; absent when the case did not run. */
  readonly execution?: TestExecutionSummary;
  /** Every expectation that did not hold (a failed case has at least one). */
  readonly failures: readonly TestFailure[];
  /** Why an errored case could not run. */
  readonly error?: TestProblem;
}

export interface TestExecutionSummary {
  readonly status: 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED';
  /** The execution output as JSON text (SUCCEEDED). */
  readonly output?: string;
  readonly error?: string;
  readonly cause?: string;
  /** Names of the top-level states in the order they were entered. */
  readonly path: readonly string[];
}

/** The kinds of expectation a test case can state (keys under `expect` in the test file). */
export type ExpectationKind =
  | 'status'
  | 'output'
  | 'outputContains'
  | 'assertions'
  | 'error'
  | 'cause'
  | 'path'
  | 'visits'
  | 'notVisits'
  | 'states';

export interface TestFailure {
  readonly kind: ExpectationKind;
  /** One line: what was expected and what happened. */
  readonly message: string;
  /** The expectation in the test file. */
  readonly location: TestLocation;
  /** Expected and actual as pretty-printed JSON text, for a diff view; absent when not values. */
  readonly expected?: string;
  readonly actual?: string;
}

/** Which parts of a definition the cases reached. */
export interface DefinitionCoverage {
  readonly definitionPath: string;
  readonly items: readonly CoverageItem[];
}

export type CoverageItemKind = 'state' | 'choiceRule' | 'choiceDefault' | 'catch' | 'retry';

export interface CoverageItem {
  readonly kind: CoverageItemKind;
  /** The state the item belongs to. */
  readonly state: string;
  /** The rule's, catcher's or retrier's index in its array; absent for 'state' and 'choiceDefault'. */
  readonly index?: number;
  /** Short human label, e.g. `Choices[1] → Ship`, `Catch[0] States.ALL → Notify`. */
  readonly label: string;
  /** Times the cases reached it (entered, taken, caught, retried). */
  readonly hits: number;
  /** Where it is written in the definition. */
  readonly range: TestRange;
}
