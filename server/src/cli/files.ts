/*
 * Expands the CLI's path arguments: files are kept as given, folders are searched recursively
 * for state machine definitions (*.asl.json, *.asl.yaml, *.asl.yml) or, for `asl test`, test
 * files (testProtocol.ts TEST_FILE_SUFFIXES), in sorted order.
 */
import type { CliIo } from './io';

const DEFINITION = /\.asl\.(json|ya?ml)$/i;
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

export function collectDefinitionFiles(paths: readonly string[], io: CliIo): string[] {
  return collectFiles(paths, io, (name) => DEFINITION.test(name));
}

/** Files as given, and the files of folders (recursively) whose name `wanted` accepts. */
export function collectFiles(paths: readonly string[], io: CliIo, wanted: (name: string) => boolean): string[] {
  return paths.flatMap((path) => {
    const entries = io.readDir?.(path);
    return entries === undefined ? [path] : walk(path, entries, io, wanted);
  });
}

function walk(folder: string, entries: readonly string[], io: CliIo, wanted: (name: string) => boolean): string[] {
  const found: string[] = [];
  for (const name of [...entries].sort()) {
    if (SKIPPED_FOLDERS.has(name)) continue;
    const path = folder.endsWith('/') ? folder + name : `${folder}/${name}`;
    const children = io.readDir?.(path);
    if (children !== undefined) found.push(...walk(path, children, io, wanted));
    else if (wanted(name)) found.push(path);
  }
  return found;
}
