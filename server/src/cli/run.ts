/*
 * `asl run <definition> [options]`: validates the definition (refusing error diagnostics with
 * their locations), then executes it with the local interpreter on a simulated clock.
 * Exit 0 SUCCEEDED, 1 FAILED / TIMED_OUT / ABORTED, 2 usage error or invalid definition.
 * With --json it prints exactly one JSON object: {status, output} or {status, error, cause}.
 */
import type { Execution, ExecutionResult } from '../interpreter/execution';
import { toAwsHistory } from '../interpreter/history';
import { relative, resolve } from 'path';
import type { ExecutionOverlay } from '../debugProtocol';
import { overlayOf } from '../launch/overlay';
import {
  CLI_NAMES,
  describeIoError,
  formatDiagnosticLine,
  isLaunchFailure,
  prepareLaunch,
  type LaunchFailure,
  type LaunchTemplate,
} from '../launch';
import { CliIo, EXIT_FINDINGS, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE } from './io';
import { parseArgs, type ArgSpec } from './args';
import { LIMIT_OPTIONS, LIMITS_USAGE, parseRunLimits, runControl } from './runLimits';
import { readSubstitutions, SUBSTITUTION_OPTIONS } from './substitutions';
import { realSleep } from '../launch/nodeIo';

export { machineNameFor } from '../launch';

export const RUN_USAGE = `usage: asl run <definition.asl.json|.asl.yaml> [options]

  --input <file> | --input-json <json>   execution input (default {})
  --mocks <file> --test-case <name>      AWS Step Functions Local MockConfigFile and test case
  --state-machine-name <name>            machine name in the mock file (default: file name without .asl.json)
  --handlers <file.js>                   module exporting { "<state or Resource>": (input, context) => result }
  --items-dir <dir>                      distributed Map ItemReader: s3://Bucket/Key is read from <dir>/Bucket/Key
  --result-dir <dir>                     distributed Map ResultWriter: s3://Bucket/Prefix is written to <dir>/Bucket/Prefix
  --json                                 print one JSON object {status, output | error, cause}
  --history                              also print the execution history (GetExecutionHistory shape)
  --overlay-json <file>                  write the execution overlay (states taken, outcomes) for the graph preview
  --real-time                            really wait for Wait states and retry back-off
  --max-transitions <n>                  fail after n state transitions (default 10000000)
  --seed <n>                             seed of the random source (UUIDs, jitter, $random)
  --substitute <Name=value>              value of a \${Name} deployment placeholder (repeatable)
  --substitutions <file.json>            placeholder values as a JSON object (SAM DefinitionSubstitutions)
  --template <template.yaml>             take the literal DefinitionSubstitutions of this SAM / CloudFormation
                                         template (default: the nearest template whose DefinitionUri is the file)
  --no-template                          do not look for a template
${LIMITS_USAGE}

exit codes: 0 SUCCEEDED, 1 FAILED / TIMED_OUT / ABORTED, 2 usage error or invalid definition, 130 Ctrl+C`;

