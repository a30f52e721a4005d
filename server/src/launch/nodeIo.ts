/*
 * The real LaunchIo over Node's `fs`, `require` and timers: the only file of the launch module that
 * touches the process. The CLI's main and the debug adapter's entry build it; tests use doubles.
 */
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'fs';
import { dirname } from 'path';
import type { LaunchIo } from './io';

export function nodeLaunchIo(cwd: string): Required<LaunchIo> {
  return {
    cwd,
    readFile: (path) => readFileSync(path, 'utf8'),
    readDir: (path) => (isDirectory(path) ? readdirSync(path) : undefined),
    fileSize: (path) => statSync(path).size,
    writeFile(path, text) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text, 'utf8');
    },
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    loadModule: (path) => require(path) as unknown,
    now: () => Date.now(),
    sleep: (ms) => new Promise((done) => setTimeout(done, ms)),
  };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
