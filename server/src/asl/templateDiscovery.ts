/*
 * Finds the SAM / CloudFormation template whose state machine points at a definition file: the
 * definition's folder and its ancestors (up to a stop folder, a repository root holding `.git`, at
 * most 6 levels), and at each of those levels the folders directly inside it (`infra/`, `deploy/`:
 * siblings of the definition's folder; at most 32 per level, `infra`, `deploy`, `templates`... first,
 * hidden folders and `node_modules` skipped)
 * are searched for template files (the `template_file` a `samconfig.toml|yaml` there names, then
 * `template.yaml|yml|json`, `*.template.*`, and any other `*.yaml|yml` naming a state machine
 * resource type). The one search the language server (hover) and the launch path (runs, debugging)
 * share. Pure: folder listing and file reading are injected; paths use either separator and compare
 * case-insensitively when they carry a drive letter.
 */
import { mentionsStateMachine, parseTemplate, type TemplateMachine } from './samTemplate';

export interface TemplateFiles {
  /** File names in a folder, or undefined when it cannot be listed. */
  readDir(folder: string): readonly string[] | undefined;
  /** A file's text, or undefined when it cannot be read (or is too large to be a template). */
  readFile(path: string): string | undefined;
}

export interface FoundTemplate {
  /** The template file, as `join(folder, name)` built it. */
  readonly templatePath: string;
  readonly machine: TemplateMachine;
}

const MAX_LEVELS = 6;
/** Folders looked into below each level of the upward walk (a bound on a wide workspace root). */
const MAX_CHILD_FOLDERS = 32;
/** Entries tried as folders below each level (files among them are skipped at one failed listing each). */
const MAX_PROBES = 256;
/** Folders that never hold a project's own template. */
const SKIPPED_FOLDER = /^(?:\..*|node_modules|cdk\.out|\.aws-sam)$/;
const NAMED = /^(?:template\.(?:ya?ml|json)|.+\.template(?:\.(?:ya?ml|json))?|.*template.*\.ya?ml)$/i;
const YAML = /\.ya?ml$/i;

/** Template files worth opening in a folder, best names first (`template.yaml` before the rest). */
export function templateCandidates(names: readonly string[]): string[] {
  return ordered(
    names.filter((n) => NAMED.test(n) || YAML.test(n)),
    rank,
  );
}

/**
 * Names by rank, then case-insensitively by code units (then as written): the same order in every
 * locale, and no ICU collator to load at start-up (`localeCompare`'s first call costs ~8 ms CPU).
 * Each name's rank and key are computed once, not at each comparison.
 */
function ordered(names: readonly string[], rankOf: (name: string) => number): string[] {
  return names
    .map((name) => ({ name, rank: rankOf(name), key: name.toLowerCase() }))
    .sort((a, b) => a.rank - b.rank || byCodeUnits(a.key, b.key) || byCodeUnits(a.name, b.name))
    .map((entry) => entry.name);
}

function byCodeUnits(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

function rank(name: string): number {
  if (/^template\.ya?ml$/i.test(name)) return 0;
  if (/^template\.json$/i.test(name)) return 1;
  return NAMED.test(name) ? 2 : 3;
}

/** The nearest template (from the definition's folder upwards) with a machine whose definition is the file. */
export function findTemplateFor(
  definitionPath: string,
  files: TemplateFiles,
  stopAt?: string,
): FoundTemplate | undefined {
  const target = comparable(definitionPath);
  const stop = stopAt === undefined ? undefined : comparable(stopAt);
  let folder = parentOf(definitionPath);
  let cameFrom: string | undefined;
  for (let level = 0; folder !== undefined && level < MAX_LEVELS; level++) {
    const names = files.readDir(folder) ?? [];
    const found = searchFolder(folder, names, target, files) ?? searchChildren(folder, names, cameFrom, target, files);
    if (found !== undefined) return found;
    if (names.includes('.git') || (stop !== undefined && comparable(folder) === stop)) break;
    cameFrom = folder;
    folder = parentOf(folder);
  }
  return undefined;
}

/** Folder names that usually hold a project's deployment templates: looked into first. */
const TEMPLATE_FOLDER =
  /^(?:infra|infrastructure|deploy|deployment|templates?|sam|cloudformation|cfn|iac|stacks?|aws)$/i;

function folderRank(name: string): number {
  return TEMPLATE_FOLDER.test(name) ? 0 : 1;
}

/** The folders directly inside `folder` (but the one the walk came up from, already searched). */
function searchChildren(
  folder: string,
  names: readonly string[],
  cameFrom: string | undefined,
  target: string,
  files: TemplateFiles,
): FoundTemplate | undefined {
  const skip = cameFrom === undefined ? undefined : comparable(cameFrom);
  const skipName = cameFrom === undefined ? undefined : lastSegment(cameFrom).toLowerCase();
  let looked = 0;
  let probed = 0;
  const folders = names.filter((name) => !SKIPPED_FOLDER.test(name) && !NAMED.test(name) && !YAML.test(name));
  for (const name of ordered(folders, folderRank)) {
    if (looked >= MAX_CHILD_FOLDERS || probed >= MAX_PROBES) break;
    const child = joinPath(folder, name);
    // only a child named like the folder the walk came from can be it (no normalizing of every name)
    if (name.toLowerCase() === skipName && comparable(child) === skip) continue;
    probed++;
    const inside = files.readDir(child);
    if (inside === undefined) continue; // a file, or a folder that cannot be listed
    looked++;
    const found = searchFolder(child, inside, target, files);
    if (found !== undefined) return found;
  }
  return undefined;
}

function searchFolder(
  folder: string,
  names: readonly string[],
  target: string,
  files: TemplateFiles,
): FoundTemplate | undefined {
  const seen = new Set<string>();
  const paths = [...samconfigNamed(folder, names, files), ...templateCandidates(names).map((n) => joinPath(folder, n))];
  for (const templatePath of paths) {
    if (seen.has(comparable(templatePath))) continue;
    seen.add(comparable(templatePath));
    const text = files.readFile(templatePath);
    if (text === undefined || !mentionsStateMachine(text)) continue;
    const base = parentOf(templatePath) ?? folder;
    const machine = parseTemplate(text).find((m) => comparable(joinPath(base, m.definitionUri)) === target);
    if (machine !== undefined) return { templatePath, machine };
  }
  return undefined;
}

const SAMCONFIG = /^samconfig\.(?:toml|ya?ml)$/i;

/** The templates the folder's `samconfig.toml|yaml` names (`template_file`), which may live elsewhere. */
function samconfigNamed(folder: string, names: readonly string[], files: TemplateFiles): string[] {
  const configs = names.filter((name) => SAMCONFIG.test(name));
  return configs
    .flatMap((name) => samconfigTemplates(files.readFile(joinPath(folder, name)) ?? ''))
    .map((file) => joinPath(folder, file));
}

/** `template_file` values of a samconfig (TOML `template_file = "x"` or YAML `template_file: x`), in order. */
export function samconfigTemplates(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(
    /^[ \t]*template_file[ \t]*[=:][ \t]*(?:"([^"\r\n]*)"|'([^'\r\n]*)'|([^\s#]+))/gm,
  )) {
    const value = (match[1] ?? match[2] ?? match[3]).trim();
    if (value !== '' && !found.includes(value)) found.push(value);
  }
  return found;
}

