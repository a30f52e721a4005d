/*
 * Launch configurations of the `asl` debug type as plain data: the ones offered for a definition
 * (from the inputs and mock test cases beside it), the defaults the resolver fills, what is refused
 * before anything starts, and the `asl run` arguments of Run State Machine. Pure (no `vscode`, no
 * I/O) so node:test covers it; the fields are AslLaunchArguments (server/src/debugProtocol.ts).
 */
import { ASL_DEBUG_TYPE, type AslLaunchArguments } from '../../../server/src/debugProtocol';
import type { LaunchCandidates } from '../../../server/src/protocol';
import { ASL_FILE_NAME } from '../languages';

export type AslDebugConfiguration = AslLaunchArguments & {
  readonly type: typeof ASL_DEBUG_TYPE;
  readonly request: 'launch';
  readonly name: string;
};

/** The launch attributes as the user may have written them: any field, any value. */
export type RawConfiguration = { readonly [key: string]: unknown };

/** What to run: a definition, and the test case of the mock file beside it (if any). */
export interface LaunchChoice {
  readonly definitionPath: string;
  readonly candidates: LaunchCandidates;
  readonly testCase?: string;
}

export function configurationFor(choice: LaunchChoice): AslDebugConfiguration {
  const { definitionPath, candidates, testCase } = choice;
  const machine = candidates.stateMachineName || baseName(definitionPath);
  const mocks = testCase === undefined ? undefined : candidates.mocks?.path;
  return {
    type: ASL_DEBUG_TYPE,
    request: 'launch',
    name: testCase === undefined ? `Debug ${machine}` : `Debug ${machine}: ${testCase}`,
    definition: definitionPath,
    ...(candidates.inputs.length > 0 ? { input: candidates.inputs[0] } : {}),
    ...(mocks === undefined ? {} : { mocks, testCase }),
  };
}

/** One configuration per mock test case beside the file, or one without mocks when there is none. */
export function configurationsFor(definitionPath: string, candidates: LaunchCandidates): AslDebugConfiguration[] {
  const cases = candidates.mocks?.testCases ?? [];
  if (cases.length === 0) return [configurationFor({ definitionPath, candidates })];
  return cases.map((testCase) => configurationFor({ definitionPath, candidates, testCase }));
}

export function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

export function dirName(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut <= 0 ? path.slice(0, cut + 1) : path.slice(0, cut);
}

export function isAbsolutePath(path: string): boolean {
  return path.startsWith('/') || path.startsWith('\\') || /^[a-zA-Z]:[\\/]/.test(path);
}

/** A relative `path` against `folder` (both plain file system paths). */
export function resolveAgainst(folder: string, path: string): string {
  if (isAbsolutePath(path)) return path;
  const sep = folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
  return folder.endsWith(sep) ? folder + path : `${folder}${sep}${path}`;
}

const STRING_FIELDS = [
  'definition',
  'input',
  'mocks',
  'testCase',
  'stateMachineName',
  'handlers',
  'itemsDir',
  'resultDir',
  'template',
  'cwd',
] as const;
const BOOLEAN_FIELDS = ['stopOnEntry', 'realTime', 'noDebug'] as const;

/** Why the configuration cannot start, as one message for the user; undefined when it can. */
export function launchProblem(attributes: object, trusted: boolean): string | undefined {
  const config = attributes as RawConfiguration;
  const definition = config.definition;
  if (typeof definition !== 'string' || definition.trim() === '')
    return 'ASL Studio: there is no state machine to run. Open an .asl.json / .asl.yaml file, or set "definition" in the launch configuration.';
  if (!ASL_FILE_NAME.test(definition))
    return `ASL Studio: "${definition}" is not a state machine definition (expected a *.asl.json, *.asl.yaml or *.asl.yml file).`;
  return fieldProblem(config) ?? trustProblem(config, trusted);
}

function fieldProblem(config: RawConfiguration): string | undefined {
  for (const key of STRING_FIELDS)
    if (config[key] !== undefined && typeof config[key] !== 'string')
      return `ASL Studio: launch attribute "${key}" must be a string (a path or a name).`;
  for (const key of BOOLEAN_FIELDS)
    if (config[key] !== undefined && typeof config[key] !== 'boolean')
      return `ASL Studio: launch attribute "${key}" must be true or false.`;
  for (const key of ['maxTransitions', 'seed'] as const) {
    const value = config[key];
    const positive = key === 'maxTransitions';
    if (value !== undefined && !(Number.isInteger(value) && (!positive || (value as number) > 0)))
      return `ASL Studio: launch attribute "${key}" must be ${positive ? 'a positive integer' : 'an integer'}.`;
  }
  const t = config.test as { file?: unknown; case?: unknown } | undefined;
  if (t !== undefined && (typeof t !== 'object' || typeof t?.file !== 'string' || typeof t.case !== 'string'))
    return 'ASL Studio: launch attribute "test" must be { "file": <test file>, "case": <case name> }.';
  if (config.mocks !== undefined && config.testCase === undefined)
    return 'ASL Studio: "mocks" needs "testCase": the test case of the mock file to run.';
  if (config.testCase !== undefined && config.mocks === undefined)
    return 'ASL Studio: "testCase" needs "mocks": the mock file that has the test case.';
  return undefined;
}

function trustProblem(config: RawConfiguration, trusted: boolean): string | undefined {
  if (trusted || config.handlers === undefined) return undefined;
  return 'ASL Studio: "handlers" runs code from this workspace, which is not trusted. Trust the workspace (Manage Workspace Trust) or run with mocks instead.';
}

/** The `asl run` command line of Run State Machine (after the CLI script path). */
export function cliRunArgs(config: AslLaunchArguments, overlayFile: string): string[] {
  const args = ['run', config.definition];
  if (config.inputJson !== undefined) args.push('--input-json', JSON.stringify(config.inputJson));
  else if (config.input !== undefined) args.push('--input', config.input);
  const options: [string, string | number | undefined][] = [
    ['--mocks', config.mocks],
    ['--test-case', config.testCase],
    ['--state-machine-name', config.stateMachineName],
    ['--handlers', config.handlers],
    ['--items-dir', config.itemsDir],
    ['--result-dir', config.resultDir],
    ['--max-transitions', config.maxTransitions],
    ['--timeout', config.timeout],
    ['--max-history-events', config.maxHistoryEvents],
    ['--expression-timeout', config.expressionTimeout],
    ['--expression-max-depth', config.expressionMaxDepth],
    ['--seed', config.seed],
    ['--template', config.template],
  ];
  for (const [flag, value] of options) if (value !== undefined) args.push(flag, String(value));
  if (config.realTime === true) args.push('--real-time');
  args.push('--overlay-json', overlayFile);
  return args;
}

/** The folder relative paths resolve against: `cwd`, else the definition's folder. */
export function workingFolder(config: AslLaunchArguments): string {
  return config.cwd ?? dirName(config.definition);
}

/** Parses a JSON payload typed by the user: the value, or the parser's message. */
export function parseJsonPayload(text: string): { value: unknown } | { error: string } {
  if (text.trim() === '') return { error: 'Enter a JSON value, e.g. {"approved": true}.' };
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    return { error: `Not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
}
