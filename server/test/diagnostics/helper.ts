// Test helpers for diagnostics: parse a fixture, run every rule (internal errors rethrown), and
// compare codes and the exact text under each span.
import assert from 'node:assert/strict';
import { parseAsl } from '../../src/asl/parse';
import type { SourceFormat } from '../../src/asl/types';
import { computeDiagnostics } from '../../src/service/diagnostics';
import type { AslDiagnostic } from '../../src/service/diagnostics/types';

export function diagnose(text: string, format: SourceFormat = 'json'): AslDiagnostic[] {
  return computeDiagnostics(parseAsl(text, format), { throwOnRuleError: true });
}

/** Asserts the multiset of codes (order-insensitive) and returns the diagnostics. */
export function check(text: string, expectedCodes: readonly string[], format: SourceFormat = 'json'): AslDiagnostic[] {
  const diagnostics = diagnose(text, format);
  const actual = diagnostics.map((d) => d.code).sort();
  assert.deepEqual(actual, [...expectedCodes].sort(), describe(text, diagnostics));
  return diagnostics;
}

/** The diagnostics of one code. */
export function only(text: string, code: string, format: SourceFormat = 'json'): AslDiagnostic[] {
  return diagnose(text, format).filter((d) => d.code === code);
}

/** Asserts exactly one diagnostic of `code`, whose span covers `spanText`; returns it. */
export function expectOne(text: string, code: string, spanText: string, format: SourceFormat = 'json'): AslDiagnostic {
  const found = only(text, code, format);
  assert.equal(found.length, 1, `expected one ${code}\n${describe(text, diagnose(text, format))}`);
  assert.equal(text.slice(found[0].span.start, found[0].span.end), spanText);
  return found[0];
}

/** Asserts that no diagnostic of `code` is reported. */
export function expectNone(text: string, code: string, format: SourceFormat = 'json'): void {
  const found = only(text, code, format);
  assert.equal(found.length, 0, describe(text, found));
}

export function spanOf(text: string, d: AslDiagnostic): string {
  return text.slice(d.span.start, d.span.end);
}

function describe(text: string, diagnostics: readonly AslDiagnostic[]): string {
  return diagnostics.map((d) => `${d.severity} ${d.code} ${JSON.stringify(spanOf(text, d))}: ${d.message}`).join('\n');
}

/** A JSON machine text from a States object (and optional top-level fields). */
export function machine(
  states: Record<string, unknown>,
  extra: Record<string, unknown> = {},
  startAt?: string,
): string {
  return JSON.stringify({ ...extra, StartAt: startAt ?? Object.keys(states)[0], States: states }, null, 2);
}

/** A JSONata machine text. */
export function jsonataMachine(states: Record<string, unknown>): string {
  return machine(states, { QueryLanguage: 'JSONata' });
}

export const PASS_END = { Type: 'Pass', End: true };
