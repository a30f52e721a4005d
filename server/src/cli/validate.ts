/*
 * `asl validate <files or folders...> [--format text|json] [--substitute N=v] [--substitutions f] [--template t]`:
 * the language server's diagnostics (of the definition after deployment substitutions, located in
 * the file as written), printed as `path:line:col: severity code message` (1-based) or as one JSON object.
 * Exit 0 when no errors (warnings allowed), 1 when errors were found, 2 on usage or I/O errors.
 */
import { parseAsl, formatForFileName } from '../asl/parse';
import { describeIoError } from '../launch/io';
import { formatDiagnosticLine, locateDiagnostics, type LocatedDiagnostic } from '../launch/diagnostics';
import type { RuleSettings } from '../service/diagnostics';
import { ConfigFinder } from './config';
import { CliIo, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from './io';
import { parseArgs, ArgSpec } from './args';
import { collectDefinitionFiles } from './files';
import { readSubstitutions, SUBSTITUTION_OPTIONS } from './substitutions';
import { substituteText } from '../asl/placeholders';
import { readTemplate, withTemplate } from './template';

export { describeIoError, formatDiagnosticLine, type LocatedDiagnostic };

export interface FileReport {
  readonly path: string;
  readonly diagnostics: readonly LocatedDiagnostic[];
  /** Set when the file could not be read; diagnostics is then empty. */
  readonly ioError?: string;
  /** With substitutions: `${Name}` placeholders that got no value (left as written). */
  readonly unresolvedPlaceholders?: readonly string[];
}

const SPEC: ArgSpec = {
  flags: {},
  options: { format: ['text', 'json'], config: 'any', template: 'any', ...SUBSTITUTION_OPTIONS.options },
  repeatable: SUBSTITUTION_OPTIONS.repeatable,
};

export function validateCommand(args: string[], io: CliIo): number {
  const parsed = parseArgs(args, SPEC);
  if ('error' in parsed) return usage(io, parsed.error);
  if (parsed.positional.length === 0) return usage(io, 'no files given');
  const substitutions = readSubstitutions(parsed, io);
  if (typeof substitutions === 'string') return usage(io, substitutions);
  const template = parsed.options.template === undefined ? undefined : readTemplate(parsed.options.template, io);
  if (typeof template === 'string') return usage(io, template);
  const configs = new ConfigFinder(io, parsed.options.config);
  const files = collectDefinitionFiles(parsed.positional, io);
  const reports: FileReport[] = [];
  const warned = new Set<string>();
  for (const path of files) {
    const config = configs.forFile(path);
    if (typeof config === 'string') return usage(io, config);
    for (const w of config.warnings) {
      if (warned.has(w)) continue;
      warned.add(w);
      io.stderr(`asl: warning: ${w} (ignored)\n`);
    }
    reports.push(validateFile(path, io, withTemplate(template, path, io, substitutions), config.rules));
  }
  if (parsed.options.format === 'json') io.stdout(JSON.stringify(jsonReport(reports), null, 2) + '\n');
  else printText(reports, io);
  if (reports.some((r) => r.ioError !== undefined)) return EXIT_USAGE;
  return reports.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? EXIT_FINDINGS : EXIT_OK;
}

export interface TextReport {
  readonly diagnostics: LocatedDiagnostic[];
  /** Placeholders (`${Name}`) left without a value when substitutions were given. */
  readonly unresolved: readonly string[];
}

/**
 * Validates a definition as AWS will receive it: with `substitutions`, the `${Name}` placeholders
 * are replaced first (asl/placeholders.ts) and every finding is located back in the original text.
 */
export function validateText(
  text: string,
  path: string,
  substitutions?: ReadonlyMap<string, string>,
  ruleSettings?: RuleSettings,
): TextReport {
  const format = formatForFileName(path);
  const doc = parseAsl(text, format);
  if (substitutions === undefined) return { diagnostics: locateDiagnostics(doc, { ruleSettings }), unresolved: [] };
  const substituted = substituteText(doc, substitutions);
  const diagnostics = locateDiagnostics(parseAsl(substituted.text, format), {
    original: text,
    toOriginal: substituted.toOriginal,
    ruleSettings,
  });
  return { diagnostics, unresolved: substituted.missing };
}

function validateFile(
  path: string,
  io: CliIo,
  substitutions: ReadonlyMap<string, string> | undefined,
  ruleSettings: RuleSettings,
): FileReport {
  let text: string;
  try {
    text = io.readFile(path);
  } catch (error) {
    return { path, diagnostics: [], ioError: describeIoError(error) };
  }
  const { diagnostics, unresolved } = validateText(text, path, substitutions, ruleSettings);
  return { path, diagnostics, ...(unresolved.length > 0 && { unresolvedPlaceholders: unresolved }) };
}

function printText(reports: readonly FileReport[], io: CliIo): void {
  let errors = 0;
  let warnings = 0;
  for (const report of reports) {
    if (report.ioError !== undefined) {
      io.stderr(`asl: cannot read '${report.path}': ${report.ioError}\n`);
      continue;
    }
    for (const name of report.unresolvedPlaceholders ?? [])
      io.stderr(`${report.path}: note: no substitution for \${${name}} (left as written)\n`);
    for (const d of report.diagnostics) {
      if (d.severity === 'error') errors++;
      else if (d.severity === 'warning') warnings++;
      io.stdout(formatDiagnosticLine(report.path, d) + '\n');
    }
  }
  const readable = reports.filter((r) => r.ioError === undefined).length;
  if (readable === 0) return;
  io.stderr(
    `${readable} file${readable === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n`,
  );
}

function jsonReport(reports: readonly FileReport[]): unknown {
  const all = reports.flatMap((r) => r.diagnostics);
  return {
    files: reports,
    summary: {
      files: reports.length,
      errors: all.filter((d) => d.severity === 'error').length,
      warnings: all.filter((d) => d.severity === 'warning').length,
      unreadable: reports.filter((r) => r.ioError !== undefined).length,
    },
  };
}

function usage(io: CliIo, message: string): number {
  io.stderr(
    `asl validate: ${message}\nusage: asl validate <files or folders...> [--format text|json] [--config file] [--substitute Name=value ...] [--substitutions file.json] [--template template.yaml]\n`,
  );
  return EXIT_USAGE;
}
