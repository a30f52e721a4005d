/*
 * `asl test [files or folders...]`: runs every case of the test files (folders searched for
 * *.asl.test.yaml|yml|json), prints a report (text, json, junit, tap), optional coverage, and
 * exits 0 all passed / 1 a case failed / 2 a bad test file or usage error. Test files run in
 * parallel child processes (`--jobs`), each the CLI itself with the hidden `--shard` flag, and
 * the report keeps the order the files were given in. All I/O goes through the CliIo.
 */
import { resolve } from 'path';
import { mergeCoverage } from '../testing/coverage';
import { isTestFileName } from '../testing/testFile';
import type { DefinitionCoverage, TestFileReport, TestReport } from '../testProtocol';
import { parseArgs, type ArgSpec } from './args';
import { collectFiles } from './files';
import { EXIT_USAGE, type CliIo } from './io';
import { buildReport, exitCodeOf } from './testSummary';
import { caseFilter } from './testFilter';
import { runFilesHere, type RunSettings } from './testLocal';
import { runShards } from './testShards';
import { writeReport } from './testOutput';

export const TEST_USAGE = `usage: asl test [files or folders...] [options]

  Runs the cases of <machine>.asl.test.yaml | .yml | .json files (folders are searched recursively;
  default: the current folder).

  --reporter text|json|junit|tap   report format on stdout (default text)
  --filter <text or /regex/>       run only the cases whose name (or "file › name") matches
  --update                         write each case's actual output into its 'output' expectation
  --coverage text|json|lcov        state coverage: states, Choice rules and Default, Catch, Retry
  --coverage-file <file>           where json / lcov coverage goes (default coverage/asl-coverage.json, coverage/lcov.info)
  --jobs <n>                       test files run in up to n processes at once (default: the core count)

exit codes: 0 all passed, 1 a case failed, 2 a bad test file, a case that could not run, or a usage error`;

const SPEC: ArgSpec = {
  flags: { update: true, help: true, shard: true },
  options: {
    reporter: ['text', 'json', 'junit', 'tap'],
    filter: 'any',
    coverage: ['text', 'json', 'lcov'],
    'coverage-file': 'any',
    jobs: 'any',
  },
};

export async function testCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, SPEC);
  if ('error' in parsed) return usage(io, parsed.error);
  if (parsed.flags.has('help')) {
    io.stdout(TEST_USAGE + '\n');
    return 0;
  }
  const filter = caseFilter(parsed.options.filter);
  if (typeof filter === 'string') return usage(io, filter);
  const jobs = jobCount(parsed.options.jobs, io);
  if (typeof jobs === 'string') return usage(io, jobs);
  const roots = parsed.positional.length === 0 ? ['.'] : parsed.positional;
  const files = [
    ...new Set(
      collectFiles(
        roots.map((p) => resolve(io.cwd, p)),
        io,
        isTestFileName,
      ),
    ),
  ];
  if (files.length === 0)
    return usage(io, `no test files (*.asl.test.yaml, *.asl.test.yml, *.asl.test.json) in ${roots.join(', ')}`);
  const settings: RunSettings = { filter, update: parsed.flags.has('update'), filterText: parsed.options.filter };
  const started = io.now?.() ?? 0;
  const results = await runAll(files, settings, jobs, io, parsed.flags.has('shard'));
  if ('error' in results) {
    io.stderr(`asl test: ${results.error}\n`);
    return EXIT_USAGE;
  }
  const wantCoverage = parsed.options.coverage !== undefined || parsed.flags.has('shard');
  const report = buildReport(results.files, (io.now?.() ?? 0) - started, wantCoverage ? results.coverage : undefined);
  if (parsed.flags.has('shard')) io.stdout(JSON.stringify(report) + '\n');
  else if (!writeReport(report, parsed.options, io)) return EXIT_USAGE;
  return exitCodeOf(report);
}

interface Results {
  readonly files: readonly TestFileReport[];
  readonly coverage: readonly DefinitionCoverage[];
}

async function runAll(
  files: readonly string[],
  settings: RunSettings,
  jobs: number,
  io: CliIo,
  isShard: boolean,
): Promise<Results | { error: string }> {
  const useShards = !isShard && jobs > 1 && files.length > 1 && io.spawnCli !== undefined;
  const reports: TestReport[] | { error: string } = useShards
    ? await runShards(files, settings, Math.min(jobs, files.length), io)
    : [await runFilesHere(files, settings, io)];
  if ('error' in reports) return reports;
  return {
    files: reports.flatMap((r) => r.files),
    coverage: mergeCoverage(reports.flatMap((r) => r.coverage ?? [])),
  };
}

function jobCount(text: string | undefined, io: CliIo): number | string {
  if (text === undefined) return Math.max(1, io.cpuCount ?? 1);
  const n = Number(text);
  return Number.isInteger(n) && n >= 1 ? n : `--jobs must be a whole number of at least 1 (got '${text}')`;
}

function usage(io: CliIo, message: string): number {
  io.stderr(`asl test: ${message}\n\n${TEST_USAGE}\n`);
  return EXIT_USAGE;
}
