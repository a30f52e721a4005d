// Shared helpers for the engine conformance tests: run a definition with mocks/handlers on the
// simulated clock and look at the result and the history.
import { Execution, type ExecutionResult } from '../../../src/interpreter/execution';
import { SimulatedClock, type EnvironmentOptions } from '../../../src/interpreter/environment';
import { mockDispatcher } from '../../../src/interpreter/mocks';
import { chainDispatchers, handlerDispatcher, type TaskHandler } from '../../../src/interpreter/tasks';
import type { Json } from '../../../src/interpreter/value';

export const T0 = Date.UTC(2024, 0, 1);

export interface RunOptions extends EnvironmentOptions {
  mocks?: Json;
  testCase?: string;
  handlers?: Record<string, TaskHandler>;
}

export function makeExecution(definition: unknown, input: unknown = {}, options: RunOptions = {}): Execution {
  const clock = options.clock ?? new SimulatedClock(T0);
  const mocks =
    options.mocks !== undefined
      ? mockDispatcher({
          config: options.mocks,
          stateMachineName: options.identity?.stateMachineName ?? 'Test',
          testCase: options.testCase ?? 'Case',
        })
      : undefined;
  let n = 0;
  const handlers = options.handlers
    ? handlerDispatcher(new Map(Object.entries(options.handlers)), () => `req-${++n}`)
    : undefined;
  const tasks = options.tasks ?? chainDispatchers(mocks, handlers);
  return new Execution(definition as Json, input as Json, {
    ...options,
    clock,
    tasks,
    identity: { stateMachineName: 'Test', executionName: 'exec-1', ...options.identity },
  });
}

export async function run(
  definition: unknown,
  input: unknown = {},
  options: RunOptions = {},
): Promise<ExecutionResult & { execution: Execution }> {
  const execution = makeExecution(definition, input, options);
  const result = await execution.run();
  return { ...result, execution };
}

/** Mock config for the machine 'Test', test case 'Case': state name → list of responses by invocation. */
export function mocksFor(responses: Record<string, Record<string, unknown>>): Json {
  const testCase: Record<string, Json> = {};
  const mocked: Record<string, Json> = {};
  for (const [state, entries] of Object.entries(responses)) {
    testCase[state] = `${state}Mock`;
    mocked[`${state}Mock`] = entries as Json;
  }
  return { StateMachines: { Test: { TestCases: { Case: testCase } } }, MockedResponses: mocked };
}

export function eventTypes(execution: Execution): string[] {
  return execution.history.map((e) => e.type);
}

/** A minimal machine of one state (plus End). */
export function single(state: Record<string, unknown>, extra: Record<string, unknown> = {}): Json {
  return { StartAt: 'S', States: { S: { End: true, ...state } }, ...extra } as Json;
}
