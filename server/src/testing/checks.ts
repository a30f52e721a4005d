/*
 * Evaluates a case's expectations against what its execution did: each expectation that does not
 * hold is one TestFailure located at the expectation in the test file, with expected and actual
 * values for a diff. Assertions run on the interpreter's own JSONPath and JSONata evaluators. Pure.
 */
import type { Span } from '../asl';
import type { ExecutionResult } from '../interpreter/execution';
import type { Json } from '../interpreter/value';
import type { TestFailure } from '../testProtocol';
import { firstMismatch, mismatchMessage } from './compare';
import { errorSuffix, FailureList, type Locate } from './failures';
import { describeMatcher, matchText } from './textMatch';
import type { Expectation, Located, TextMatcher } from './model';
import type { ExecutionRecord } from './record';
import { checkAssertion } from './assertions';
import { checkStates } from './stateChecks';

export interface CaseOutcome {
  readonly result: ExecutionResult;
  readonly record: ExecutionRecord;
}

export async function checkExpectations(
  expectations: readonly Expectation[],
  outcome: CaseOutcome,
  locate: Locate,
): Promise<TestFailure[]> {
  const list = new FailureList(locate);
  for (const e of expectations) await checkOne(e, outcome, list);
  return list.failures;
}

async function checkOne(e: Expectation, o: CaseOutcome, list: FailureList): Promise<void> {
  switch (e.kind) {
    case 'status':
      if (o.result.status !== e.expected)
        list.add(e.kind, `expected status ${e.expected}, got ${o.result.status}${errorSuffix(o.result)}`, e.span);
      return;
    case 'output':
    case 'outputContains':
      return checkOutput(e.kind, e.expected, e.span, o.result, list);
    case 'assertions':
      for (const a of e.assertions) await checkAssertion(a, o.result, list);
      return;
    case 'error':
    case 'cause':
      return checkText(e.kind, e.matcher, e.span, o.result, list);
    case 'path':
      return checkPath(e.states, e.span, o.record.path, list);
    case 'visits':
    case 'notVisits':
      return checkVisits(e.kind, e.states, o.record, list);
    case 'states':
      return checkStates(e.states, o.record, list);
    default:
      return assertNever(e);
  }
}

function assertNever(e: never): never {
  throw new Error(`unhandled expectation ${JSON.stringify(e)}`);
}

function checkOutput(
  kind: 'output' | 'outputContains',
  expected: Json,
  span: Span,
  result: ExecutionResult,
  list: FailureList,
): void {
  if (result.status !== 'SUCCEEDED') {
    list.add(kind, `no output: the execution ${result.status}${errorSuffix(result)}`, span, { expected });
    return;
  }
  const mismatch = firstMismatch(expected, result.output, '$', kind === 'outputContains');
  if (mismatch === undefined) return;
  const what = kind === 'output' ? 'the output differs' : 'the output does not contain the expected value';
  list.add(kind, mismatchMessage(what, mismatch), span, { expected, actual: result.output });
}

function checkText(
  kind: 'error' | 'cause',
  matcher: TextMatcher,
  span: Span,
  result: ExecutionResult,
  list: FailureList,
): void {
  const actual = result[kind];
  if (actual === undefined) {
    list.add(
      kind,
      `expected ${kind} ${describeMatcher(matcher)}, but the execution ${result.status} without one`,
      span,
    );
    return;
  }
  if (!matchText(matcher, actual))
    list.add(kind, `expected ${kind} ${describeMatcher(matcher)}, got ${JSON.stringify(actual)}`, span, {
      expected: matcher.kind === 'matches' ? matcher.pattern : matcher.text,
      actual,
    });
}

function checkPath(states: readonly Located<string>[], span: Span, actual: readonly string[], list: FailureList): void {
  const expected = states.map((s) => s.value);
  const differs = firstDifference(expected, actual);
  if (differs < 0) return;
  const message = `the path differs at step ${differs + 1}: expected ${expected[differs] ?? '(the end)'}, got ${actual[differs] ?? '(the end)'}; the path taken: ${actual.join(' → ')}`;
  list.add('path', message, states[differs]?.span ?? span, { expected, actual: [...actual] });
}

/** Index of the first step where the paths differ (one may be a prefix of the other), or -1. */
function firstDifference(expected: readonly string[], actual: readonly string[]): number {
  const length = Math.max(expected.length, actual.length);
  for (let i = 0; i < length; i++) if (expected[i] !== actual[i]) return i;
  return -1;
}

function checkVisits(
  kind: 'visits' | 'notVisits',
  states: readonly Located<string>[],
  record: ExecutionRecord,
  list: FailureList,
): void {
  const path = record.path.join(' → ');
  for (const s of states) {
    const entered = record.visits.get(s.value)?.length ?? 0;
    if (kind === 'visits' && entered === 0)
      list.add(kind, `'${s.value}' was never entered; the path taken: ${path}`, s.span);
    if (kind === 'notVisits' && entered > 0)
      list.add(
        kind,
        `'${s.value}' was entered (${entered} time${entered === 1 ? '' : 's'}); the path taken: ${path}`,
        s.span,
      );
  }
}
