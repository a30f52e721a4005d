/*
 * `asl run <definition> [options]`: validates the definition (refusing error diagnostics with
 * their locations), then executes it with the local interpreter on a simulated clock.
 * Exit 0 SUCCEEDED, 1 FAILED / TIMED_OUT / ABORTED, 2 usage error or invalid definition.
 * With --json it prints exactly one JSON object: {status, output} or {status, error, cause}.
 */
import { parse as parseYaml } from 'yaml';
import { basename } from 'path';
import { formatForFileName } from '../asl/parse';
import { Execution, type ExecutionResult } from '../interpreter/execution';
import { RealClock, SimulatedClock, createEnvironment } from '../interpreter/environment';
import { checkMockSelection, mockDispatcher } from '../interpreter/mocks';
import { chainDispatchers, handlerDispatcher, type TaskDispatcher } from '../interpreter/tasks';
import { toAwsHistory } from '../interpreter/history';
import type { Json } from '../interpreter/value';
import { CliIo, EXIT_FINDINGS, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE } from './io';
import { parseJsonGuarded } from '../interpreter/guards';
import { LIMIT_OPTIONS, LIMITS_USAGE, parseRunLimits, runControl, type RunLimits } from './runLimits';
import { parseArgs, type ArgSpec } from './args';
import { describeIoError, formatDiagnosticLine, locatedDiagnostics } from './validate';
import { loadHandlers, objectStore, realSleep } from './runSupport';

export const RUN_USAGE = `usage: asl run <definition.asl.json|.asl.yaml> [options]

  --input <file> | --input-json <json>   execution input (default {})
  --mocks <file> --test-case <name>      AWS Step Functions Local MockConfigFile and test case
  --state-machine-name <name>            machine name in the mock file (default: file name without .asl.json)
  --handlers <file.js>                   module exporting { "<state or Resource>": (input, context) => result }
  --items-dir <dir>                      distributed Map ItemReader: s3://Bucket/Key is read from <dir>/Bucket/Key
  --result-dir <dir>                     distributed Map ResultWriter: s3://Bucket/Prefix is written to <dir>/Bucket/Prefix
  --json                                 print one JSON object {status, output | error, cause}
  --history                              also print the execution history (GetExecutionHistory shape)
  --real-time                            really wait for Wait states and retry back-off
  --max-transitions <n>                  fail after n state transitions (default 10000000)
  --seed <n>                             seed of the random source (UUIDs, jitter, $random)
${LIMITS_USAGE}

exit codes: 0 SUCCEEDED, 1 FAILED / TIMED_OUT / ABORTED, 2 usage error or invalid definition, 130 Ctrl+C`;

const SPEC: ArgSpec = {
  flags: { json: true, history: true, 'real-time': true, help: true },
  options: {
    input: 'any',
    'input-json': 'any',
    mocks: 'any',
    'test-case': 'any',
    'state-machine-name': 'any',
    handlers: 'any',
    'items-dir': 'any',
    'result-dir': 'any',
    'max-transitions': 'any',
    seed: 'any',
    ...Object.fromEntries(LIMIT_OPTIONS.map((name) => [name, 'any'])),
  },
};

type Options = Record<string, string>;

export async function runCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, SPEC);
  if ('error' in parsed) return usage(io, parsed.error);
  if (parsed.flags.has('help')) {
    io.stdout(RUN_USAGE + '\n');
    return EXIT_OK;
  }
  if (parsed.positional.length !== 1) return usage(io, 'expected exactly one definition file');
  const path = parsed.positional[0];
  const opts = parsed.options;
  const definition = loadDefinition(io, path);
  if (typeof definition === 'number') return definition;
  const input = loadInput(io, opts);
  if (typeof input === 'string') return inputError(io, input);
  const limits = parseRunLimits(opts);
  if (typeof limits === 'string') return usage(io, limits);
  const interrupt = new AbortController();
  const control = runControl(limits, interrupt.signal);
  const sleep = (ms: number) =>
    realSleep(Math.min(ms, (control.deadline ?? Infinity) - control.stopwatch()), interrupt.signal);
  const setup = buildEnvironment(
    io,
    path,
    opts,
    parsed.flags.has('real-time') ? sleep : undefined,
    parsed.flags.has('history'),
    limits,
  );
  if (typeof setup === 'string') return inputError(io, setup);
  const execution = new Execution(definition, input.value, setup);
  const release = io.onInterrupt?.(() => interrupt.abort());
  const result = await execution.run(control).finally(release);
  report(io, execution, result, parsed.flags.has('json'), parsed.flags.has('history'));
  if (result.status === 'SUCCEEDED') return EXIT_OK;
  return interrupt.signal.aborted && result.status === 'ABORTED' ? EXIT_INTERRUPTED : EXIT_FINDINGS;
}

function usage(io: CliIo, message: string): number {
  io.stderr(`asl run: ${message}\n\n${RUN_USAGE}\n`);
  return EXIT_USAGE;
}

/** A bad input, mock or handler file: the message alone says what to fix (no usage dump). */
function inputError(io: CliIo, message: string): number {
  io.stderr(`asl run: ${message}\n`);
  return EXIT_USAGE;
}

