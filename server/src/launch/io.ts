/*
 * The launch module's window on the outside world: every file read, folder listing, file write,
 * module load and real-time wait of a launch goes through this interface, so that the CLI, the
 * debug adapter and tests inject it. Only nodeIo.ts implements it with `fs`; nothing else here may.
 */

export interface LaunchIo {
  /** Folder against which relative paths resolve when the request names no `cwd`. */
  readonly cwd: string;
  /** Reads a UTF-8 file; throws a Node-style error (ENOENT, EISDIR...) when it cannot. */
  readFile(path: string): string;
  /** Entries of a folder (names only), or undefined when the path is not a folder. */
  readDir?(path: string): string[] | undefined;
  /** Size in bytes of a file (ItemReader listings); throws when it cannot be read. */
  fileSize?(path: string): number;
  /** Writes a UTF-8 file, creating missing folders (ResultWriter). */
  writeFile?(path: string, text: string): void;
  /** Loads a CommonJS module (local task handlers: workspace code). */
  loadModule?(path: string): unknown;
  /** The real clock, for `realTime` launches and the simulated clock's start time. */
  now?(): number;
  /** Really waits (`realTime` launches only). */
  sleep?(ms: number): Promise<void>;
  /** The path with every link resolved; throws when it does not exist. Without it, links are not checked. */
  realPath?(path: string): string;
  /** True when the path itself is a symbolic link (dangling or not). */
  isLink?(path: string): boolean;
  /** Creates a folder and its parents. */
  makeDir?(path: string): void;
}

/** A readable message for a failed file access. */
export function describeIoError(error: unknown): string {
  const code = (error as { code?: unknown } | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}
