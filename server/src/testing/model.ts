/*
 * The parsed form of an `asl test` file (`<machine>.asl.test.yaml|yml|json`): the definition it
 * tests, its cases (input, mocks, expectations), each part with its span (UTF-16 offsets into the
 * test file's text) so that every problem and failure is located. Plain data; no I/O.
 */
import type { Span } from '../asl';
import type { Json, JsonObject } from '../interpreter/value';

export interface Located<T> {
  readonly value: T;
  readonly span: Span;
}

/** A problem with the test file itself (exit code 2: none of its cases runs). */
export interface TestFileProblem {
  readonly message: string;
  readonly span: Span;
}

export interface TestFile {
  readonly text: string;
  readonly format: 'json' | 'yaml';
  /** The definition's path as written (relative to the test file's folder). */
  readonly definition?: Located<string>;
  /** A MockConfigFile (Step Functions Local format), relative to the test file's folder. */
  readonly mocks?: Located<string>;
  /** The machine's name in the mock file (default: the definition's file name without `.asl.json`). */
  readonly stateMachineName?: Located<string>;
  /** Distributed Map items folder (`s3://Bucket/Key` is `<itemsDir>/Bucket/Key`). */
  readonly itemsDir?: Located<string>;
  /** A task handler module (workspace code), as for `asl run --handlers`. */
  readonly handlers?: Located<string>;
  readonly cases: readonly TestCase[];
  readonly problems: readonly TestFileProblem[];
}

export interface TestCase {
  readonly name: string;
  /** The case's key in `cases`. */
  readonly nameSpan: Span;
  /** The whole case (key and value). */
  readonly span: Span;
  readonly input?: Located<Json>;
  readonly inputFile?: Located<string>;
  /** A test case of the file's MockConfigFile. */
  readonly mockTestCase?: Located<string>;
  /** Inline mocks: per state, a MockedResponses entry ("0", "1-2" → Return | Throw). */
  readonly mocks: readonly InlineMock[];
  readonly expectations: readonly Expectation[];
  /** Where `expect` is written, for `asl test --update`. */
  readonly expect?: ExpectBlock;
  /** `skip: true`: listed, not run. */
  readonly skip: boolean;
}

export interface ExpectBlock {
  /** The `expect` object's value. */
  readonly span: Span;
  /** End of its last property (the value's start + 1 when it is empty `{}`). */
  readonly lastPropertyEnd: number;
  /** True when written `{ ... }` (JSON, or a YAML flow mapping). */
  readonly flow: boolean;
  /** True when its keys are on lines of their own (a YAML block mapping, or JSON written over lines). */
  readonly multiline: boolean;
  /** Column of its keys (YAML block mapping), else the column of `expect` plus two. */
  readonly keyColumn: number;
  /** The `output` property: the key's end and the value's end. */
  readonly output?: { readonly keyEnd: number; readonly valueEnd: number };
}

export interface InlineMock {
  readonly state: string;
  readonly stateSpan: Span;
  /** The MockedResponses entry, e.g. `{ "0": { "Return": {...} }, "1-2": { "Throw": {...} } }`. */
  readonly response: JsonObject;
  readonly span: Span;
}

export type ExecutionStatusName = 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED';
export const EXECUTION_STATUSES: readonly ExecutionStatusName[] = ['SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED'];

/** How a string (error name, cause) is matched. */
export type TextMatcher =
  | { readonly kind: 'equals'; readonly text: string }
  | { readonly kind: 'contains'; readonly text: string }
  | { readonly kind: 'matches'; readonly pattern: string };

/** One check of `assertions`: a JSONPath over the output, or a JSONata expression over it. */
export type Assertion =
  | { readonly kind: 'path'; readonly path: string; readonly check: ValueCheck; readonly span: Span }
  | { readonly kind: 'jsonata'; readonly expression: string; readonly check: ValueCheck; readonly span: Span };

/** What the selected value must be: `equals` (exact), `contains` (deep subset), `exists`, `matches` (regex). */
export type ValueCheck =
  | { readonly kind: 'equals'; readonly value: Json }
  | { readonly kind: 'contains'; readonly value: Json }
  | { readonly kind: 'exists'; readonly value: boolean }
  | { readonly kind: 'matches'; readonly pattern: string }
  /** JSONata without a check: the expression must be true. */
  | { readonly kind: 'true' };

export interface StateExpectation {
  readonly state: Located<string>;
  /** The whole entry (key and value). */
  readonly span: Span;
  /** Which visit of the state the checks look at (0-based, as mock invocation numbers); default 0. */
  readonly visit: number;
  readonly checks: readonly StateCheck[];
}

export type StateCheckKind = 'input' | 'inputContains' | 'output' | 'outputContains' | 'retries' | 'entered';

export interface StateCheck {
  readonly kind: StateCheckKind;
  /** The expected value (a count for `retries` and `entered`). */
  readonly expected: Json;
  readonly span: Span;
}

/** One key under `expect`; `span` is the key and its value. */
export type Expectation =
  | { readonly kind: 'status'; readonly expected: ExecutionStatusName; readonly span: Span }
  | { readonly kind: 'output' | 'outputContains'; readonly expected: Json; readonly span: Span }
  | { readonly kind: 'assertions'; readonly assertions: readonly Assertion[]; readonly span: Span }
  | { readonly kind: 'error' | 'cause'; readonly matcher: TextMatcher; readonly span: Span }
  | { readonly kind: 'path' | 'visits' | 'notVisits'; readonly states: readonly Located<string>[]; readonly span: Span }
  | { readonly kind: 'states'; readonly states: readonly StateExpectation[]; readonly span: Span };
