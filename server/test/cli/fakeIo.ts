// A CliIo over an in-memory file map (falling back to the real disk for paths under the repo),
// capturing stdout and stderr for assertions.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import type { CliIo } from '../../src/cli/io';

export interface CapturedIo extends CliIo {
  /** Files written through writeFile, by path. */
  readonly written: Map<string, string>;
  readonly out: string[];
  readonly err: string[];
  stdoutText(): string;
  stderrText(): string;
}

export function fakeIo(files: Record<string, string> = {}): CapturedIo {
  const out: string[] = [];
  const err: string[] = [];
  const written = new Map<string, string>();
  return {
    cwd: process.cwd(),
    written,
    writeFile: (path, text) => {
      if (path.startsWith('/nonexistent/'))
        throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
      written.set(path, text);
    },
    out,
    err,
    isTty: false,
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readFile: (path) => (Object.prototype.hasOwnProperty.call(files, path) ? files[path] : readFileSync(path, 'utf8')),
    readDir: (path) => {
      if (Object.prototype.hasOwnProperty.call(files, path)) return undefined;
      try {
        return statSync(path).isDirectory() ? readdirSync(path) : undefined;
      } catch {
        return undefined;
      }
    },
    stdoutText: () => out.join(''),
    stderrText: () => err.join(''),
  };
}
