"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Cursor = exports.ExprSyntaxError = void 0;
exports.catchSyntax = catchSyntax;
exports.readNumber = readNumber;
exports.readQuoted = readQuoted;
class ExprSyntaxError extends Error {
    error;
    constructor(error) {
        super(error.message);
        this.error = error;
    }
}
exports.ExprSyntaxError = ExprSyntaxError;
class Cursor {
    text;
    limit;
    pos = 0;
    constructor(text, start = 0, limit = text.length) {
        this.text = text;
        this.limit = limit;
        this.pos = start;
    }
    eof() {
        return this.pos >= this.limit;
    }
    peek(offset = 0) {
        const i = this.pos + offset;
        return i < this.limit ? this.text[i] : '';
    }
    startsWith(s) {
        return this.text.startsWith(s, this.pos) && this.pos + s.length <= this.limit;
    }
    /** Consumes `s` if the text continues with it. */
    eat(s) {
        if (!this.startsWith(s))
            return false;
        this.pos += s.length;
        return true;
    }
    expect(s, what = `'${s}'`) {
        if (!this.eat(s))
            this.fail(`Expected ${what}${this.found()}`);
    }
    skipSpaces() {
        while (this.pos < this.limit && /\s/.test(this.text[this.pos]))
            this.pos++;
    }
    found() {
        return this.eof() ? ' but the expression ended' : ` but found '${this.peek()}'`;
    }
    fail(message, start = this.pos, end = Math.min(Math.max(start + 1, this.pos), this.limit)) {
        const s = Math.min(start, this.limit);
        throw new ExprSyntaxError({ message, start: s, end: Math.min(Math.max(end, s), this.limit) });
    }
}
exports.Cursor = Cursor;
/** Runs a parser, turning an ExprSyntaxError into an error list (other exceptions are bugs). */
function catchSyntax(parse) {
    try {
        return { ast: parse(), errors: [] };
    }
    catch (e) {
        if (e instanceof ExprSyntaxError)
            return { errors: [e.error] };
        throw e;
    }
}
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
/** Reads a JSON-style number at the cursor, or undefined. */
function readNumber(c) {
    NUMBER.lastIndex = c.pos;
    const m = NUMBER.exec(c.text);
    if (!m || c.pos + m[0].length > c.limit)
        return undefined;
    c.pos += m[0].length;
    return Number(m[0]);
}
/** Reads a quoted string ('...' or "...") whose escapes are \<quote> and \\ (others kept as-is). */
function readQuoted(c) {
    const start = c.pos;
    const quote = c.peek();
    c.pos++;
    let out = '';
    while (!c.eof() && c.peek() !== quote) {
        const ch = c.peek();
        if (ch === '\\' && (c.peek(1) === quote || c.peek(1) === '\\')) {
            out += c.peek(1);
            c.pos += 2;
        }
        else {
            out += ch;
            c.pos++;
        }
    }
    if (c.eof())
        c.fail('Unterminated string', start, c.pos);
    c.pos++;
    return out;
}
//# sourceMappingURL=cursor.js.map