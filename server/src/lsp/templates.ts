/*
 * The language server's window on deployment templates: for a `file:` document, finds the SAM /
 * CloudFormation template that points at it (asl/templateDiscovery.ts, from the document's folder
 * up to its workspace folder) and answers placeholder look-ups for hover. Reads the disk only when
 * a placeholder is hovered, so an edited template counts at the next hover (no watcher to go stale).
 */
import { readFileSync, readdirSync, statSync } from 'fs';
import { basename } from 'path';
import { fileURLToPath } from 'url';
import { findTemplateFor, type TemplateFiles } from '../asl/templateDiscovery';
import type { PlaceholderLookup } from '../service/hover';

/** Larger files are not templates worth reading on a hover. */
const MAX_TEMPLATE_BYTES = 2 * 1024 * 1024;

/** Node's file system, as discovery needs it: missing or unreadable entries are simply not candidates. */
export const NODE_TEMPLATE_FILES: TemplateFiles = {
  readDir: (folder) => orUndefined(() => readdirSync(folder)),
  readFile: (path) =>
    orUndefined(() => (statSync(path).size > MAX_TEMPLATE_BYTES ? undefined : readFileSync(path, 'utf8'))),
};

/** File-system errors mean "not there"; anything else is a bug and is thrown. */
function orUndefined<T>(read: () => T | undefined): T | undefined {
  try {
    return read();
  } catch (error) {
    if (typeof (error as { code?: unknown } | undefined)?.code === 'string') return undefined;
    throw error;
  }
}

/** Placeholder look-ups for the document at `uri` (undefined for documents that are not files). */
export function placeholderLookup(uri: string, workspaceFolders: readonly string[]): PlaceholderLookup | undefined {
  if (!uri.startsWith('file:')) return undefined;
  const path = fileURLToPath(uri);
  return (name) => {
    const stopAt = workspaceFolders.find((folder) => path.startsWith(folder));
    const found = findTemplateFor(path, NODE_TEMPLATE_FILES, stopAt);
    const value = found?.machine.substitutions.get(name);
    return found === undefined || value === undefined ? undefined : { template: basename(found.templatePath), value };
  };
}
