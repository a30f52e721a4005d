/*
 * Mocked task responses in AWS Step Functions Local's MockConfigFile format (sfn-local-mock-cfg-file
 * page): StateMachines.<name>.TestCases.<case>.<state> names an entry of MockedResponses, which maps
 * invocation numbers ("0", or an inclusive range "1-2") of that state in this execution to exactly
 * one of Return (the task result) or Throw ({Error, Cause}). Pure: the file is parsed by the caller.
 */
import { isJsonObject, type Json, type JsonObject } from './value';
import type { TaskDispatcher, TaskOutcome } from './tasks';
import { invocationRange } from '../asl/spec/mockConfig';

export { defaultStateMachineName } from '../asl/spec/mockConfig';

export interface MockSelection {
  readonly config: Json;
  readonly stateMachineName: string;
  readonly testCase: string;
}

/** Problems with the selection itself (unknown machine or test case), for a usage error. */
export function checkMockSelection(sel: MockSelection): string | undefined {
  const testCases = mockTestCases(sel.config, sel.stateMachineName);
  if (typeof testCases === 'string') return testCases;
  if (!testCases.includes(sel.testCase)) {
    return `state machine '${sel.stateMachineName}' has no test case '${sel.testCase}' (known: ${testCases.join(', ')})`;
  }
  return undefined;
}

/** The test case names of a machine in a mock file, in file order, or why the file has none for it. */
export function mockTestCases(config: Json, stateMachineName: string): readonly string[] | string {
  const machines = isJsonObject(config) ? config.StateMachines : undefined;
  if (!isJsonObject(machines)) return 'the mock file has no "StateMachines" object';
  const machine = machines[stateMachineName];
  if (!isJsonObject(machine) || !isJsonObject(machine.TestCases)) {
    return `the mock file has no state machine '${stateMachineName}' (known: ${Object.keys(machines).join(', ') || 'none'}); use --state-machine-name`;
  }
  const cases = machine.TestCases;
  return Object.keys(cases).filter((name) => isJsonObject(cases[name]));
}

export function mockDispatcher(sel: MockSelection): TaskDispatcher {
  const config = isJsonObject(sel.config) ? sel.config : {};
  const testCase = lookup(config, ['StateMachines', sel.stateMachineName, 'TestCases', sel.testCase]);
  const responses = isJsonObject(config.MockedResponses) ? config.MockedResponses : {};
  const counters = new Map<string, number>();
  return {
    dispatch(request) {
      if (!isJsonObject(testCase)) return undefined;
      const responseName = testCase[request.stateName];
      if (typeof responseName !== 'string') return undefined;
      const invocation = counters.get(request.stateName) ?? 0;
      counters.set(request.stateName, invocation + 1);
      const response = responses[responseName];
      const entry = isJsonObject(response) ? entryFor(response, invocation) : undefined;
      if (entry === undefined) {
        return {
          kind: 'error',
          error: 'States.Runtime',
          cause: `The mocked response '${responseName}' for state '${request.stateName}' has no entry for invocation ${invocation} (test case '${sel.testCase}').`,
        };
      }
      return outcomeOf(entry, responseName);
    },
  };
}

/**
 * Mocks written per state (an `asl test` case's inline mocks): state name → a MockedResponses entry.
 * The same rules as a mock file's (one dispatcher): a file with one test case mapping each state to its entry.
 */
export function inlineMockDispatcher(responses: Readonly<Record<string, Json>>, testCase: string): TaskDispatcher {
  const states = Object.fromEntries(Object.keys(responses).map((name) => [name, name]));
  const config: Json = { StateMachines: { inline: { TestCases: { [testCase]: states } } }, MockedResponses: responses };
  return mockDispatcher({ config, stateMachineName: 'inline', testCase });
}

function lookup(obj: Json, keys: string[]): Json | undefined {
  let cur: Json | undefined = obj;
  for (const k of keys) cur = isJsonObject(cur) ? cur[k] : undefined;
  return cur;
}

/** The entry whose key ("N" or "N-M") covers this 0-based invocation number. */
export function entryFor(response: JsonObject, invocation: number): JsonObject | undefined {
  for (const key of Object.keys(response)) {
    const range = invocationRange(key);
    if (range === undefined) continue;
    if (invocation >= range.from && invocation <= range.to && isJsonObject(response[key]))
      return response[key] as JsonObject;
  }
  return undefined;
}

function outcomeOf(entry: JsonObject, name: string): TaskOutcome {
  if ('Return' in entry) return { kind: 'result', value: entry.Return };
  const t = entry.Throw;
  if (isJsonObject(t))
    return {
      kind: 'error',
      error: typeof t.Error === 'string' ? t.Error : '',
      cause: typeof t.Cause === 'string' ? t.Cause : '',
    };
  return {
    kind: 'error',
    error: 'States.Runtime',
    cause: `The mocked response '${name}' has an entry with neither Return nor Throw.`,
  };
}
