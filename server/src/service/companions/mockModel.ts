/*
 * A mock file (AWS Step Functions Local's MockConfigFile) read from its located syntax tree: the
 * machines, their test cases and the state → response entries, the MockedResponses, and where
 * each is written. Shape problems of the file itself come back as diagnostics. Pure; never throws.
 */
import type { AslDocument, AslNode, AslObjectNode, AslProperty, Span } from '../../asl/types';
import { invocationRange } from '../../asl/spec/mockConfig';
import type { AslDiagnostic } from '../diagnostics/types';

export interface MockEntry {
  /** The mocked state's name (the key) and where it is written. */
  readonly state: string;
  readonly keySpan: Span;
  /** The MockedResponses name it refers to, when the value is a string. */
  readonly response?: string;
  readonly valueSpan?: Span;
}

export interface MockTestCase {
  readonly name: string;
  readonly keySpan: Span;
  readonly entries: readonly MockEntry[];
}

export interface MockMachine {
  readonly name: string;
  readonly keySpan: Span;
  readonly testCases: readonly MockTestCase[];
}

export interface MockResponse {
  readonly name: string;
  readonly keySpan: Span;
}

export interface MockFileModel {
  readonly machines: readonly MockMachine[];
  readonly responses: readonly MockResponse[];
  /** What is wrong with the file's shape (errors: Step Functions Local refuses such a file). */
  readonly problems: readonly AslDiagnostic[];
}

export function readMockFile(doc: AslDocument): MockFileModel {
  const problems: AslDiagnostic[] = [];
  const root = doc.root;
  if (root === undefined) return { machines: [], responses: [], problems };
  if (root.kind !== 'object') {
    problems.push(shapeProblem(root, 'A mock file is an object with "StateMachines" and "MockedResponses".'));
    return { machines: [], responses: [], problems };
  }
  const machines = objectAt(root, 'StateMachines', problems, true).map((p) => machineOf(p, problems));
  const responses = objectAt(root, 'MockedResponses', problems, true).map((p) => responseOf(p, problems));
  return { machines, responses, problems };
}

/** The properties of `owner[key]` when it is an object; a problem when it is missing (if required) or not one. */
function objectAt(owner: AslObjectNode, key: string, problems: AslDiagnostic[], required: boolean): AslProperty[] {
  const prop = owner.properties.find((p) => p.key === key);
  if (prop === undefined) {
    if (required) problems.push(shapeProblem(owner, `The mock file has no "${key}" object.`, firstLine(owner)));
    return [];
  }
  if (prop.value?.kind === 'object') return [...prop.value.properties];
  problems.push(shapeProblem(prop.value ?? prop, `"${key}" must be an object.`));
  return [];
}

function machineOf(prop: AslProperty, problems: AslDiagnostic[]): MockMachine {
  const value = objectValue(prop, `State machine '${prop.key}' must be an object with "TestCases".`, problems);
  const cases = value === undefined ? [] : objectAt(value, 'TestCases', problems, true);
  return { name: prop.key, keySpan: prop.keySpan, testCases: cases.map((c) => testCaseOf(c, problems)) };
}

function testCaseOf(prop: AslProperty, problems: AslDiagnostic[]): MockTestCase {
  const value = objectValue(prop, `Test case '${prop.key}' must map state names to MockedResponses names.`, problems);
  const entries = (value?.properties ?? []).map((p) => entryOf(p, problems));
  return { name: prop.key, keySpan: prop.keySpan, entries };
}

function entryOf(prop: AslProperty, problems: AslDiagnostic[]): MockEntry {
  const value = prop.value;
  if (value?.kind === 'string' && typeof value.value === 'string')
    return { state: prop.key, keySpan: prop.keySpan, response: value.value, valueSpan: value.span };
  problems.push(
    shapeProblem(value ?? prop, `The mock of state '${prop.key}' must be the name of a MockedResponses entry.`),
  );
  return { state: prop.key, keySpan: prop.keySpan };
}

function responseOf(prop: AslProperty, problems: AslDiagnostic[]): MockResponse {
  const message = `Mocked response '${prop.key}' must map invocation numbers ("0", "1-2") to { "Return": ... } or { "Throw": ... }.`;
  const value = objectValue(prop, message, problems);
  for (const entry of value?.properties ?? []) checkInvocation(entry, problems);
  return { name: prop.key, keySpan: prop.keySpan };
}

function checkInvocation(entry: AslProperty, problems: AslDiagnostic[]): void {
  const range = invocationRange(entry.key);
  if (range === undefined || range.to < range.from) {
    problems.push(
      shapeProblem(entry, `'${entry.key}' is not an invocation number ("0") or range ("1-3").`, entry.keySpan),
    );
    return;
  }
  const value = entry.value;
  const keys = value?.kind === 'object' ? value.properties.map((p) => p.key) : [];
  const outcomes = keys.filter((k) => k === 'Return' || k === 'Throw');
  if (value?.kind !== 'object' || outcomes.length !== 1) {
    problems.push(shapeProblem(value ?? entry, 'An invocation entry has exactly one of "Return" or "Throw".'));
    return;
  }
  if (outcomes[0] === 'Throw') checkThrow(value, problems);
}

function checkThrow(entry: AslObjectNode, problems: AslDiagnostic[]): void {
  const thrown = entry.properties.find((p) => p.key === 'Throw')?.value;
  const error = thrown?.kind === 'object' ? thrown.properties.find((p) => p.key === 'Error')?.value : undefined;
  if (thrown !== undefined && error?.kind !== 'string')
    problems.push(shapeProblem(thrown, '"Throw" is an object with an "Error" name (and optionally a "Cause").'));
}

function objectValue(prop: AslProperty, message: string, problems: AslDiagnostic[]): AslObjectNode | undefined {
  if (prop.value?.kind === 'object') return prop.value;
  problems.push(shapeProblem(prop.value ?? prop, message));
  return undefined;
}

function shapeProblem(at: AslNode | AslProperty, message: string, span: Span = at.span): AslDiagnostic {
  return { span: { start: span.start, end: span.end }, severity: 'error', code: 'mock-file-shape', message };
}

/** The object's opening line: where a missing top-level key is reported (not the whole file). */
function firstLine(node: AslObjectNode): Span {
  return { start: node.start, end: node.start + 1 };
}
