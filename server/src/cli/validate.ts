/*
 * `asl validate <files or folders...> [--format text|json]`: the language server's diagnostics,
 * printed as `path:line:col: severity code message` (1-based) or as one JSON object.
 * Exit 0 when no errors (warnings allowed), 1 when errors were found, 2 on usage or I/O errors.
 */
import { parseAsl, formatForFileName } from '../asl/parse';
import { describeIoError } from '../launch/io';
import { formatDiagnosticLine, locateDiagnostics, type LocatedDiagnostic } from '../launch/diagnostics';
import { CliIo, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from './io';
import { parseArgs, ArgSpec } from './args';
import { collectDefinitionFiles } from './files';

export { describeIoError, formatDiagnosticLine, type LocatedDiagnostic };

export interface FileReport {
  readonly path: string;
  readonly diagnostics: readonly LocatedDiagnostic[];
  /** Set when the file could not be read; diagnostics is then empty. */
  readonly ioError?: string;
}

const SPEC: ArgSpec = { flags: {}, options: { format: ['text', 'json'] } };

export function validateCommand(args: string[], io: CliIo): number {
  const parsed = parseArgs(args, SPEC);
  if ('error' in parsed) return usage(io, parsed.error);
  if (parsed.positional.length === 0) return usage(io, 'no files given');
  const files = collectDefinitionFiles(parsed.positional, io);
  const reports = files.map((path) => validateFile(path, io));
  if (parsed.options.format === 'json') io.stdout(JSON.stringify(jsonReport(reports), null, 2) + '\n');
  else printText(reports, io);
  if (reports.some((r) => r.ioError !== undefined)) return EXIT_USAGE;
  return reports.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? EXIT_FINDINGS : EXIT_OK;
}

/** Validates one definition text: the diagnostics the language server publishes, located. */
export function locatedDiagnostics(text: string, path: string): LocatedDiagnostic[] {
  return locateDiagnostics(parseAsl(text, formatForFileName(path)));
}

function validateFile(path: string, io: CliIo): FileReport {
  let text: string;
  try {
    text = io.readFile(path);
  } catch (error) {
    return { path, diagnostics: [], ioError: describeIoError(error) };
  }
  return { path, diagnostics: locatedDiagnostics(text, path) };
}

function printText(reports: readonly FileReport[], io: CliIo): void {
  let errors = 0;
  let warnings = 0;
  for (const report of reports) {
    if (report.ioError !== undefined) {
      io.stderr(`asl: cannot read '${report.path}': ${report.ioError}\n`);
      continue;
    }
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
  io.stderr(`asl validate: ${message}\nusage: asl validate <files or folders...> [--format text|json]\n`);
  return EXIT_USAGE;
}
