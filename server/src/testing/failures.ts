/*
 * Failures of a case's expectations, located in the test file (TestFailure of testProtocol.ts),
 * with expected and actual values as pretty JSON for a diff view. Pure.
 */
import type { Span } from '../asl';
import type { Json } from '../interpreter/value';
import type { ExpectationKind, TestFailure, TestLocation } from '../testProtocol';
import type { ExecutionResult } from '../interpreter/execution';
import { jsonText, shortJson } from './compare';

export type Locate = (span: Span) => TestLocation;

/** Builds failures located in the test file. */
export class FailureList {
  readonly failures: TestFailure[] = [];
  constructor(readonly locate: Locate) {}

  add(kind: ExpectationKind, message: string, span: Span, values?: { expected?: Json; actual?: Json }): void {
    const failure: TestFailure = { kind, message, location: this.locate(span) };
    this.failures.push(values === undefined ? failure : { ...failure, ...diffTexts(values) });
  }
}

function diffTexts(values: { expected?: Json; actual?: Json }): { expected: string; actual: string } {
  return { expected: jsonText(values.expected), actual: jsonText(values.actual) };
}

/** " (States.TaskFailed: cause)" for an execution that ended with an error. */
export function errorSuffix(result: ExecutionResult): string {
  if (result.error === undefined && result.cause === undefined) return '';
  return ` (${result.error ?? ''}: ${shortJson(result.cause ?? '', 120)})`;
}
