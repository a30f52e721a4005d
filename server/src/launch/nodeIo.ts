/*
 * The real LaunchIo over Node's `fs`, `require` and timers: the only file of the launch module that
 * touches the process. The CLI's main and the debug adapter's entry build it; tests use doubles.
 */
import { lstatSync, mkdirSync, readFileSync, readdirSync, realpathSync, statSync, writeFileSync } from 'fs';
import { dirname } from 'path';
import type { LaunchIo } from './io';

export function nodeLaunchIo(cwd: string): Required<LaunchIo> {
  return {
    cwd,
    readFile: (path) => readFileSync(path, 'utf8'),
    readDir: (path) => listFolder(path),
    fileSize: (path) => statSync(path).size,
    writeFile(path, text) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text, 'utf8');
    },
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    loadModule: (path) => require(path) as unknown,
    now: () => Date.now(),
    sleep: (ms) => realSleep(ms),
    realPath: (path) => realpathSync(path),
    isLink: (path) => isLink(path),
    makeDir(path) {
      mkdirSync(path, { recursive: true });
    },
  };
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** setTimeout's longest delay (about 24.8 days); longer waits are slept in pieces. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Really waits `ms`, or less when `signal` is aborted first (Ctrl+C, a debugger's stop). */
export async function realSleep(ms: number, signal?: AbortSignal): Promise<void> {
  for (let left = ms; left > 0 && !signal?.aborted; left -= MAX_TIMER_MS) {
    await new Promise<void>((done) => {
      const timer = setTimeout(finish, Math.min(left, MAX_TIMER_MS));
      function finish(): void {
        clearTimeout(timer);
        signal?.removeEventListener('abort', finish);
        done();
      }
      signal?.addEventListener('abort', finish);
    });
  }
}

/** A folder's entries; undefined for a file or what cannot be listed (one syscall: no stat first). */
function listFolder(path: string): string[] | undefined {
  try {
    return readdirSync(path);
  } catch (error) {
    if (typeof (error as { code?: unknown } | undefined)?.code === 'string') return undefined;
    throw error;
  }
}
