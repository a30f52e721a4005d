/*
 * Runs the built CLI (dist/cli.js) in a child process with a 256 MB heap and a kill timer, so
 * that a robustness case proves three things: it ends (by the process's own exit event; the
 * timer only exists to FAIL a case that would hang), it stays within the memory cap (a V8 heap
 * kill is a signal or exit 134, never a clean exit) and it prints what it should.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const CLI = resolve(__dirname, '../../../../dist/cli.js');
/** Generous: every case ends within its budgets far sooner; hitting it fails the case. */
export const KILL_AFTER_MS = 60_000;

export interface CliRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
  /** True when the kill timer had to end the process. */
  readonly killed: boolean;
}

export interface Spawned {
  readonly done: Promise<CliRun>;
  /** Resolves with stderr so far the first time it contains `text` (an event, not a timer). */
  stderrContains(text: string): Promise<void>;
  signal(name: NodeJS.Signals): void;
}

export function spawnCli(args: readonly string[], cwd: string): Spawned {
  const started = performance.now();
  const child = spawn(process.execPath, ['--max-old-space-size=256', CLI, ...args], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let killed = false;
  const watchers: { text: string; resolve: () => void }[] = [];
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => {
    stderr += d;
    for (const w of [...watchers]) {
      if (!stderr.includes(w.text)) continue;
      watchers.splice(watchers.indexOf(w), 1);
      w.resolve();
    }
  });
  const timer = setTimeout(() => {
    killed = true;
    child.kill('SIGKILL');
  }, KILL_AFTER_MS);
  const done = new Promise<CliRun>((resolveRun, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolveRun({ code, signal, stdout, stderr, ms: performance.now() - started, killed });
    });
  });
  return {
    done,
    stderrContains: (text) =>
      new Promise<void>((res) => (stderr.includes(text) ? res() : watchers.push({ text, resolve: res }))),
    signal: (name) => child.kill(name),
  };
}

/** A fresh folder with the given files (paths relative to it; parents created). */
export function fixtureDir(files: Readonly<Record<string, string>>): string {
  const dir = mkdtempSync(join(tmpdir(), 'asl-robust-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** `[[[...]]]` nested `depth` levels, built without recursion. */
export function deepArrayText(depth: number): string {
  return '['.repeat(depth) + ']'.repeat(depth);
}

/** The one JSON object `asl run --json` prints. */
export function jsonReport(run: CliRun): { status?: string; error?: string; cause?: string; output?: unknown } {
  const line = run.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line) as { status?: string; error?: string; cause?: string };
  } catch {
    return {};
  }
}
