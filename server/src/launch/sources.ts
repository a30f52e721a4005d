/*
 * Reads what a launch names besides the definition: the execution input, the mock file and test
 * case, the handler module. Each returns its value or a one-line message saying what to fix (file
 * and position for bad JSON, the known test cases for an unknown one). I/O only through LaunchIo.
 */
import { checkMockSelection, mockDispatcher } from '../interpreter/mocks';
import type { TaskDispatcher, TaskHandler } from '../interpreter/tasks';
import type { Json } from '../interpreter/value';
import { describeIoError, type LaunchIo } from './io';
import { parseJsonText } from './jsonText';
import { loadHandlers } from './handlers';
import type { LaunchNames } from './names';

export type Loaded<T> = { readonly value: T } | { readonly error: string };

export interface InputSources {
  /** A JSON file (as the user wrote it, and resolved). */
  readonly file?: { readonly shown: string; readonly path: string };
  /** An inline value (launch configurations); wins over `file`. */
  readonly value?: unknown;
  /** Inline JSON text (the CLI's --input-json). */
  readonly text?: string;
}

export function loadInput(io: LaunchIo, sources: InputSources, names: LaunchNames): Loaded<Json> {
  if (sources.value !== undefined) return { value: sources.value as Json };
  if (sources.text !== undefined) return parseJsonText(sources.text, names.inputJson);
  if (sources.file === undefined) return { value: {} };
  const text = readText(io, sources.file.path);
  if (typeof text !== 'string') return { error: `cannot read input '${sources.file.shown}': ${text.error}` };
  return parseJsonText(text, sources.file.shown);
}

export interface MockSource {
  readonly shown: string;
  readonly path: string;
  readonly testCase?: string;
  readonly stateMachineName: string;
}

/** The mock file's selection, checked; a fresh dispatcher (invocation counters) comes from `mocksFrom`. */
export function loadMocks(io: LaunchIo, source: MockSource, names: LaunchNames): Loaded<MockSelectionOf> {
  if (source.testCase === undefined) return { error: `${names.mocks} needs ${names.testCase} <name>` };
  const text = readText(io, source.path);
  if (typeof text !== 'string') return { error: `cannot load mocks '${source.shown}': ${text.error}` };
  const config = parseJsonText(text, source.shown);
  if ('error' in config) return { error: `cannot load mocks: ${config.error}` };
  const selection = { config: config.value, stateMachineName: source.stateMachineName, testCase: source.testCase };
  const problem = checkMockSelection(selection);
  return problem === undefined ? { value: selection } : { error: `${source.shown}: ${problem}` };
}

export type MockSelectionOf = Parameters<typeof mockDispatcher>[0];

export function mocksFrom(selection: MockSelectionOf | undefined): TaskDispatcher | undefined {
  return selection === undefined ? undefined : mockDispatcher(selection);
}

export function loadHandlerModule(
  io: LaunchIo,
  file: { shown: string; path: string } | undefined,
): Loaded<ReadonlyMap<string, TaskHandler> | undefined> {
  if (file === undefined) return { value: undefined };
  const loaded = loadHandlers(io, file.path, file.shown);
  return typeof loaded === 'string' ? { error: loaded } : { value: loaded };
}

function readText(io: LaunchIo, path: string): string | { error: string } {
  try {
    return io.readFile(path);
  } catch (e) {
    return { error: describeIoError(e) };
  }
}
