"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseFilterExpr = parseFilterExpr;
/*
 * Parses a Jayway JSONPath filter, the text inside `[?( ... )]`: `||`, `&&`, `!`, parentheses,
 * comparisons (== != < <= > >= =~ in nin subsetof anyof noneof size empty) and existence tests.
 * Operands: `@...`, `$...`, numbers, quoted strings, true/false/null, /regex/flags, JSON arrays.
 */
const cursor_1 = require("./cursor");
const pathSegments_1 = require("./pathSegments");
const SYMBOL_OPS = ['==', '!=', '<=', '>=', '=~', '<', '>'];
const WORD_OPS = ['subsetof', 'anyof', 'noneof', 'empty', 'size', 'nin', 'in'];
function parseFilterExpr(c) {
    let left = parseAnd(c);
    for (c.skipSpaces(); c.eat('||'); c.skipSpaces())
        left = { kind: 'or', left, right: parseAnd(c) };
    return left;
}
function parseAnd(c) {
    let left = parseUnary(c);
    for (c.skipSpaces(); c.eat('&&'); c.skipSpaces())
        left = { kind: 'and', left, right: parseUnary(c) };
    return left;
}
function parseUnary(c) {
    c.skipSpaces();
    if (c.peek() === '!' && c.peek(1) !== '=') {
        c.pos++;
        return { kind: 'not', operand: parseUnary(c) };
    }
    if (c.eat('(')) {
        const inner = parseFilterExpr(c);
        c.skipSpaces();
        c.expect(')', "')'");
        return inner;
    }
    return parseComparison(c);
}
function parseComparison(c) {
    const start = c.pos;
    const left = parseOperand(c);
    c.skipSpaces();
    const op = readOperator(c);
    if (op === undefined) {
        if (left.kind !== 'path')
            c.fail('Expected a comparison operator after a literal', start, c.pos);
        return { kind: 'exists', operand: left };
    }
    c.skipSpaces();
    return { kind: 'compare', op, left, right: parseOperand(c) };
}
function readOperator(c) {
    for (const op of SYMBOL_OPS)
        if (c.eat(op))
            return op;
    for (const op of WORD_OPS) {
        if (c.startsWith(op) && !/[A-Za-z0-9_]/.test(c.peek(op.length))) {
            c.pos += op.length;
            return op;
        }
    }
    if (c.peek() === '=')
        c.fail("Use '==' to compare", c.pos, c.pos + 1);
    return undefined;
}
function parseOperand(c) {
    c.skipSpaces();
    const ch = c.peek();
    if (ch === '@' || ch === '$') {
        c.pos++;
        const { segments, function: fn } = (0, pathSegments_1.readSegments)(c);
        return fn ? { kind: 'path', relative: ch === '@', segments, function: fn } : { kind: 'path', relative: ch === '@', segments };
    }
    if (ch === '/')
        return readRegex(c);
    return { kind: 'literal', value: readLiteral(c) };
}
function readRegex(c) {
    const start = c.pos++;
    let source = '';
    while (!c.eof() && c.peek() !== '/') {
        if (c.peek() === '\\')
            source += c.text[c.pos++];
        source += c.text[c.pos++] ?? '';
    }
    if (!c.eat('/'))
        c.fail('Unterminated regular expression', start, c.pos);
    const flagsStart = c.pos;
    while (/[a-z]/i.test(c.peek()))
        c.pos++;
    const flags = c.text.slice(flagsStart, c.pos);
    try {
        new RegExp(source, flags.replace(/[^imsu]/g, ''));
    }
    catch {
        c.fail('Invalid regular expression', start, c.pos);
    }
    return { kind: 'regex', source, flags };
}
function readLiteral(c) {
    const ch = c.peek();
    if (ch === "'" || ch === '"')
        return (0, cursor_1.readQuoted)(c);
    if (ch === '[')
        return readArray(c);
    if (ch === '{')
        return readObject(c);
    for (const [word, value] of [['true', true], ['false', false], ['null', null]]) {
        if (c.startsWith(word) && !/[A-Za-z0-9_]/.test(c.peek(word.length))) {
            c.pos += word.length;
            return value;
        }
    }
    const n = (0, cursor_1.readNumber)(c);
    if (n === undefined)
        c.fail(`Expected '@', '$', a number, a string, true, false, null or a regex${c.found()}`, c.pos);
    return n;
}
function readArray(c) {
    c.pos++;
    const items = [];
    c.skipSpaces();
    if (c.eat(']'))
        return items;
    do {
        c.skipSpaces();
        items.push(readLiteral(c));
        c.skipSpaces();
    } while (c.eat(','));
    c.expect(']', "']' or ','");
    return items;
}
function readObject(c) {
    c.pos++;
    const obj = {};
    c.skipSpaces();
    if (c.eat('}'))
        return obj;
    do {
        c.skipSpaces();
        if (c.peek() !== '"' && c.peek() !== "'")
            c.fail(`Expected a quoted key${c.found()}`);
        const key = (0, cursor_1.readQuoted)(c);
        c.skipSpaces();
        c.expect(':', "':'");
        c.skipSpaces();
        obj[key] = readLiteral(c);
        c.skipSpaces();
    } while (c.eat(','));
    c.expect('}', "'}' or ','");
    return obj;
}
//# sourceMappingURL=filterParser.js.map