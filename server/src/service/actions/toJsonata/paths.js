"use strict";
/*
 * JSONPath -> JSONata, best effort, for the "Convert to JSONata" refactoring: `$` and `$.a.b` become
 * `<base>` and `<base>.a.b`, `$$` the context object, `$var` stays a variable, `['x y']` a backquoted
 * name, `[*]` disappears (JSONata maps over arrays), `[?(@.x > 1)]` becomes a predicate. Pure.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.convertPath = convertPath;
exports.member = member;
exports.convertSegments = convertSegments;
exports.convertFilter = convertFilter;
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** The JSONata expression for a JSONPath `path` whose `$` is `base` (itself an expression). */
function convertPath(path, base) {
    if (path.startsWith('$$'))
        return '$states.context' + convertSegments(path.slice(2));
    if (path === '$')
        return base;
    if (path.startsWith('$.') || path.startsWith('$['))
        return member(base) + convertSegments(path.slice(1));
    const variable = /^\$[A-Za-z_][A-Za-z0-9_]*/.exec(path);
    if (variable !== null)
        return variable[0] + convertSegments(path.slice(variable[0].length));
    return JSON.stringify(path);
}
/** `base` made safe to follow with `.name`: parenthesised unless it is a plain path. */
function member(base) {
    return /^[$A-Za-z_][A-Za-z0-9_.$]*$/.test(base) ? base : `(${base})`;
}
/** `.a['b c'][0][*]..d` -> `.a.\`b c\`[0].**.d` */
function convertSegments(rest) {
    let out = '';
    let i = 0;
    while (i < rest.length) {
        if (rest.startsWith('..', i)) {
            out += '.**';
            i += 1;
        }
        else if (rest[i] === '.') {
            const end = segmentEnd(rest, i + 1);
            const name = rest.slice(i + 1, end);
            out += name === '*' ? '.*' : '.' + quoteName(name);
            i = end;
        }
        else if (rest[i] === '[') {
            const end = closingBracket(rest, i);
            out += convertBracket(rest.slice(i + 1, end));
            i = end + 1;
        }
        else {
            return out + rest.slice(i);
        }
    }
    return out;
}
function convertBracket(inner) {
    const trimmed = inner.trim();
    const quoted = /^(['"])(.*)\1$/.exec(trimmed);
    if (quoted !== null)
        return '.' + quoteName(quoted[2]);
    if (trimmed === '*')
        return '';
    if (/^-?\d+$/.test(trimmed))
        return `[${trimmed}]`;
    if (trimmed.startsWith('?(') && trimmed.endsWith(')'))
        return `[${convertFilter(trimmed.slice(2, -1))}]`;
    return `[${trimmed}]`;
}
/** `@.price < 10 && @.kind == 'x'` -> `price < 10 and kind = "x"` */
function convertFilter(filter) {
    return filter
        .replace(/@\.?/g, '')
        .replace(/===?/g, '=')
        .replace(/&&/g, ' and ')
        .replace(/\|\|/g, ' or ')
        .replace(/'([^']*)'/g, (_, s) => JSON.stringify(s))
        .replace(/\s+/g, ' ')
        .trim();
}
function quoteName(name) {
    return IDENTIFIER.test(name) ? name : '`' + name.replace(/`/g, '') + '`';
}
function segmentEnd(text, from) {
    let i = from;
    while (i < text.length && text[i] !== '.' && text[i] !== '[')
        i++;
    return i;
}
function closingBracket(text, open) {
    let quote;
    for (let i = open + 1; i < text.length; i++) {
        const c = text[i];
        if (quote !== undefined) {
            if (c === '\\')
                i++;
            else if (c === quote)
                quote = undefined;
        }
        else if (c === "'" || c === '"')
            quote = c;
        else if (c === ']')
            return i;
    }
    return text.length;
}
//# sourceMappingURL=paths.js.map