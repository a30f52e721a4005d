/*
 * ONE launch path: turns a launch request (definition, input, mocks, handlers, item folders,
 * clock, budget, seed) into a validated, runnable execution. `asl run`, the debug adapter and
 * `asl test` all call prepareLaunch; the run executes the very model it validated. Node paths,
 * but every file access goes through the injected LaunchIo. Knows nothing of DAP or the CLI.
 */
import { dirname, resolve } from 'path';
import { formatForFileName, nodeToValue, parseAsl, type AslDocument } from '../asl';
import { substituteText } from '../asl/placeholders';
import { Execution } from '../interpreter/execution';
import {
  RealClock,
  SimulatedClock,
  createEnvironment,
  type Environment,
  type EnvironmentOptions,
} from '../interpreter/environment';
import { chainDispatchers, handlerDispatcher, pendingCallbacks, type TaskHandler } from '../interpreter/tasks';
import type { Json } from '../interpreter/value';
import { defaultStateMachineName } from '../interpreter/mocks';
import { describeIoError, type LaunchIo } from './io';
import { locateDiagnostics, type LocatedDiagnostic } from './diagnostics';
import { objectStore } from './objectStore';
import { loadHandlerModule, loadInput, loadMocks, mocksFrom, type MockSelectionOf } from './sources';
import type { LaunchNames } from './names';
import { templateSubstitutions, type LaunchTemplate } from './template';

/** What to launch. Relative paths resolve against `cwd` (default: the definition's folder). */
export interface LaunchRequest {
  readonly definition: string;
  readonly input?: string;
  /** Inline input value (wins over `input` and `inputText`). */
  readonly inputJson?: unknown;
  /** Inline input as JSON text (the CLI's --input-json). */
  readonly inputText?: string;
  readonly mocks?: string;
  readonly testCase?: string;
  readonly stateMachineName?: string;
  readonly handlers?: string;
  readonly itemsDir?: string;
  readonly resultDir?: string;
  readonly realTime?: boolean;
  readonly maxTransitions?: number;
  readonly seed?: number;
  readonly cwd?: string;
  /** Values of `${Name}` deployment placeholders (SAM DefinitionSubstitutions), substituted before validation. */
  readonly substitutions?: ReadonlyMap<string, string>;
  /**
   * A SAM / CloudFormation template whose DefinitionSubstitutions apply (its literal values; the
   * request's `substitutions` win); false: none; undefined: the nearest template pointing at the definition.
   */
  readonly template?: string | false;
  /** The run's quotas and budgets (history events, JSONata time and depth); interpreter defaults otherwise. */
  readonly limits?: Pick<EnvironmentOptions, 'maxHistoryEvents' | 'expressionLimits'>;
}

/** How the caller drives the execution. */
export interface LaunchMode {
  /** CLI: let virtual time run while only task tokens are awaited (timeouts fire); debugger: stop and wait. */
  readonly advanceWhenIdle: boolean;
  /** Keep inputs/outputs in the history (the debugger and --history need them). */
  readonly historyPayloads: boolean;
  /** `.waitForTaskToken` tasks without a mock or handler wait for sendTaskSuccess/Failure (debugger). */
  readonly waitForCallbacks: boolean;
  readonly names: LaunchNames;
}

export interface PreparedLaunch {
  /** Absolute path of the definition. */
  readonly definitionPath: string;
  readonly doc: AslDocument;
  readonly definition: Json;
  readonly input: Json;
  /** Warnings and hints of the definition (errors refuse the launch). */
  readonly diagnostics: readonly LocatedDiagnostic[];
  /** The template the deployment substitutions came from, if any. */
  readonly template?: LaunchTemplate;
  /** A fresh execution. Same start time, seed and mocks every time: runs are replayable. */
  start(input?: Json): Execution;
}

export interface LaunchFailure {
  readonly message: string;
  /** The definition's errors (with the path as the user wrote it in `shownPath`). */
  readonly diagnostics: readonly LocatedDiagnostic[];
  readonly shownPath: string;
}

export function isLaunchFailure(x: PreparedLaunch | LaunchFailure): x is LaunchFailure {
  return 'message' in x;
}

export function prepareLaunch(request: LaunchRequest, io: LaunchIo, mode: LaunchMode): PreparedLaunch | LaunchFailure {
  const definitionPath = resolve(io.cwd, request.cwd ?? '', request.definition);
  const fail = (message: string, diagnostics: LocatedDiagnostic[] = []): LaunchFailure => ({
    message,
    diagnostics,
    shownPath: request.definition,
  });
  const base = resolve(io.cwd, request.cwd ?? '');
  const fromTemplate = templateSubstitutions(io, definitionPath, base, request.template, request.substitutions);
  if ('error' in fromTemplate) return fail(fromTemplate.error);
  const model = loadModel(io, definitionPath, request.definition, fromTemplate.values);
  if ('error' in model) return fail(model.error);
  const errors = model.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) return fail(invalidMessage(request.definition, errors.length), errors);
  const parts = loadParts(io, request, mode, definitionPath);
  if ('error' in parts) return fail(parts.error);
  const definition = nodeToValue(model.doc.root) as Json;
  const input = parts.input;
  return {
    definitionPath,
    doc: model.doc,
    definition,
    input,
    diagnostics: model.diagnostics,
    template: fromTemplate.template,
    start: (override) => new Execution(definition, override ?? input, parts.environment()),
  };
}

