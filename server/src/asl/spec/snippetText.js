"use strict";
/*
 * Expands a VS Code snippet body to the plain text it inserts with every placeholder left at its
 * default: `${1:x}` → x, `$1`/`${1}` → '', `${1|a,b|}` → a, `\$` `\}` `\\` → the character.
 * Used by tests and by features that need the text (e.g. converting a snippet to YAML). Never throws.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.expandSnippet = expandSnippet;
function expandSnippet(body) {
    const cur = { src: body, pos: 0, variables: [] };
    const text = expandUntil(cur, false);
    return { text, variables: cur.variables };
}
/** Expands text until the end, or (inside a placeholder) until its unescaped closing `}`. */
function expandUntil(cur, inPlaceholder) {
    let out = '';
    while (cur.pos < cur.src.length) {
        const ch = cur.src[cur.pos];
        if (ch === '\\' && cur.pos + 1 < cur.src.length && '$}\\'.includes(cur.src[cur.pos + 1])) {
            out += cur.src[cur.pos + 1];
            cur.pos += 2;
        }
        else if (ch === '}' && inPlaceholder) {
            cur.pos++;
            return out;
        }
        else if (ch === '$') {
            out += expandDollar(cur);
        }
        else {
            out += ch;
            cur.pos++;
        }
    }
    return out;
}
function expandDollar(cur) {
    const rest = cur.src.slice(cur.pos);
    const simple = /^\$(\d+|[A-Za-z_][A-Za-z0-9_]*)/.exec(rest);
    if (simple) {
        cur.pos += simple[0].length;
        return tabstopOrVariable(cur, simple[1], '');
    }
    const open = /^\$\{(\d+|[A-Za-z_][A-Za-z0-9_]*)([:|}])/.exec(rest);
    if (!open) {
        cur.pos++;
        return '$';
    }
    cur.pos += open[0].length;
    if (open[2] === '}')
        return tabstopOrVariable(cur, open[1], '');
    if (open[2] === '|')
        return choice(cur);
    return tabstopOrVariable(cur, open[1], expandUntil(cur, true));
}
function tabstopOrVariable(cur, name, fallback) {
    if (/^\d+$/.test(name))
        return fallback;
    cur.variables.push(name);
    return fallback || name;
}
function choice(cur) {
    const end = cur.src.indexOf('|}', cur.pos);
    const body = end < 0 ? cur.src.slice(cur.pos) : cur.src.slice(cur.pos, end);
    cur.pos = end < 0 ? cur.src.length : end + 2;
    return body.split(',')[0] ?? '';
}
//# sourceMappingURL=snippetText.js.map