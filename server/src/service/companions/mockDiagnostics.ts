/*
 * The language server's checks of a mock file against the definitions it mocks: a state machine
 * with no definition beside the file, a mocked state the definition does not have (with "did you
 * mean", asl/similarity.ts), a response used but not defined, a response never used. Pure: the
 * definitions come from the caller (the LSP glue reads them from the open documents or the disk).
 */
import type { AslDocument, Span } from '../../asl/types';
import { closestName } from '../../asl/similarity';
import { definitionFileNames } from '../../asl/spec/mockConfig';
import type { AslDiagnostic, Severity } from '../diagnostics/types';
import { readMockFile, type MockEntry, type MockMachine } from './mockModel';

/** What sits beside a mock (or test) file: the definitions its machine names stand for. */
export interface CompanionDefinitions {
  /** Machine names of the definition files in the folder (`<name>.asl.json` → `<name>`). */
  readonly machineNames: readonly string[];
  /** The definition of a machine name, parsed; undefined when there is none beside the file. */
  definition(stateMachineName: string): AslDocument | undefined;
}

/** Findings in a mock file; without `definitions` (not a file on disk) only the file's own shape is checked. */
export function mockFileDiagnostics(mock: AslDocument, definitions: CompanionDefinitions | undefined): AslDiagnostic[] {
  if (mock.syntaxErrors.length > 0) return mock.syntaxErrors.map((p) => finding(p.span, 'error', p.code, p.message));
  const model = readMockFile(mock);
  const out = [...model.problems];
  if (definitions !== undefined)
    for (const machine of model.machines) out.push(...machineFindings(machine, definitions));
  const defined = new Set(model.responses.map((r) => r.name));
  const used = new Set<string>();
  for (const entry of model.machines.flatMap((m) => m.testCases.flatMap((c) => c.entries))) {
    if (entry.response === undefined) continue;
    used.add(entry.response);
    if (!defined.has(entry.response)) out.push(undefinedResponse(entry, defined));
  }
  for (const response of model.responses)
    if (!used.has(response.name))
      out.push({
        ...finding(response.keySpan, 'hint', 'mock-unused-response', unusedMessage(response.name)),
        tags: ['unnecessary'],
      });
  return out.sort((a, b) => a.span.start - b.span.start || a.code.localeCompare(b.code));
}

function machineFindings(machine: MockMachine, definitions: CompanionDefinitions): AslDiagnostic[] {
  const definition = definitions.definition(machine.name);
  if (definition === undefined) return [unknownMachine(machine, definitions.machineNames)];
  const states = new Map(definition.allStates.map((s) => [s.name, s.type]));
  const out: AslDiagnostic[] = [];
  for (const entry of machine.testCases.flatMap((c) => c.entries)) {
    const type = states.get(entry.state);
    if (!states.has(entry.state)) out.push(unknownState(entry, machine.name, states.keys()));
    else if (type !== 'Task') out.push(notATask(entry, type));
  }
  return out;
}

function unknownMachine(machine: MockMachine, machineNames: readonly string[]): AslDiagnostic {
  const files = definitionFileNames(machine.name).join(' / ');
  const suggestion = closestName(machine.name, machineNames);
  const message = `No definition of state machine '${machine.name}' beside this file (${files})${didYouMean(suggestion)}`;
  return withSuggestion(finding(machine.keySpan, 'warning', 'mock-unknown-machine', message), suggestion);
}

function unknownState(entry: MockEntry, machine: string, names: Iterable<string>): AslDiagnostic {
  const suggestion = closestName(entry.state, names);
  const message = `State machine '${machine}' has no state '${entry.state}': this mock is never used${didYouMean(suggestion)}`;
  return withSuggestion(finding(entry.keySpan, 'warning', 'mock-unknown-state', message), suggestion);
}

function notATask(entry: MockEntry, type: string | undefined): AslDiagnostic {
  const message = `'${entry.state}' is a ${type ?? 'state without a Type'}: only Task states take mocked responses, so this mock is never used.`;
  return finding(entry.keySpan, 'warning', 'mock-not-a-task', message);
}

function undefinedResponse(entry: MockEntry, defined: ReadonlySet<string>): AslDiagnostic {
  const name = entry.response ?? '';
  const suggestion = closestName(name, defined);
  const message = `MockedResponses has no '${name}'${didYouMean(suggestion)}`;
  return withSuggestion(
    finding(entry.valueSpan ?? entry.keySpan, 'error', 'mock-undefined-response', message),
    suggestion,
  );
}

function unusedMessage(name: string): string {
  return `Mocked response '${name}' is not used by any test case.`;
}

function didYouMean(suggestion: string | undefined): string {
  return suggestion === undefined ? '.' : `. Did you mean '${suggestion}'?`;
}

function withSuggestion(d: AslDiagnostic, suggestion: string | undefined): AslDiagnostic {
  return suggestion === undefined ? d : { ...d, data: { suggestion } };
}

function finding(span: Span, severity: Severity, code: string, message: string): AslDiagnostic {
  return { span: { start: span.start, end: span.end }, severity, code, message };
}
