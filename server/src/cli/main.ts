/*
 * Entry of dist/cli.js (`asl`): builds the real CliIo from the process and dispatches to a
 * command. Knows nothing of ASL itself; each command lives in its own file and is testable
 * through runCli(argv, io) without a process.
 */
import { readFileCapped } from './readCapped';
import { CliIo, EXIT_USAGE } from './io';
import { nodeLaunchIo } from '../launch/nodeIo';
import { spawnCli } from './spawnCli';
import { createRequire } from 'module';
import type * as Os from 'os';
import { stdioWriter } from './stdio';

const USAGE = `usage: asl <command> [options]

commands:
  validate <files...> [--format text|json]   report problems in state machine definitions
  run <definition> [options]                 execute a definition locally (asl run --help)
  graph <definition> [--format mermaid|dot|json|svg] [-o file] [--theme light|dark]
                                             print or write the state graph
  test [files or folders...] [options]       run the cases of *.asl.test.yaml|yml|json files (asl test --help)

exit codes: 0 ok, 1 findings or failed execution, 2 usage or I/O error`;

type Command = (args: string[], io: CliIo) => Promise<number> | number;

/**
 * Each command is loaded only when it runs: the build turns every `import('./<name>.js')` here into
 * its own bundle (dist/cli/<name>.js), so `asl validate` never compiles the interpreter. Adding a
 * command is one line.
 */
const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  validate: async () => (await import('./validate.js')).validateCommand,
  run: async () => (await import('./run.js')).runCommand,
  graph: async () => (await import('./graph.js')).graphCommand,
  test: async () => (await import('./test.js')).testCommand,
};

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout)(USAGE + '\n');
    return name === undefined ? EXIT_USAGE : 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const load = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) {
    io.stderr(`asl: unknown command '${name}'\n\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  const command = await load();
  return command(rest, io);
}

declare const __ASL_VERSION__: string | undefined;
const VERSION = typeof __ASL_VERSION__ === 'string' ? __ASL_VERSION__ : 'dev';

function processIo(): CliIo {
  const io = {
    ...nodeLaunchIo(process.cwd()),
    readFile: (path: string) => readFileCapped(path),
    stdout: stdioWriter(1),
    stderr: stdioWriter(2),
    onInterrupt,
    spawnCli,
  };
  // Computed when read, and not enumerable so that a spread of the io (a LaunchIo for the launch
  // layer) does not read them: process.stdout and `os` cost every command's start-up some ms.
  return Object.defineProperties(io as typeof io & Pick<CliIo, 'isTty' | 'cpuCount'>, {
    isTty: { get: () => Boolean(process.stdout.isTTY) },
    cpuCount: { get: cpuCount },
  });
}

/** The core count, read when `asl test` asks for it: loading `os` costs every command's start-up. */
function cpuCount(): number {
  const os = createRequire(__filename)('os') as typeof Os;
  return os.availableParallelism();
}

/** The first Ctrl+C asks the command to stop cleanly; a second one ends the process at once. */
function onInterrupt(handler: () => void): () => void {
  let pressed = 0;
  const listener = () => {
    if (++pressed > 1) process.exit(130);
    handler();
  };
  process.on('SIGINT', listener);
  return () => process.off('SIGINT', listener);
}

if (require.main === module) {
  runCli(process.argv.slice(2), processIo()).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `asl: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = EXIT_USAGE;
    },
  );
}