/** Reads, validates and parses the definition; an exit code when it cannot run. */
function loadDefinition(io: CliIo, path: string): Json | number {
  let text: string;
  try {
    text = io.readFile(path);
  } catch (error) {
    io.stderr(`asl run: cannot read '${path}': ${describeIoError(error)}\n`);
    return EXIT_USAGE;
  }
  const errors = locatedDiagnostics(text, path).filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    for (const d of errors) io.stderr(formatDiagnosticLine(path, d) + '\n');
    io.stderr(
      `asl run: '${path}' is not a valid state machine (${errors.length} error${errors.length === 1 ? '' : 's'}); nothing was run\n`,
    );
    return EXIT_USAGE;
  }
  try {
    return (formatForFileName(path) === 'yaml' ? parseYaml(text) : JSON.parse(text)) as Json;
  } catch (error) {
    io.stderr(`asl run: cannot parse '${path}': ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_USAGE;
  }
}

function loadInput(io: CliIo, opts: Options): { value: Json } | string {
  if (opts.input !== undefined && opts['input-json'] !== undefined)
    return 'give either --input or --input-json, not both';
  let text = opts['input-json'];
  if (opts.input !== undefined) {
    try {
      text = io.readFile(opts.input);
    } catch (error) {
      return `cannot read input '${opts.input}': ${describeIoError(error)}`;
    }
  }
  if (text === undefined) return { value: {} };
  const parsed = parseJsonGuarded(text, 'the input');
  return 'error' in parsed ? parsed.error : parsed;
}

export function machineNameFor(path: string): string {
  return basename(path)
    .replace(/\.asl\.(json|ya?ml)$/i, '')
    .replace(/\.(json|ya?ml)$/i, '');
}

function buildEnvironment(
  io: CliIo,
  path: string,
  opts: Options,
  realSleep: ((ms: number) => Promise<void>) | undefined,
  history: boolean,
  limits: RunLimits,
): ReturnType<typeof createEnvironment> | string {
  const stateMachineName = opts['state-machine-name'] ?? machineNameFor(path);
  const tasks = buildDispatcher(io, opts, stateMachineName);
  if (typeof tasks === 'string') return tasks;
  const maxTransitions = opts['max-transitions'] === undefined ? undefined : Number(opts['max-transitions']);
  if (maxTransitions !== undefined && !(Number.isInteger(maxTransitions) && maxTransitions > 0))
    return '--max-transitions must be a positive integer';
  const seed = opts.seed === undefined ? 1 : Number(opts.seed);
  if (!Number.isInteger(seed)) return '--seed must be an integer';
  return createEnvironment({
    clock: realSleep ? new RealClock(realSleep, Date.now) : new SimulatedClock(Date.now()),
    ...limits.env,
    seed,
    tasks,
    maxTransitions,
    advanceWhenIdle: true,
    historyPayloads: history,
    objects: objectStore(io, opts['items-dir'], opts['result-dir']),
    identity: { stateMachineName },
  });
}

function buildDispatcher(io: CliIo, opts: Options, stateMachineName: string): TaskDispatcher | string {
  let mocks: TaskDispatcher | undefined;
  if (opts.mocks !== undefined) {
    if (opts['test-case'] === undefined) return '--mocks needs --test-case <name>';
    let text: string;
    try {
      text = io.readFile(opts.mocks);
    } catch (error) {
      return `cannot load mocks '${opts.mocks}': ${describeIoError(error)}`;
    }
    const parsed = parseJsonGuarded(text, `the mock file '${opts.mocks}'`);
    if ('error' in parsed) return `cannot load mocks: ${parsed.error}`;
    const config = parsed.value;
    const selection = { config, stateMachineName, testCase: opts['test-case'] };
    const problem = checkMockSelection(selection);
    if (problem) return `${opts.mocks}: ${problem}`;
    mocks = mockDispatcher(selection);
  } else if (opts['test-case'] !== undefined) return '--test-case needs --mocks <file>';
  let handlers: TaskDispatcher | undefined;
  if (opts.handlers !== undefined) {
    const loaded = loadHandlers(io, opts.handlers);
    if (typeof loaded === 'string') return loaded;
    let n = 0;
    handlers = handlerDispatcher(loaded, () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`);
  }
  return chainDispatchers(mocks, handlers);
}

function report(io: CliIo, execution: Execution, result: ExecutionResult, json: boolean, history: boolean): void {
  if (json) {
    const out: Record<string, unknown> = { status: result.status };
    if (result.status === 'SUCCEEDED') out.output = result.output;
    if (result.status === 'FAILED') {
      out.error = result.error ?? '';
      out.cause = result.cause ?? '';
    }
    if (!history) return io.stdout(JSON.stringify(out) + '\n');
    // Event by event: the history of a long run is more text than one JavaScript string can hold.
    io.stdout(JSON.stringify(out).slice(0, -1) + ',"history":[');
    execution.history.forEach((e, i) => io.stdout((i > 0 ? ',' : '') + JSON.stringify(toAwsHistory([e])[0])));
    io.stdout(']}\n');
    return;
  }
  const path = execution.history
    .filter((e) => e.frame === 'root' && e.type.endsWith('Entered'))
    .map((e) => e.details.name);
  io.stdout(`status: ${result.status}\n`);
  io.stdout(`states: ${path.join(' → ')}\n`);
  if (result.status === 'SUCCEEDED') io.stdout(`output:\n${JSON.stringify(result.output, null, 2)}\n`);
  else if (result.error !== undefined || result.cause !== undefined)
    io.stdout(`error: ${result.error ?? ''}\ncause: ${result.cause ?? ''}\n`);
  if (history) {
    io.stdout('history:\n');
    for (const e of execution.history)
      io.stdout(
        `  ${String(e.id).padStart(4)} ${e.type}${e.details.name ? ` ${e.details.name}` : ''}${e.frame !== 'root' ? `  [${e.frame}]` : ''}\n`,
      );
  }
}
