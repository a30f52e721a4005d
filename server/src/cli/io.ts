/*
 * The CLI's window on the outside world, injected so that commands are testable without a
 * process: output streams plus the launch module's file access (read, list, write, load a
 * module, clock). Commands never touch process.* or fs directly; only main.ts builds the real CliIo.
 */
import type { LaunchIo } from '../launch/io';

export interface CliIo extends LaunchIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads a UTF-8 file; throws a Node error (ENOENT, EISDIR...) the command turns into exit 2. */
  readFile(path: string): string;
  /**
   * Calls `handler` on Ctrl+C (SIGINT) until the returned function is called. Optional: without
   * it (test doubles) a run cannot be interrupted.
   */
  onInterrupt?(handler: () => void): () => void;
  /** True when stdout is a terminal (colours, human output). */
  readonly isTty: boolean;
  /** Runs this CLI in a child process with `args` (`asl test` shards); absent: everything runs in-process. */
  spawnCli?(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }>;
  /** How many processes may usefully run at once (the core count). */
  readonly cpuCount?: number;
}

/** Exit codes shared by every command. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
/** Ctrl+C stopped the run (128 + SIGINT, as shells report it). */
export const EXIT_INTERRUPTED = 130;