/** Template files that can also say when a path last changed (e.g. mtime and size; undefined: missing). */
export interface StampedTemplateFiles extends TemplateFiles {
  stamp(path: string): string | undefined;
}

type TemplateSearch = (definitionPath: string, stopAt?: string) => FoundTemplate | undefined;

/**
 * `findTemplateFor` with a memory: a search records the stamp of every folder it listed and file it
 * read, and its answer is reused while all of them are unchanged (a folder's stamp changes when an
 * entry is added or removed), so a repeated look-up costs a few stats instead of listings and parses.
 */
export function cachedTemplateSearch(files: StampedTemplateFiles, maxEntries = 64): TemplateSearch {
  const cache = new Map<string, { deps: Map<string, string | undefined>; found: FoundTemplate | undefined }>();
  return (definitionPath, stopAt) => {
    const key = `${definitionPath}\0${stopAt ?? ''}`;
    const hit = cache.get(key);
    if (hit !== undefined && [...hit.deps].every(([path, stamp]) => files.stamp(path) === stamp)) return hit.found;
    const deps = new Map<string, string | undefined>();
    const recording: TemplateFiles = {
      readDir: (folder) => {
        deps.set(folder, files.stamp(folder));
        return files.readDir(folder);
      },
      readFile: (path) => {
        deps.set(path, files.stamp(path));
        return files.readFile(path);
      },
    };
    const found = findTemplateFor(definitionPath, recording, stopAt);
    cache.delete(key);
    cache.set(key, { deps, found });
    if (cache.size > maxEntries) cache.delete(cache.keys().next().value as string);
    return found;
  };
}

/** The folder holding `path`, or undefined at a root. */
export function parentOf(path: string): string | undefined {
  const trimmed = path.replace(/[\\/]+$/, '');
  const cut = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
  if (cut < 0) return undefined;
  if (cut === 0) return trimmed.length > 1 ? trimmed.slice(0, 1) : undefined;
  const parent = trimmed.slice(0, cut);
  return /^[A-Za-z]:$/.test(parent) ? parent + trimmed[cut] : parent;
}

/** A path's last name (`c` of `a/b/c/`). */
function lastSegment(path: string): string {
  const trimmed = path.replace(/[\\/]+$/, '');
  return trimmed.slice(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\')) + 1);
}

/** `folder` joined with a relative (or absolute) path, `.` and `..` resolved. */
export function joinPath(folder: string, relative: string): string {
  if (/^(?:[\\/]|[A-Za-z]:[\\/])/.test(relative)) return normalize(relative);
  const sep = folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
  return normalize(folder.replace(/[\\/]+$/, '') + sep + relative);
}

function normalize(path: string): string {
  const sep = path.includes('\\') && !path.includes('/') ? '\\' : '/';
  const parts = path.split(/[\\/]+/);
  const out: string[] = [];
  for (const part of parts) {
    if (part === '.') continue;
    if (part === '..' && out.length > 1) out.pop();
    else if (part !== '..') out.push(part);
  }
  return out.join(sep) || sep;
}

/** A form two spellings of one path share. */
function comparable(path: string): string {
  const unified = normalize(path).replace(/\\/g, '/');
  return /^[A-Za-z]:/.test(unified) ? unified.toLowerCase() : unified;
}
