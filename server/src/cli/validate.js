"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.validateCommand = validateCommand;
exports.locatedDiagnostics = locatedDiagnostics;
exports.formatDiagnosticLine = formatDiagnosticLine;
exports.describeIoError = describeIoError;
/*
 * `asl validate <files or folders...> [--format text|json]`: the language server's diagnostics,
 * printed as `path:line:col: severity code message` (1-based) or as one JSON object.
 * Exit 0 when no errors (warnings allowed), 1 when errors were found, 2 on usage or I/O errors.
 */
const parse_1 = require("../asl/parse");
const lines_1 = require("../asl/lines");
const diagnostics_1 = require("../service/diagnostics");
const io_1 = require("./io");
const args_1 = require("./args");
const files_1 = require("./files");
const SPEC = { flags: {}, options: { format: ['text', 'json'] } };
function validateCommand(args, io) {
    const parsed = (0, args_1.parseArgs)(args, SPEC);
    if ('error' in parsed)
        return usage(io, parsed.error);
    if (parsed.positional.length === 0)
        return usage(io, 'no files given');
    const files = (0, files_1.collectDefinitionFiles)(parsed.positional, io);
    const reports = files.map((path) => validateFile(path, io));
    if (parsed.options.format === 'json')
        io.stdout(JSON.stringify(jsonReport(reports), null, 2) + '\n');
    else
        printText(reports, io);
    if (reports.some((r) => r.ioError !== undefined))
        return io_1.EXIT_USAGE;
    return reports.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? io_1.EXIT_FINDINGS : io_1.EXIT_OK;
}
/** Validates one definition text; shared with `asl run`'s pre-flight check. */
function locatedDiagnostics(text, path) {
    const doc = (0, parse_1.parseAsl)(text, (0, parse_1.formatForFileName)(path));
    const lines = new lines_1.LineIndex(text);
    return (0, diagnostics_1.computeDiagnostics)(doc).map((d) => {
        const start = lines.positionAt(d.span.start);
        const end = lines.positionAt(d.span.end);
        return { line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1, severity: d.severity, code: d.code, message: d.message };
    });
}
function formatDiagnosticLine(path, d) {
    return `${path}:${d.line}:${d.column}: ${d.severity} ${d.code} ${d.message}`;
}
function validateFile(path, io) {
    let text;
    try {
        text = io.readFile(path);
    }
    catch (error) {
        return { path, diagnostics: [], ioError: describeIoError(error) };
    }
    return { path, diagnostics: locatedDiagnostics(text, path) };
}
function describeIoError(error) {
    const code = error?.code;
    if (code === 'ENOENT')
        return 'no such file';
    if (code === 'EISDIR')
        return 'is a directory';
    if (code === 'EACCES')
        return 'permission denied';
    return error instanceof Error ? error.message : String(error);
}
function printText(reports, io) {
    let errors = 0;
    let warnings = 0;
    for (const report of reports) {
        if (report.ioError !== undefined) {
            io.stderr(`asl: cannot read '${report.path}': ${report.ioError}\n`);
            continue;
        }
        for (const d of report.diagnostics) {
            if (d.severity === 'error')
                errors++;
            else if (d.severity === 'warning')
                warnings++;
            io.stdout(formatDiagnosticLine(report.path, d) + '\n');
        }
    }
    const readable = reports.filter((r) => r.ioError === undefined).length;
    if (readable === 0)
        return;
    io.stderr(`${readable} file${readable === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n`);
}
function jsonReport(reports) {
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
function usage(io, message) {
    io.stderr(`asl validate: ${message}\nusage: asl validate <files or folders...> [--format text|json]\n`);
    return io_1.EXIT_USAGE;
}
//# sourceMappingURL=validate.js.map