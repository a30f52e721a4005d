"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseJsonPath = parseJsonPath;
exports.isReferencePath = isReferencePath;
exports.readPath = readPath;
/*
 * JSONPath parser for the Jayway dialect AWS Step Functions uses, extended with AWS's roots:
 * `$` (data), `$$` (context object) and `$name` (workflow variable). Results are cached per text.
 * Decisions: Jayway's argument-less functions (`.length()`, `.sum()`, ...) only as the last step;
 * no slice steps; no leading/trailing spaces.
 */
const cursor_1 = require("./cursor");
const pathSegments_1 = require("./pathSegments");
const IDENT_START = /[\p{L}_]/u;
const IDENT_PART = /[\p{L}\p{N}_]/u;
const cache = new Map();
function parseJsonPath(text) {
    let parsed = cache.get(text);
    if (parsed === undefined) {
        parsed = (0, cursor_1.catchSyntax)(() => parseWhole(text));
        if (cache.size > 10_000)
            cache.clear();
        cache.set(text, parsed);
    }
    return parsed;
}
/** A reference path selects one node: `$`, `$$` or `$name` roots, then only `.name`, `['name']`, `[n]`. */
function isReferencePath(text) {
    return parseJsonPath(text).ast?.reference === true;
}
function parseWhole(text) {
    const c = new cursor_1.Cursor(text);
    const ast = readPath(c);
    if (!c.eof())
        c.fail(`Unexpected '${c.peek()}' in path`, c.pos);
    return ast;
}
/** Reads a path at the cursor (used by the intrinsic parser for arguments); stops where a path cannot continue. */
function readPath(c, shorthandNames = false) {
    const root = readRoot(c);
    const { segments, function: fn } = (0, pathSegments_1.readSegments)(c, shorthandNames);
    if (fn)
        return { root, segments, function: fn, definite: true, reference: false };
    return { root, segments, ...classify(segments) };
}
function readRoot(c) {
    if (c.peek() !== '$')
        c.fail("A path must start with '$'", c.pos);
    c.pos++;
    if (c.eat('$'))
        return { kind: 'context' };
    if (!IDENT_START.test(c.peek()))
        return { kind: 'data' };
    const start = c.pos;
    while (!c.eof() && IDENT_PART.test(c.peek()))
        c.pos++;
    return { kind: 'variable', name: c.text.slice(start, c.pos) };
}
function classify(segments) {
    const simple = (s) => s.kind === 'property' || s.kind === 'index';
    const reference = segments.every(simple);
    const last = segments[segments.length - 1];
    const definite = reference || (last.kind === 'properties' && segments.slice(0, -1).every(simple));
    return { definite, reference };
}
//# sourceMappingURL=jsonPathParser.js.map