function invalidMessage(shown: string, count: number): string {
  return `'${shown}' is not a valid state machine (${count} error${count === 1 ? '' : 's'}); nothing was run`;
}

interface Model {
  readonly doc: AslDocument;
  readonly diagnostics: LocatedDiagnostic[];
}

/** Parses (and, with substitutions, rewrites as CloudFormation would) the definition; findings located as written. */
function loadModel(
  io: LaunchIo,
  path: string,
  shown: string,
  substitutions: ReadonlyMap<string, string> | undefined,
): Model | { error: string } {
  let text: string;
  try {
    text = io.readFile(path);
  } catch (error) {
    return { error: `cannot read '${shown}': ${describeIoError(error)}` };
  }
  const format = formatForFileName(path);
  const written = parseAsl(text, format);
  if (substitutions === undefined) return { doc: written, diagnostics: locateDiagnostics(written) };
  const substituted = substituteText(written, substitutions);
  const doc = parseAsl(substituted.text, format);
  return { doc, diagnostics: locateDiagnostics(doc, { original: text, toOriginal: substituted.toOriginal }) };
}

interface Parts {
  readonly input: Json;
  environment(): Environment;
}

function loadParts(
  io: LaunchIo,
  request: LaunchRequest,
  mode: LaunchMode,
  definitionPath: string,
): Parts | { error: string } {
  const names = mode.names;
  const base = resolve(io.cwd, request.cwd ?? dirname(definitionPath));
  const file = (p: string | undefined) => (p === undefined ? undefined : { shown: p, path: resolve(base, p) });
  const problem = checkSettings(io, request, names);
  if (problem !== undefined) return { error: problem };
  const input = loadInput(io, { file: file(request.input), value: request.inputJson, text: request.inputText }, names);
  if ('error' in input) return input;
  const stateMachineName = request.stateMachineName ?? machineNameFor(definitionPath);
  const mocks = loadMockSelection(io, request, names, stateMachineName, file(request.mocks));
  if ('error' in mocks) return mocks;
  const handlers = loadHandlerModule(io, file(request.handlers));
  if ('error' in handlers) return handlers;
  const settings: EnvironmentSettings = {
    request,
    mode,
    stateMachineName,
    mocks: mocks.value,
    handlers: handlers.value,
    folders: { itemsDir: file(request.itemsDir)?.path, resultDir: file(request.resultDir)?.path },
    startTime: io.now?.() ?? Date.UTC(2024, 0, 1),
  };
  return { input: input.value, environment: () => buildEnvironment(io, settings) };
}

function loadMockSelection(
  io: LaunchIo,
  request: LaunchRequest,
  names: LaunchNames,
  stateMachineName: string,
  mockFile: { shown: string; path: string } | undefined,
): { value: MockSelectionOf | undefined } | { error: string } {
  if (mockFile === undefined) {
    return request.testCase === undefined
      ? { value: undefined }
      : { error: `${names.testCase} needs ${names.mocks} <file>` };
  }
  return loadMocks(io, { ...mockFile, testCase: request.testCase, stateMachineName }, names);
}

function checkSettings(io: LaunchIo, request: LaunchRequest, names: LaunchNames): string | undefined {
  if (request.realTime === true && (io.now === undefined || io.sleep === undefined))
    return 'real-time runs need a real clock, which this environment does not give';
  const max = request.maxTransitions;
  if (max !== undefined && !(Number.isInteger(max) && max > 0))
    return `${names.maxTransitions} must be a positive integer`;
  if (request.seed !== undefined && !Number.isInteger(request.seed)) return `${names.seed} must be an integer`;
  return undefined;
}

/**
 * The machine's name in a mock file: the file name without `.asl.json` / `.asl.yaml` (one rule, interpreter/mocks.ts).
 */
export const machineNameFor = defaultStateMachineName;

interface EnvironmentSettings {
  readonly request: LaunchRequest;
  readonly mode: LaunchMode;
  readonly stateMachineName: string;
  readonly mocks: MockSelectionOf | undefined;
  readonly handlers: ReadonlyMap<string, TaskHandler> | undefined;
  readonly folders: { readonly itemsDir?: string; readonly resultDir?: string };
  readonly startTime: number;
}

/** A fresh environment: new clock at the same start, new mock counters, new handler request ids. */
function buildEnvironment(io: LaunchIo, s: EnvironmentSettings): Environment {
  const names = s.mode.names;
  return createEnvironment({
    clock: clockFor(io, s),
    ...s.request.limits,
    seed: s.request.seed ?? 1,
    tasks: chainDispatchers(
      mocksFrom(s.mocks),
      s.handlers === undefined ? undefined : handlerDispatcher(s.handlers, requestIds()),
      s.mode.waitForCallbacks ? pendingCallbacks() : undefined,
    ),
    maxTransitions: s.request.maxTransitions,
    advanceWhenIdle: s.mode.advanceWhenIdle,
    historyPayloads: s.mode.historyPayloads,
    objects: objectStore(io, { ...s.folders, itemsName: names.itemsDir, resultName: names.resultDir }),
    identity: { stateMachineName: s.stateMachineName },
  });
}

/** Real time only when asked for and available (checkSettings refused the launch otherwise). */
function clockFor(io: LaunchIo, s: EnvironmentSettings): SimulatedClock | RealClock {
  const { now, sleep } = io;
  if (s.request.realTime !== true || now === undefined || sleep === undefined) return new SimulatedClock(s.startTime);
  return new RealClock(sleep, now);
}

function requestIds(): () => string {
  let n = 0;
  return () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
}
