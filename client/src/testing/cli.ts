// Runs `asl test` (dist/cli.js) on the extension host's own Node (`ELECTRON_RUN_AS_NODE`, as Run
// State Machine does) and collects what it prints; a cancelled run kills the process. Knows the
// command line of `asl test`, nothing of reports.
import { spawn } from 'child_process';

export interface CliResult {
  /** The exit code; undefined when the run was cancelled. */
  readonly exitCode: number | undefined;
  readonly stdout: string;
  readonly stderr: string;
}

export interface TestSelection {
  readonly files: readonly string[];
  /** Run only this case of the files (exact name). */
  readonly caseName?: string;
  readonly coverage: boolean;
}

/** `--filter` takes a substring or `/regex/`: an anchored, escaped regex selects exactly one case name. */
export function exactCaseFilter(name: string): string {
  return `/^${name.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')}$/`;
}

/**
 * `asl test` arguments: the files, the JSON reporter, the exact case and coverage (the JSON report
 * carries it; the coverage file goes to `coverageFile`, a scratch path, not the workspace).
 */
export function testArgs(selection: TestSelection, coverageFile: string): string[] {
  const args = ['test', ...selection.files, '--reporter', 'json'];
  if (selection.caseName !== undefined) args.push('--filter', exactCaseFilter(selection.caseName));
  if (selection.coverage) args.push('--coverage', 'json', '--coverage-file', coverageFile);
  return args;
}

/** What runCli needs of a vscode.CancellationToken (this module stays free of `vscode`, for its unit test). */
export interface Cancellation {
  onCancellationRequested(listener: () => void): { dispose(): void };
}

export function runCli(cliPath: string, args: string[], cwd: string, token: Cancellation): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, ELECTRON_RUN_AS_NODE: '1' };
    const child = spawn(process.execPath, [cliPath, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let cancelled = false;
    const cancel = token.onCancellationRequested(() => {
      cancelled = true;
      child.kill();
    });
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error) => {
      cancel.dispose();
      reject(error);
    });
    child.on('close', (code) => {
      cancel.dispose();
      const text = (chunks: Buffer[]) => Buffer.concat(chunks).toString('utf8');
      resolve({ exitCode: cancelled ? undefined : (code ?? undefined), stdout: text(out), stderr: text(err) });
    });
  });
}
