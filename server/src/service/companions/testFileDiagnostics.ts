/*
 * The language server's findings in an `asl test` file: the format's own problems (as the test
 * file parser reports them: `asl test` exits 2 on them), a definition that cannot be found, and
 * state names the definition does not have (mocks, path / visits / notVisits, states), with "did
 * you mean" (asl/similarity.ts). Pure: the caller parses the file (server/src/testing) and reads the
 * definition; this module sees only names and spans.
 */
import type { AslDocument, Span } from '../../asl/types';
import { closestName } from '../../asl/similarity';
import type { AslDiagnostic } from '../diagnostics/types';

export interface TestFileFacts {
  /** The parser's located problems. */
  readonly problems: readonly { readonly message: string; readonly span: Span }[];
  /** Every state name the cases write, and what for. */
  readonly references: readonly { readonly name: string; readonly span: Span; readonly role: string }[];
  /** The definition as written, and where; absent when the file names none (a parser problem then). */
  readonly definition?: { readonly written: string; readonly span: Span };
  /** The mock file as written, and the cases' `mockTestCase` names (each must be a test case of it). */
  readonly mocks?: { readonly written: string; readonly span: Span };
  readonly mockTestCases: readonly { readonly name: string; readonly span: Span }[];
}

/** The mock file a test file names: its test cases for the machine, or why it has none (unreadable: undefined). */
export type MockCases = { readonly machine: string; readonly testCases: readonly string[] | undefined } | undefined;

/**
 * `definition`: the parsed definition, or undefined when it cannot be read (only then is it
 * reported). `mocks`: the mock file's test cases (see MockCases).
 */
export function testFileDiagnostics(
  facts: TestFileFacts,
  definition: AslDocument | undefined,
  mocks: MockCases,
): AslDiagnostic[] {
  const out: AslDiagnostic[] = facts.problems.map((p) => ({
    span: { start: p.span.start, end: p.span.end },
    severity: 'error',
    code: 'test-file',
    message: p.message,
  }));
  if (facts.definition !== undefined && definition === undefined) out.push(missingDefinition(facts.definition));
  if (definition !== undefined) out.push(...stateFindings(facts, definition));
  if (facts.mocks !== undefined) out.push(...mockCaseFindings(facts, facts.mocks, mocks));
  return out.sort((a, b) => a.span.start - b.span.start || a.code.localeCompare(b.code));
}

function missingDefinition(written: { readonly written: string; readonly span: Span }): AslDiagnostic {
  const message = `Cannot read the definition '${written.written}' (relative to this file): no case can run.`;
  return { span: { ...written.span }, severity: 'error', code: 'test-definition-missing', message };
}

function mockCaseFindings(
  facts: TestFileFacts,
  written: { readonly written: string; readonly span: Span },
  mocks: MockCases,
): AslDiagnostic[] {
  const error = (span: Span, code: string, message: string): AslDiagnostic => ({
    span: { start: span.start, end: span.end },
    severity: 'error',
    code,
    message,
  });
  if (mocks === undefined)
    return [
      error(
        written.span,
        'test-mocks-missing',
        `Cannot read the mock file '${written.written}' (relative to this file).`,
      ),
    ];
  const known = mocks.testCases;
  if (known === undefined)
    return [
      error(
        written.span,
        'test-mocks-machine',
        `The mock file has no test cases for state machine '${mocks.machine}' (set 'stateMachineName').`,
      ),
    ];
  return facts.mockTestCases
    .filter((c) => !known.includes(c.name))
    .map((c) => {
      const suggestion = closestName(c.name, known);
      const hint = suggestion === undefined ? '.' : `. Did you mean '${suggestion}'?`;
      const d = error(
        c.span,
        'test-unknown-mock-case',
        `The mock file has no test case '${c.name}' for '${mocks.machine}'${hint}`,
      );
      return suggestion === undefined ? d : { ...d, data: { suggestion } };
    });
}

function stateFindings(facts: TestFileFacts, definition: AslDocument): AslDiagnostic[] {
  const types = new Map(definition.allStates.map((s) => [s.name, s.type]));
  const out: AslDiagnostic[] = [];
  for (const ref of facts.references) {
    const span = { start: ref.span.start, end: ref.span.end };
    if (!types.has(ref.name)) {
      const suggestion = closestName(ref.name, types.keys());
      const hint = suggestion === undefined ? '.' : `. Did you mean '${suggestion}'?`;
      const message = `The definition has no state '${ref.name}'${hint}`;
      const finding: AslDiagnostic = { span, severity: 'warning', code: 'test-unknown-state', message };
      out.push(suggestion === undefined ? finding : { ...finding, data: { suggestion } });
    } else if (ref.role === 'mock' && types.get(ref.name) !== 'Task') {
      const message = `'${ref.name}' is a ${types.get(ref.name) ?? 'state without a Type'}: only Task states take mocked responses, so this mock is never used.`;
      out.push({ span, severity: 'warning', code: 'mock-not-a-task', message });
    }
  }
  return out;
}
