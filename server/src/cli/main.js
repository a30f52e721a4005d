"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.runCli = runCli;
/*
 * Entry of dist/cli.js (`asl`): builds the real CliIo from the process and dispatches to a
 * command. Knows nothing of ASL itself; each command lives in its own file and is testable
 * through runCli(argv, io) without a process.
 */
const fs_1 = require("fs");
const io_1 = require("./io");
const validate_1 = require("./validate");
const run_1 = require("./run");
const graph_1 = require("./graph");
const USAGE = `usage: asl <command> [options]

commands:
  validate <files...> [--format text|json]   report problems in state machine definitions
  run <definition> [options]                 execute a definition locally (asl run --help)
  graph <definition> [--format mermaid|dot|json]   print the state graph

exit codes: 0 ok, 1 findings or failed execution, 2 usage or I/O error`;
const COMMANDS = {
    validate: validate_1.validateCommand,
    run: run_1.runCommand,
    graph: graph_1.graphCommand,
};
async function runCli(argv, io) {
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        (name === undefined ? io.stderr : io.stdout)(USAGE + '\n');
        return name === undefined ? io_1.EXIT_USAGE : 0;
    }
    if (name === '--version' || name === '-v') {
        io.stdout(`${VERSION}\n`);
        return 0;
    }
    const command = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!command) {
        io.stderr(`asl: unknown command '${name}'\n\n${USAGE}\n`);
        return io_1.EXIT_USAGE;
    }
    return command(rest, io);
}
const VERSION = typeof __ASL_VERSION__ === 'string' ? __ASL_VERSION__ : 'dev';
function processIo() {
    return {
        cwd: process.cwd(),
        stdout: (text) => process.stdout.write(text),
        stderr: (text) => process.stderr.write(text),
        readFile: (path) => (0, fs_1.readFileSync)(path, 'utf8'),
        readDir: (path) => (isDirectory(path) ? (0, fs_1.readdirSync)(path) : undefined),
        isTty: Boolean(process.stdout.isTTY),
    };
}
function isDirectory(path) {
    try {
        return (0, fs_1.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}
if (require.main === module) {
    runCli(process.argv.slice(2), processIo()).then((code) => {
        process.exitCode = code;
    }, (error) => {
        process.stderr.write(`asl: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
        process.exitCode = io_1.EXIT_USAGE;
    });
}
//# sourceMappingURL=main.js.map