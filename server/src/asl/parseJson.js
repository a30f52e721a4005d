"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseJsonTree = parseJsonTree;
exports.parseJsonTreeTolerant = parseJsonTreeTolerant;
exports.tooDeepProblem = tooDeepProblem;
/*
 * JSON text → AslNode tree, error tolerant (jsonc-parser's scanner/visitor), with exact spans.
 * Comments and trailing commas are reported: AWS rejects them. Knows nothing of ASL semantics.
 */
const jsonc_parser_1 = require("jsonc-parser");
const build_1 = require("./build");
const depthGuard_1 = require("./depthGuard");
const parseJsonFast_1 = require("./parseJsonFast");
const MESSAGES = {
    InvalidSymbol: 'Invalid symbol',
    InvalidNumberFormat: 'Invalid number format',
    PropertyNameExpected: 'Expected a property name',
    ValueExpected: 'Expected a value',
    ColonExpected: 'Expected a colon',
    CommaExpected: 'Expected a comma',
    CloseBraceExpected: "Expected '}'",
    CloseBracketExpected: "Expected ']'",
    EndOfFileExpected: 'Expected the end of the document: only one JSON value is allowed',
    InvalidCommentToken: 'Comments are not allowed in JSON (AWS rejects them)',
    UnexpectedEndOfComment: 'Unterminated comment',
    UnexpectedEndOfString: 'Unterminated string',
    UnexpectedEndOfNumber: 'Incomplete number',
    InvalidUnicode: 'Invalid unicode escape sequence',
    InvalidEscapeCharacter: 'Invalid escape character in string',
    InvalidCharacter: 'Invalid character in string (control characters must be escaped)',
};
/** Parses JSON text into the format-neutral tree. */
function parseJsonTree(text) {
    const strict = (0, parseJsonFast_1.parseStrictJson)(text);
    return strict !== undefined ? { root: strict, problems: [] } : parseJsonTreeTolerant(text);
}
/** The error-tolerant path (jsonc-parser's visitor); parseJsonTree uses it when the text is not strict JSON. */
function parseJsonTreeTolerant(text) {
    if ((0, depthGuard_1.jsonDepthBound)(text) > depthGuard_1.JSON_DEPTH_LIMIT)
        return { problems: [tooDeepProblem(text, 'json-syntax')] };
    const b = new TreeBuilder(text);
    const visitor = {
        onObjectBegin: (offset) => b.begin(offset, true),
        onArrayBegin: (offset) => b.begin(offset, false),
        onObjectEnd: (offset, length) => b.end(offset + length),
        onArrayEnd: (offset, length) => b.end(offset + length),
        onObjectProperty: (name, offset, length) => b.property(name, offset, length),
        onLiteralValue: (value, offset, length) => b.literal(value, offset, length),
        onSeparator: (sep) => b.separator(sep),
        onError: (error, offset, length) => b.error(error, offset, length),
    };
    (0, jsonc_parser_1.visit)(text, visitor, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    return b.finish();
}
/** Builds the tree from jsonc-parser's visitor events (one frame per open container). */
class TreeBuilder {
    text;
    problems = [];
    frames = [];
    root;
    /** Depth of containers being skipped beyond MAX_DEPTH. */
    skipped = 0;
    constructor(text) {
        this.text = text;
    }
    begin(offset, isObject) {
        if (this.tooDeep(offset))
            return;
        const s = (0, build_1.span)(offset, offset + 1);
        const parent = this.parent();
        const node = isObject ? (0, build_1.newObject)(s, parent) : (0, build_1.newArray)(s, parent);
        const top = this.frames[this.frames.length - 1];
        if (top === undefined)
            this.root ??= node;
        else if (top.node.kind === 'array')
            (0, build_1.addItem)(top.node, node);
        /* a property gets its container value (and span) in end() */
        this.frames.push({ node });
    }
    end(endOffset) {
        if (this.skipped > 0) {
            this.skipped--;
            return;
        }
        const frame = this.frames.pop();
        if (frame === undefined)
            return;
        (0, build_1.setSpan)(frame.node, (0, build_1.span)(frame.node.span.start, endOffset));
        const parent = frame.node.parent;
        if (parent !== undefined && 'key' in parent)
            (0, build_1.setPropertyValue)(parent, frame.node);
        const top = this.frames[this.frames.length - 1];
        if (top !== undefined)
            top.pending = undefined;
    }
    property(name, offset, length) {
        const top = this.frames[this.frames.length - 1];
        if (this.skipped === 0 && top !== undefined && top.node.kind === 'object')
            top.pending = (0, build_1.addProperty)(top.node, name, (0, build_1.span)(offset, offset + length));
    }
    literal(value, offset, length) {
        if (this.skipped > 0)
            return;
        this.attach(literal(this.text, value, offset, length, this.parent()));
        const top = this.frames[this.frames.length - 1];
        if (top !== undefined)
            top.pending = undefined;
    }
    separator(sep) {
        const top = this.frames[this.frames.length - 1];
        if (sep === ',' && top !== undefined && this.skipped === 0)
            top.pending = undefined;
    }
    error(error, offset, length) {
        if (offset === 0 && this.text.charCodeAt(0) === 0xfeff)
            return; /* a byte order mark is not an error */
        const p = problem(this.text, error, offset, length);
        const last = this.problems[this.problems.length - 1];
        if (last === undefined || last.span.start !== p.span.start || last.message !== p.message)
            this.problems.push(p);
    }
    finish() {
        this.skipped = 0;
        while (this.frames.length > 0)
            this.end(this.text.length);
        return { root: this.root, problems: this.problems };
    }
    parent() {
        const top = this.frames[this.frames.length - 1];
        if (top === undefined)
            return undefined;
        return top.node.kind === 'array' ? top.node : top.pending;
    }
    /** Links a new node into its container; a container's property span is completed by end(). */
    attach(node) {
        const top = this.frames[this.frames.length - 1];
        if (top === undefined) {
            if (this.root === undefined)
                this.root = node;
        }
        else if (top.node.kind === 'array')
            (0, build_1.addItem)(top.node, node);
        else if (top.pending !== undefined)
            (0, build_1.setPropertyValue)(top.pending, node);
    }
    tooDeep(offset) {
        if (this.skipped === 0 && this.frames.length < build_1.MAX_DEPTH)
            return false;
        if (this.skipped++ === 0)
            this.problems.push({ message: build_1.TOO_DEEP_MESSAGE, span: (0, build_1.span)(offset, offset + 1), code: 'json-syntax' });
        return true;
    }
}
/** The problem reported when a text is too deeply nested to be parsed at all. */
function tooDeepProblem(text, code) {
    return { message: 'The document is nested too deeply to be parsed', span: (0, build_1.span)(0, Math.min(1, text.length)), code };
}
function literal(text, value, offset, length, parent) {
    const s = (0, build_1.span)(offset, offset + length);
    if (typeof value === 'string') {
        const closed = length >= 2 && text.charCodeAt(offset + length - 1) === 34; /* " */
        const content = (0, build_1.span)(Math.min(offset + 1, s.end), closed ? s.end - 1 : s.end);
        return (0, build_1.newScalar)('string', value, s, content, parent);
    }
    if (typeof value === 'number')
        return (0, build_1.newScalar)('number', value, s, s, parent);
    if (typeof value === 'boolean')
        return (0, build_1.newScalar)('boolean', value, s, s, parent);
    return (0, build_1.newScalar)('null', null, s, s, parent);
}
function problem(text, error, offset, length) {
    const name = (0, jsonc_parser_1.printParseErrorCode)(error);
    if (name === 'PropertyNameExpected' || name === 'ValueExpected') {
        const comma = trailingCommaBefore(text, offset);
        if (comma >= 0)
            return { message: 'Trailing commas are not allowed in JSON (AWS rejects them)', span: (0, build_1.span)(comma, comma + 1), code: 'json-syntax' };
    }
    const start = Math.max(0, Math.min(offset, text.length));
    const end = Math.min(text.length, start + Math.max(0, length));
    return { message: MESSAGES[name] ?? name, span: (0, build_1.span)(start, end), code: 'json-syntax' };
}
/** Offset of the comma when the token at `offset` is a closing bracket right after one, else -1. */
function trailingCommaBefore(text, offset) {
    const c = text.charCodeAt(offset);
    if (c !== 125 /* } */ && c !== 93 /* ] */)
        return -1;
    let i = offset - 1;
    while (i >= 0 && (text.charCodeAt(i) <= 32))
        i--;
    return text.charCodeAt(i) === 44 /* , */ ? i : -1;
}
//# sourceMappingURL=parseJson.js.map