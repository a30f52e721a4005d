"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.tokenAt = tokenAt;
exports.fitsPrefix = fitsPrefix;
exports.tokenItem = tokenItem;
exports.callSnippet = callSnippet;
/*
 * Token-level items inside an expression string (JSONPath `.$` values, JSONata `{% %}`): the token
 * under the cursor (`$$.Execution.I`, `States.Fo`, `$states.con`) is replaced by the item.
 */
const vscode_languageserver_types_1 = require("vscode-languageserver-types");
const items_1 = require("./items");
/** The `[\w$.]` token around the cursor, clamped to the string content. */
function tokenAt(text, content, offset) {
    let start = offset;
    while (start > content.start && /[\w$.]/.test(text[start - 1]))
        start--;
    let end = offset;
    while (end < content.end && /[\w$.]/.test(text[end]))
        end++;
    return { span: { start, end }, prefix: text.slice(start, offset) };
}
/** True when an item labelled `label` fits what is typed: the part up to the last dot must match. */
function fitsPrefix(token, label) {
    const dot = token.prefix.lastIndexOf('.');
    return dot < 0 || label.startsWith(token.prefix.slice(0, dot + 1));
}
function tokenItem(ctx, token, o) {
    const item = {
        label: o.label,
        kind: o.kind,
        textEdit: vscode_languageserver_types_1.TextEdit.replace((0, items_1.toRange)(ctx, token.span), o.text ?? o.label),
    };
    if (o.sortText !== undefined)
        item.sortText = o.sortText;
    if (o.snippet)
        item.insertTextFormat = vscode_languageserver_types_1.InsertTextFormat.Snippet;
    return (0, items_1.withDocs)(item, o.detail, o.doc);
}
/** Snippet call text from a signature: `States.Format(template: string, ...values)` → `States.Format(${1:template}, ${2:values})`. */
function callSnippet(name, signature) {
    const open = signature.indexOf('(');
    const close = signature.lastIndexOf(')');
    if (open < 0 || close < open)
        return `${name}($1)`;
    const params = signature
        .slice(open + 1, close)
        .split(',')
        .map((p) => p.trim().replace(/^\.\.\./, '').split(/[:=?]/)[0].trim().replace(/[[\]]/g, ''))
        .filter((p) => p !== '');
    const optional = signature.slice(open + 1, close).split(',').map((p) => /\?|\[|=/.test(p));
    const required = params.filter((_p, i) => !optional[i]);
    const body = required.map((p, i) => `\${${i + 1}:${p.replace(/[$}\\]/g, '')}}`).join(', ');
    return `${name.replace(/\$/g, '\\$')}(${body})`;
}
//# sourceMappingURL=tokens.js.map