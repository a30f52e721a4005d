"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_FORMAT_DEPTH = void 0;
exports.format = format;
/*
 * Formatting of JSON definitions with jsonc-parser: whitespace only, key order kept, tab size and
 * spaces/tabs from the editor's options. YAML documents are left alone (no edits). Pure.
 */
const jsonc_parser_1 = require("jsonc-parser");
/** Deeper documents are not formatted: jsonc-parser's formatter is quadratic in the depth. */
exports.MAX_FORMAT_DEPTH = 200;
function format(textDocument, asl, options, range) {
    if (asl.format !== 'json' || bracketDepth(asl.text) > exports.MAX_FORMAT_DEPTH)
        return [];
    const text = textDocument.getText();
    const jsonOptions = {
        tabSize: options.tabSize,
        insertSpaces: options.insertSpaces,
        insertFinalNewline: options.insertFinalNewline ?? false,
        eol: text.includes('\r\n') ? '\r\n' : '\n',
        keepLines: false,
    };
    const jsonRange = range === undefined ? undefined : toJsonRange(textDocument, range);
    // jsonc-parser leaves `content` undefined for indentation deeper than its cache: skip those.
    const edits = (0, jsonc_parser_1.format)(text, jsonRange, jsonOptions).filter((e) => typeof e.content === 'string');
    return edits.map((e) => ({
        range: { start: textDocument.positionAt(e.offset), end: textDocument.positionAt(e.offset + e.length) },
        newText: e.content,
    }));
}
function toJsonRange(textDocument, range) {
    const offset = textDocument.offsetAt(range.start);
    return { offset, length: Math.max(0, textDocument.offsetAt(range.end) - offset) };
}
/** Maximum bracket nesting of JSON text (strings skipped), stopping early past the limit. */
function bracketDepth(text) {
    let depth = 0;
    let max = 0;
    for (let i = 0; i < text.length && max <= exports.MAX_FORMAT_DEPTH; i++) {
        const c = text.charCodeAt(i);
        if (c === 34 /* " */) {
            for (i++; i < text.length && text.charCodeAt(i) !== 34; i++)
                if (text.charCodeAt(i) === 92 /* \\ */)
                    i++;
        }
        else if (c === 123 || c === 91)
            max = Math.max(max, ++depth);
        else if ((c === 125 || c === 93) && depth > 0)
            depth--;
    }
    return max;
}
//# sourceMappingURL=formatting.js.map