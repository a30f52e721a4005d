/*
 * The language server's window on deployment templates: for a `file:` document, finds the SAM /
 * CloudFormation template that points at it (asl/templateDiscovery.ts, from the document's folder
 * up to its workspace folder, and the folders beside each level) and answers placeholder look-ups for
 * hover. Touches the disk only when a placeholder is hovered: a repeated hover re-stats the folders and
 * files the last search read and reuses its answer while none changed, so an edited template counts
 * at the next hover (no watcher to go stale).
 */
import { readFileSync, readdirSync, statSync } from 'fs';
import { basename } from 'path';
import { fileURLToPath } from 'url';
import { cachedTemplateSearch, type StampedTemplateFiles } from '../asl/templateDiscovery';
import type { PlaceholderLookup } from '../service/hover';

/** Larger files are not templates worth reading on a hover. */
const MAX_TEMPLATE_BYTES = 2 * 1024 * 1024;

/** Node's file system, as discovery needs it: missing or unreadable entries are simply not candidates. */
const NODE_TEMPLATE_FILES: StampedTemplateFiles = {
  readDir: (folder) => orUndefined(() => readdirSync(folder)),
  readFile: (path) =>
    orUndefined(() => (statSync(path).size > MAX_TEMPLATE_BYTES ? undefined : readFileSync(path, 'utf8'))),
  stamp: (path) =>
    orUndefined(() => {
      const stat = statSync(path, { bigint: true });
      return `${stat.mtimeNs}:${stat.ctimeNs}:${stat.size}:${stat.ino}`;
    }),
};

const findTemplate = cachedTemplateSearch(NODE_TEMPLATE_FILES);

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
    const found = findTemplate(path, stopAt);
    const value = found?.machine.substitutions.get(name);
    return found === undefined || value === undefined ? undefined : { template: basename(found.templatePath), value };
  };
}
