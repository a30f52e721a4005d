"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RUN_USAGE = void 0;
exports.runCommand = runCommand;
exports.machineNameFor = machineNameFor;
/*
 * `asl run <definition> [options]`: validates the definition (refusing error diagnostics with
 * their locations), then executes it with the local interpreter on a simulated clock.
 * Exit 0 SUCCEEDED, 1 FAILED / TIMED_OUT / ABORTED, 2 usage error or invalid definition.
 * With --json it prints exactly one JSON object: {status, output} or {status, error, cause}.
 */
const yaml_1 = require("yaml");
const path_1 = require("path");
const parse_1 = require("../asl/parse");
const execution_1 = require("../interpreter/execution");
const environment_1 = require("../interpreter/environment");
const mocks_1 = require("../interpreter/mocks");
const tasks_1 = require("../interpreter/tasks");
const history_1 = require("../interpreter/history");
const io_1 = require("./io");
const args_1 = require("./args");
const validate_1 = require("./validate");
const runSupport_1 = require("./runSupport");
exports.RUN_USAGE = `usage: asl run <definition.asl.json|.asl.yaml> [options]

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

exit codes: 0 SUCCEEDED, 1 FAILED / TIMED_OUT / ABORTED, 2 usage error or invalid definition`;
const SPEC = {
    flags: { json: true, history: true, 'real-time': true, help: true },
    options: {
        input: 'any', 'input-json': 'any', mocks: 'any', 'test-case': 'any', 'state-machine-name': 'any', handlers: 'any',
        'items-dir': 'any', 'result-dir': 'any', 'max-transitions': 'any', seed: 'any',
    },
};
async function runCommand(args, io) {
    const parsed = (0, args_1.parseArgs)(args, SPEC);
    if ('error' in parsed)
        return usage(io, parsed.error);
    if (parsed.flags.has('help')) {
        io.stdout(exports.RUN_USAGE + '\n');
        return io_1.EXIT_OK;
    }
    if (parsed.positional.length !== 1)
        return usage(io, 'expected exactly one definition file');
    const path = parsed.positional[0];
    const opts = parsed.options;
    const definition = loadDefinition(io, path);
    if (typeof definition === 'number')
        return definition;
    const input = loadInput(io, opts);
    if (typeof input === 'string')
        return inputError(io, input);
    const setup = buildEnvironment(io, path, opts, parsed.flags.has('real-time'), parsed.flags.has('history'));
    if (typeof setup === 'string')
        return inputError(io, setup);
    const execution = new execution_1.Execution(definition, input.value, setup);
    const result = await execution.run();
    report(io, execution, result, parsed.flags.has('json'), parsed.flags.has('history'));
    return result.status === 'SUCCEEDED' ? io_1.EXIT_OK : io_1.EXIT_FINDINGS;
}
function usage(io, message) {
    io.stderr(`asl run: ${message}\n\n${exports.RUN_USAGE}\n`);
    return io_1.EXIT_USAGE;
}
/** A bad input, mock or handler file: the message alone says what to fix (no usage dump). */
function inputError(io, message) {
    io.stderr(`asl run: ${message}\n`);
    return io_1.EXIT_USAGE;
}
/** Reads, validates and parses the definition; an exit code when it cannot run. */
function loadDefinition(io, path) {
    let text;
    try {
        text = io.readFile(path);
    }
    catch (error) {
        io.stderr(`asl run: cannot read '${path}': ${(0, validate_1.describeIoError)(error)}\n`);
        return io_1.EXIT_USAGE;
    }
    const errors = (0, validate_1.locatedDiagnostics)(text, path).filter((d) => d.severity === 'error');
    if (errors.length > 0) {
        for (const d of errors)
            io.stderr((0, validate_1.formatDiagnosticLine)(path, d) + '\n');
        io.stderr(`asl run: '${path}' is not a valid state machine (${errors.length} error${errors.length === 1 ? '' : 's'}); nothing was run\n`);
        return io_1.EXIT_USAGE;
    }
    try {
        return ((0, parse_1.formatForFileName)(path) === 'yaml' ? (0, yaml_1.parse)(text) : JSON.parse(text));
    }
    catch (error) {
        io.stderr(`asl run: cannot parse '${path}': ${error instanceof Error ? error.message : String(error)}\n`);
        return io_1.EXIT_USAGE;
    }
}
function loadInput(io, opts) {
    if (opts.input !== undefined && opts['input-json'] !== undefined)
        return 'give either --input or --input-json, not both';
    let text = opts['input-json'];
    if (opts.input !== undefined) {
        try {
            text = io.readFile(opts.input);
        }
        catch (error) {
            return `cannot read input '${opts.input}': ${(0, validate_1.describeIoError)(error)}`;
        }
    }
    if (text === undefined)
        return { value: {} };
    try {
        return { value: JSON.parse(text) };
    }
    catch (error) {
        return `the input is not valid JSON: ${error instanceof Error ? error.message : String(error)}`;
    }
}
function machineNameFor(path) {
    return (0, path_1.basename)(path).replace(/\.asl\.(json|ya?ml)$/i, '').replace(/\.(json|ya?ml)$/i, '');
}
function buildEnvironment(io, path, opts, realTime, history) {
    const stateMachineName = opts['state-machine-name'] ?? machineNameFor(path);
    const tasks = buildDispatcher(io, opts, stateMachineName);
    if (typeof tasks === 'string')
        return tasks;
    const maxTransitions = opts['max-transitions'] === undefined ? undefined : Number(opts['max-transitions']);
    if (maxTransitions !== undefined && !(Number.isInteger(maxTransitions) && maxTransitions > 0))
        return '--max-transitions must be a positive integer';
    const seed = opts.seed === undefined ? 1 : Number(opts.seed);
    if (!Number.isInteger(seed))
        return '--seed must be an integer';
    return (0, environment_1.createEnvironment)({
        clock: realTime ? new environment_1.RealClock(runSupport_1.realSleep, Date.now) : new environment_1.SimulatedClock(Date.now()),
        seed, tasks, maxTransitions, advanceWhenIdle: true, historyPayloads: history,
        objects: (0, runSupport_1.objectStore)(io, opts['items-dir'], opts['result-dir']),
        identity: { stateMachineName },
    });
}
function buildDispatcher(io, opts, stateMachineName) {
    let mocks;
    if (opts.mocks !== undefined) {
        if (opts['test-case'] === undefined)
            return '--mocks needs --test-case <name>';
        let config;
        try {
            config = JSON.parse(io.readFile(opts.mocks));
        }
        catch (error) {
            return `cannot load mocks '${opts.mocks}': ${error instanceof SyntaxError ? error.message : (0, validate_1.describeIoError)(error)}`;
        }
        const selection = { config, stateMachineName, testCase: opts['test-case'] };
        const problem = (0, mocks_1.checkMockSelection)(selection);
        if (problem)
            return `${opts.mocks}: ${problem}`;
        mocks = (0, mocks_1.mockDispatcher)(selection);
    }
    else if (opts['test-case'] !== undefined)
        return '--test-case needs --mocks <file>';
    let handlers;
    if (opts.handlers !== undefined) {
        const loaded = (0, runSupport_1.loadHandlers)(io, opts.handlers);
        if (typeof loaded === 'string')
            return loaded;
        let n = 0;
        handlers = (0, tasks_1.handlerDispatcher)(loaded, () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`);
    }
    return (0, tasks_1.chainDispatchers)(mocks, handlers);
}
function report(io, execution, result, json, history) {
    if (json) {
        const out = { status: result.status };
        if (result.status === 'SUCCEEDED')
            out.output = result.output;
        if (result.status === 'FAILED' || result.status === 'TIMED_OUT') {
            out.error = result.error ?? '';
            out.cause = result.cause ?? '';
        }
        if (history)
            out.history = (0, history_1.toAwsHistory)(execution.history);
        io.stdout(JSON.stringify(out) + '\n');
        return;
    }
    const path = execution.history.filter((e) => e.frame === 'root' && e.type.endsWith('Entered')).map((e) => e.details.name);
    io.stdout(`status: ${result.status}\n`);
    io.stdout(`states: ${path.join(' → ')}\n`);
    if (result.status === 'SUCCEEDED')
        io.stdout(`output:\n${JSON.stringify(result.output, null, 2)}\n`);
    else if (result.error !== undefined || result.cause !== undefined)
        io.stdout(`error: ${result.error ?? ''}\ncause: ${result.cause ?? ''}\n`);
    if (history) {
        io.stdout('history:\n');
        for (const e of execution.history)
            io.stdout(`  ${String(e.id).padStart(4)} ${e.type}${e.details.name ? ` ${e.details.name}` : ''}${e.frame !== 'root' ? `  [${e.frame}]` : ''}\n`);
    }
}
//# sourceMappingURL=run.js.map