/*
 * The CLI's project settings, so that `asl validate` in CI agrees with the editor: the nearest
 * `.aslrc.json` (`{ "rules": { "<code>": "off" | "error" | ... } }`) or `asl` key of a package.json,
 * looked up from each definition's folder towards the root, or the file `--config` names. Reads
 * files only through the injected io; the rules are read by service/diagnostics/ruleSettings.ts.
 */
import { dirname, join, resolve } from 'path';
import { parseRuleSettings, type RuleSettings } from '../service/diagnostics';
import type { CliIo } from './io';
import { describeIoError } from '../launch/io';

export interface ProjectConfig {
  /** The file the settings came from, or undefined when none was found. */
  readonly source?: string;
  readonly rules: RuleSettings;
  /** Entries that were ignored, each prefixed with the file. */
  readonly warnings: readonly string[];
}

const NONE: ProjectConfig = { rules: {}, warnings: [] };

/** Finds and reads the settings for definitions, with a cache per folder. */
export class ConfigFinder {
  private readonly byFolder = new Map<string, ProjectConfig | string>();

  constructor(
    private readonly io: CliIo,
    private readonly explicit?: string,
  ) {}

  /** The settings that apply to `file`, or an error message (unreadable or invalid config file). */
  forFile(file: string): ProjectConfig | string {
    if (this.explicit !== undefined)
      return this.cached(this.explicit, () => readConfig(this.io, this.explicit as string));
    return this.inFolder(dirname(resolve(this.io.cwd, file)));
  }

  private inFolder(folder: string): ProjectConfig | string {
    return this.cached(folder, () => {
      const found = readConfigIn(this.io, folder);
      if (found !== undefined) return found;
      const parent = dirname(folder);
      return parent === folder ? NONE : this.inFolder(parent);
    });
  }

  private cached(key: string, read: () => ProjectConfig | string): ProjectConfig | string {
    let value = this.byFolder.get(key);
    if (value === undefined) this.byFolder.set(key, (value = read()));
    return value;
  }
}

function readConfigIn(io: CliIo, folder: string): ProjectConfig | string | undefined {
  const rc = join(folder, '.aslrc.json');
  const rcText = tryRead(io, rc);
  if (rcText !== undefined) return fromText(rc, rcText, (data) => data);
  const pkg = join(folder, 'package.json');
  const pkgText = tryRead(io, pkg);
  if (pkgText === undefined) return undefined;
  const parsed = fromText(pkg, pkgText, (data) => (data as { asl?: unknown }).asl);
  return typeof parsed !== 'string' && parsed.source === undefined ? undefined : parsed;
}

function readConfig(io: CliIo, file: string): ProjectConfig | string {
  let text: string;
  try {
    text = io.readFile(resolve(io.cwd, file));
  } catch (error) {
    return `cannot read config '${file}': ${describeIoError(error)}`;
  }
  return fromText(file, text, (data) => (file.endsWith('package.json') ? (data as { asl?: unknown }).asl : data));
}

function tryRead(io: CliIo, path: string): string | undefined {
  try {
    return io.readFile(path);
  } catch {
    return undefined; // absent (or unreadable) here: look further up
  }
}

/** Parses a config file; `select` picks the ASL settings object out of it (undefined: none there). */
function fromText(path: string, text: string, select: (data: object) => unknown): ProjectConfig | string {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return `'${path}' is not valid JSON: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (data === null || typeof data !== 'object') return `'${path}' must hold a JSON object`;
  const settings = select(data);
  if (settings === undefined) return NONE;
  if (settings === null || typeof settings !== 'object') return `'${path}': the ASL settings must be an object`;
  const { settings: rules, problems } = parseRuleSettings((settings as { rules?: unknown }).rules);
  return { source: path, rules, warnings: problems.map((p) => `${path}: ${p}`) };
}
