"use strict";
/*
 * Cheap linear upper bounds of a text's nesting depth, checked before the recursive third-party
 * parsers run: a stack overflow inside them (e.g. while V8 compiles a regex) can kill the process
 * instead of throwing. Text scanning only; never throws.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.YAML_DEPTH_LIMIT = exports.JSON_DEPTH_LIMIT = void 0;
exports.jsonDepthBound = jsonDepthBound;
exports.yamlDepthBound = yamlDepthBound;
/** Above these bounds the text is not handed to the parser. */
exports.JSON_DEPTH_LIMIT = 2000;
exports.YAML_DEPTH_LIMIT = 400;
/** Maximum bracket depth of JSON text, strings skipped (a string also ends at a line break). */
function jsonDepthBound(text) {
    let depth = 0;
    let max = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 34 /* " */)
            i = skipJsonString(text, i);
        else if (c === 123 /* { */ || c === 91 /* [ */)
            max = Math.max(max, ++depth);
        else if ((c === 125 /* } */ || c === 93) /* ] */ && depth > 0)
            depth--;
    }
    return max;
}
function skipJsonString(text, start) {
    for (let i = start + 1; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 92 /* \ */)
            i++;
        else if (c === 34 || c === 10 || c === 13)
            return i;
    }
    return text.length;
}
/**
 * An upper bound of YAML nesting: per line, its indentation plus its indicators (`- `, `? `, `: `,
 * `[`, `{`) plus the flow brackets still open from earlier lines.
 */
function yamlDepthBound(text) {
    let max = 0;
    let flow = 0;
    let lineStart = true;
    let line = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || c === 13) {
            lineStart = true;
            line = 0;
            continue;
        }
        if (lineStart && c === 32)
            line++;
        else
            lineStart = false;
        if (c === 91 || c === 123)
            flow++;
        else if ((c === 93 || c === 125) && flow > 0)
            flow--;
        else if ((c === 45 || c === 63 || c === 58) /* - ? : */ && isBreakOrSpace(text.charCodeAt(i + 1)))
            line++;
        max = Math.max(max, line + flow);
    }
    return max;
}
function isBreakOrSpace(c) {
    return Number.isNaN(c) || c === 32 || c === 9 || c === 10 || c === 13;
}
//# sourceMappingURL=depthGuard.js.map