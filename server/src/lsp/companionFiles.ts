/*
 * Files that sit beside a definition and name its states: mock files (`*.mocks.json`) and `asl test`
 * files (`*.asl.test.yaml|yml|json`). Tells them apart from definitions by file name, and reads the definitions a
 * companion refers to (the open document when there is one, else the disk) for the pure checks and
 * completion of service/companions/. Definitions read from disk are kept while their mtime holds.
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import { dirname, join } from 'path';
import { fileURLToPath } from 'url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { formatForFileName, parseAsl } from '../asl/parse';
import type { AslDocument } from '../asl/types';
import { definitionFileNames, machineNameOfDefinitionFile, MOCK_FILE_SUFFIX } from '../asl/spec/mockConfig';
import type { CompanionDefinitions } from '../service/companions/mockDiagnostics';
import type { ServerContext } from './context';
import { isTestFileName } from '../testing/testFile';

export type CompanionKind = 'mocks' | 'test';

/** The kind of companion file a URI names, or undefined for a definition (or anything else). */
export function companionKind(uri: string): CompanionKind | undefined {
  if (uri.toLowerCase().endsWith(MOCK_FILE_SUFFIX)) return 'mocks';
  return isTestFileName(uri) ? 'test' : undefined;
}

/** The file system path of a `file:` URI, else undefined. */
export function filePathOf(uri: string): string | undefined {
  return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
}

/** Definitions read from disk, by path; at most DISK_MODELS of them (the oldest read goes first). */
const diskModels = new Map<string, { mtimeMs: number; size: number; asl: AslDocument }>();
const DISK_MODELS = 32;

/** The definitions beside a companion document, or undefined when it is not a file on disk. */
export function definitionsBeside(ctx: ServerContext, companion: TextDocument): CompanionDefinitions | undefined {
  const path = filePathOf(companion.uri);
  if (path === undefined) return undefined;
  const folder = dirname(path);
  const names = listFolder(folder);
  return {
    machineNames: names.flatMap((n) => machineNameOfDefinitionFile(n) ?? []),
    definition: (machine) => {
      const file = definitionFileNames(machine).find((n) => names.includes(n));
      return file === undefined ? undefined : modelAt(ctx, join(folder, file));
    },
  };
}

/**
 * The model of a definition (or mock file) at an absolute path: the open document's, else the file
 * parsed (kept while unchanged).
 */
export function modelAt(ctx: ServerContext, path: string): AslDocument | undefined {
  const open = ctx.documents.all().find((d) => filePathOf(d.uri) === path);
  if (open !== undefined) return ctx.cache.get(open);
  const stat = statSync(path, { throwIfNoEntry: false });
  if (stat === undefined || !stat.isFile()) return undefined;
  const kept = diskModels.get(path);
  if (kept !== undefined && kept.mtimeMs === stat.mtimeMs && kept.size === stat.size) return kept.asl;
  const asl = parseAsl(readFileSync(path, 'utf8'), formatForFileName(path));
  diskModels.delete(path);
  diskModels.set(path, { mtimeMs: stat.mtimeMs, size: stat.size, asl });
  if (diskModels.size > DISK_MODELS) diskModels.delete(diskModels.keys().next().value as string);
  return asl;
}

/** The names in a folder; none when it does not exist (or is a file). */
export function listFolder(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return [];
    throw error;
  }
}
