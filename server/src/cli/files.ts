/*
 * Expands the CLI's path arguments: files are kept as given, folders are searched recursively
 * for state machine definitions (*.asl.json, *.asl.yaml, *.asl.yml), in sorted order.
 */
import type { CliIo } from './io';

const DEFINITION = /\.asl\.(json|ya?ml)$/i;
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

export function collectDefinitionFiles(paths: readonly string[], io: CliIo): string[] {
  return paths.flatMap((path) => {
    const entries = io.readDir?.(path);
    return entries === undefined ? [path] : walk(path, entries, io);
  });
}

function walk(folder: string, entries: readonly string[], io: CliIo): string[] {
  const found: string[] = [];
  for (const name of [...entries].sort()) {
    if (SKIPPED_FOLDERS.has(name)) continue;
    const path = folder.endsWith('/') ? folder + name : `${folder}/${name}`;
    const children = io.readDir?.(path);
    if (children !== undefined) found.push(...walk(path, children, io));
    else if (DEFINITION.test(name)) found.push(path);
  }
  return found;
}
