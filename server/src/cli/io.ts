/*
 * The CLI's window on the outside world, injected so that commands are testable without a
 * process: output streams, file reads and the working directory. Commands never touch
 * process.* directly; only main.ts builds the real CliIo.
 */

export interface CliIo {
  readonly cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads a UTF-8 file; throws a Node error (ENOENT, EISDIR...) the command turns into exit 2. */
  readFile(path: string): string;
  /**
   * Entries of a folder (names only), or undefined when the path is not a folder. Optional so
   * that test doubles may leave it out (folders are then treated as files).
   */
  readDir?(path: string): string[] | undefined;
  /**
   * Calls `handler` on Ctrl+C (SIGINT) until the returned function is called. Optional: without
   * it (test doubles) a run cannot be interrupted.
   */
  onInterrupt?(handler: () => void): () => void;
  /** True when stdout is a terminal (colours, human output). */
  readonly isTty: boolean;
}

/** Exit codes shared by every command. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
/** A run stopped by Ctrl+C (128 + SIGINT, the shell convention). */
export const EXIT_INTERRUPTED = 130;
