/*
 * Run State Machine: runs `asl run` (dist/cli.js, on the extension host's own Node) for a launch
 * configuration without the debug UI, shows its report (status, path of states, output or error)
 * in the "ASL Studio: Run" output channel, and publishes the overlay it writes (`--overlay-json`)
 * to the ExecutionBus as a 'run' overlay, cleared when the definition is next edited.
 */
import * as vscode from 'vscode';
import { spawn } from 'child_process';
import { mkdtemp, readFile, rm } from 'fs/promises';
import { tmpdir } from 'os';
import { join } from 'path';
import type { ExecutionBus } from '../executionBus';
import type { ExecutionOverlay } from '../../../server/src/debugProtocol';
import { cliRunArgs, launchProblem, workingFolder, type AslDebugConfiguration } from '../debug/launchConfig';
import { asOverlay } from '../debug/overlay';
import type { Notifier } from '../debug/notify';

export interface RunOutcome {
  /** The CLI's exit code: 0 SUCCEEDED, 1 FAILED / TIMED_OUT / ABORTED, 2 refused; undefined when cancelled. */
  readonly exitCode: number | undefined;
  readonly published: boolean;
}

export class StateMachineRunner implements vscode.Disposable {
  private readonly channel = vscode.window.createOutputChannel('ASL Studio: Run');
  private readonly edits: vscode.Disposable;
  /** Cancels the run in progress: a new run replaces it (one report in the output at a time). */
  private cancelCurrent: (() => void) | undefined;

  constructor(
    private readonly cliPath: string,
    private readonly bus: ExecutionBus,
    private readonly notify: Notifier,
  ) {
    this.edits = vscode.workspace.onDidChangeTextDocument((e) => {
      const path = e.document.uri.fsPath;
      if (e.contentChanges.length > 0 && this.bus.overlayFor(path)?.source === 'run') this.bus.clear(path);
    });
  }

  async run(config: AslDebugConfiguration): Promise<RunOutcome | undefined> {
    const problem = launchProblem(config, vscode.workspace.isTrusted);
    if (problem !== undefined) {
      this.notify.error(problem);
      return undefined;
    }
    const folder = await mkdtemp(join(tmpdir(), 'asl-studio-run-'));
    try {
      return await this.runIn(config, join(folder, 'overlay.json'));
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }

  private async runIn(config: AslDebugConfiguration, overlayFile: string): Promise<RunOutcome> {
    const args = cliRunArgs(config, overlayFile);
    this.cancelCurrent?.();
    this.channel.clear();
    this.channel.show(true);
    this.channel.appendLine(`▶ asl ${args.slice(0, -2).map(quote).join(' ')}`);
    this.channel.appendLine(`  (in ${workingFolder(config)})`);
    const exitCode = await this.spawnCli(args, workingFolder(config), config.name);
    const published = exitCode !== undefined && exitCode !== 2 && (await this.publish(overlayFile));
    if (exitCode === undefined) return { exitCode, published }; // cancelled or replaced by a newer run
    this.channel.appendLine(`■ exit code ${exitCode}`);
    if (exitCode === 2)
      this.notify.error(`ASL Studio: ${config.name} did not run; the reason is in the "ASL Studio: Run" output.`);
    return { exitCode, published };
  }

  /** Runs the CLI with progress and a Cancel button; resolves with its exit code (undefined when cancelled). */
  private spawnCli(args: string[], cwd: string, title: string): Promise<number | undefined> {
    const source = new vscode.CancellationTokenSource();
    const cancel = () => source.cancel();
    this.cancelCurrent = cancel;
    const options = { location: vscode.ProgressLocation.Notification, title: `Running ${title}`, cancellable: true };
    const progress = vscode.window.withProgress(options, (_progress, token) => {
      token.onCancellationRequested(cancel);
      return this.spawnUntilDone(args, cwd, source.token);
    });
    return Promise.resolve(progress).finally(() => {
      if (this.cancelCurrent === cancel) this.cancelCurrent = undefined;
      source.dispose();
    });
  }

  private spawnUntilDone(args: string[], cwd: string, token: vscode.CancellationToken): Promise<number | undefined> {
    return new Promise((resolve, reject) => {
      const env = { ...process.env, ELECTRON_RUN_AS_NODE: '1' };
      const child = spawn(process.execPath, [this.cliPath, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let cancelled = false;
      const cancel = token.onCancellationRequested(() => {
        cancelled = true;
        child.kill();
        this.channel.appendLine('■ cancelled');
      });
      const show = (chunk: Buffer) => {
        if (!cancelled) this.channel.append(chunk.toString('utf8'));
      };
      child.stdout.on('data', show);
      child.stderr.on('data', show);
      child.on('error', (error) => {
        cancel.dispose();
        reject(error);
      });
      child.on('close', (code) => {
        cancel.dispose();
        resolve(cancelled ? undefined : (code ?? undefined));
      });
    });
  }

  private async publish(overlayFile: string): Promise<boolean> {
    const overlay = await readOverlay(overlayFile);
    if (typeof overlay === 'string') {
      this.notify.warn(`ASL Studio: ${overlay}; the graph shows no result of this run.`);
      return false;
    }
    this.bus.publish({ ...overlay, source: 'run' });
    return true;
  }

  dispose(): void {
    this.cancelCurrent?.();
    this.edits.dispose();
    this.channel.dispose();
  }
}

/** The overlay `asl run` wrote, or why there is none. */
async function readOverlay(file: string): Promise<ExecutionOverlay | string> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(file, 'utf8')) as unknown;
  } catch (error) {
    return `the run wrote no readable execution overlay (${error instanceof Error ? error.message : String(error)})`;
  }
  return asOverlay(value) ?? 'the run wrote a malformed execution overlay';
}

function quote(arg: string): string {
  return /^[\w./:@=+-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}