const SPEC: ArgSpec = {
  flags: { json: true, history: true, 'real-time': true, help: true, 'no-template': true },
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
    'overlay-json': 'any',
    ...Object.fromEntries(LIMIT_OPTIONS.map((name) => [name, 'any'])),
    ...SUBSTITUTION_OPTIONS.options,
    template: 'any',
  },
  repeatable: SUBSTITUTION_OPTIONS.repeatable,
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
  const opts = parsed.options;
  if (opts.input !== undefined && opts['input-json'] !== undefined)
    return inputError(io, 'give either --input or --input-json, not both');
  const history = parsed.flags.has('history');
  const overlayFile = opts['overlay-json'];
  const limits = parseRunLimits(opts);
  if (typeof limits === 'string') return usage(io, limits);
  const substitutions = readSubstitutions(parsed, io);
  if (typeof substitutions === 'string') return usage(io, substitutions);
  const interrupt = new AbortController();
  const control = runControl(limits, interrupt.signal);
  // real waits end early at Ctrl+C or at the --timeout deadline
  const sleep = (ms: number) =>
    realSleep(Math.min(ms, (control.deadline ?? Infinity) - control.stopwatch()), interrupt.signal);
  const base = requestFrom(parsed.positional[0], opts, parsed.flags.has('real-time'), io);
  if (opts.template !== undefined && parsed.flags.has('no-template'))
    return usage(io, 'give either --template or --no-template, not both');
  const template: string | false | undefined = parsed.flags.has('no-template') ? false : opts.template;
  const request = { ...base, limits: limits.env, substitutions, template };
  const launch = prepareLaunch(
    request,
    { ...io, sleep },
    {
      advanceWhenIdle: true,
      historyPayloads: history || overlayFile !== undefined,
      waitForCallbacks: false,
      names: CLI_NAMES,
    },
  );
  if (isLaunchFailure(launch)) return launchError(io, launch);
  if (launch.template !== undefined) io.stderr(templateNote(launch.template, io.cwd) + '\n');
  const execution = launch.start();
  const release = io.onInterrupt?.(() => interrupt.abort());
  const result = await execution.run(control).finally(release);
  report(io, execution, result, parsed.flags.has('json'), history);
  if (
    overlayFile !== undefined &&
    !writeOverlay(io, overlayFile, overlayOf(execution.history, launch.definitionPath, 'run'))
  )
    return EXIT_USAGE;
  if (result.status === 'SUCCEEDED') return EXIT_OK;
  return interrupt.signal.aborted && result.status === 'ABORTED' ? EXIT_INTERRUPTED : EXIT_FINDINGS;
}

/** Writes the final ExecutionOverlay (source 'run') for the extension's Run command; false when it cannot. */
function writeOverlay(io: CliIo, file: string, overlay: ExecutionOverlay): boolean {
  const path = resolve(io.cwd, file);
  try {
    if (io.writeFile === undefined) throw new Error('this environment gives no write access');
    io.writeFile(path, JSON.stringify(overlay) + '\n');
    return true;
  } catch (error) {
    io.stderr(`asl run: cannot write the overlay to '${file}': ${describeIoError(error)}\n`);
    return false;
  }
}

function requestFrom(definition: string, opts: Options, realTime: boolean, io: CliIo) {
  return {
    definition,
    cwd: io.cwd,
    input: opts.input,
    inputText: opts['input-json'],
    mocks: opts.mocks,
    testCase: opts['test-case'],
    stateMachineName: opts['state-machine-name'],
    handlers: opts.handlers,
    itemsDir: opts['items-dir'],
    resultDir: opts['result-dir'],
    realTime,
    maxTransitions: numberOption(opts['max-transitions']),
    seed: numberOption(opts.seed),
  };
}

/** A number option as given ('x' becomes NaN, which the launch refuses by name). */
function numberOption(text: string | undefined): number | undefined {
  return text === undefined ? undefined : Number(text);
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

/** The definition's located errors (if any), then what went wrong; nothing was run. */
function launchError(io: CliIo, failure: LaunchFailure): number {
  for (const d of failure.diagnostics) io.stderr(formatDiagnosticLine(failure.shownPath, d) + '\n');
  return inputError(io, failure.message);
}

function report(io: CliIo, execution: Execution, result: ExecutionResult, json: boolean, history: boolean): void {
  if (json) {
    const out: Record<string, unknown> = { status: result.status };
    if (result.status === 'SUCCEEDED') out.output = result.output;
    if (result.status === 'FAILED' || result.error !== undefined) {
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

/** Says where the deployment substitutions came from (stderr, so --json output stays one object). */
function templateNote(template: LaunchTemplate, cwd: string): string {
  const where = relative(cwd, template.path) || template.path;
  const left =
    template.unresolved.length === 0
      ? ''
      : `; left as written: ${template.unresolved.map((n) => '${' + n + '}').join(', ')}`;
  return `asl run: DefinitionSubstitutions of ${template.machine} in ${where}${left}`;
}
