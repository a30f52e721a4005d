"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TRIGGER_SUGGEST = void 0;
exports.toRange = toRange;
exports.escapeSnippet = escapeSnippet;
exports.yamlString = yamlString;
exports.valueItem = valueItem;
exports.valuePrefix = valuePrefix;
exports.valueText = valueText;
exports.withDocs = withDocs;
exports.snippetItem = snippetItem;
exports.addLeadingComma = addLeadingComma;
exports.keyItem = keyItem;
const vscode_languageserver_types_1 = require("vscode-languageserver-types");
const spec_1 = require("../../asl/spec");
const cursor_1 = require("./cursor");
exports.TRIGGER_SUGGEST = { title: 'Suggest', command: 'editor.action.triggerSuggest' };
function toRange(ctx, span) {
    if (span === ctx.cursor.replace)
        return ctx.replaceRange;
    return { start: ctx.document.positionAt(span.start), end: ctx.document.positionAt(span.end) };
}
/** Escapes text for use inside a snippet (`$`, `}` and `\`). */
function escapeSnippet(s) {
    return s.replace(/[$}\\]/g, (c) => `\\${c}`);
}
const YAML_PLAIN = /^[A-Za-z_$][\w.\-/$ ]*[\w.\-/$]$|^[A-Za-z_]$/;
const YAML_RESERVED = /^(true|false|null|yes|no|on|off|y|n|~)$/i;
/** A string as a YAML scalar: plain when safe, else double-quoted. */
function yamlString(s) {
    return YAML_PLAIN.test(s) && !YAML_RESERVED.test(s) && !s.includes(': ') && !s.includes(' #') ? s : JSON.stringify(s);
}
/** An item replacing the value under the cursor with `value`. */
function valueItem(ctx, o) {
    const { cursor } = ctx;
    let span = cursor.replace;
    let text;
    if (o.literal && cursor.quoted && cursor.node !== undefined) {
        span = (0, cursor_1.onCursorLine)(ctx.asl.text, cursor.node.span, cursor.offset);
        text = o.value;
    }
    else {
        text = o.literal ? o.value : valueText(ctx, o.value);
    }
    text = valuePrefix(ctx, span) + text;
    const item = { label: o.label, kind: o.kind, textEdit: vscode_languageserver_types_1.TextEdit.replace(toRange(ctx, span), text) };
    if (o.sortText !== undefined)
        item.sortText = o.sortText;
    if (o.filterText !== undefined)
        item.filterText = o.filterText;
    return withDocs(item, o.detail, o.doc);
}
/** A space between a colon and a bare value typed right after it (`"Next":|`, `Next:|`). */
function valuePrefix(ctx, span) {
    return !ctx.cursor.quoted && ctx.asl.text[span.start - 1] === ':' ? ' ' : '';
}
/** A string value written at the cursor: raw inside quotes, else quoted for the format. */
function valueText(ctx, value) {
    if (ctx.cursor.quoted)
        return quotedContent(ctx, value);
    return ctx.asl.format === 'yaml' ? yamlString(value) : JSON.stringify(value);
}
/** Text inside existing quotes: JSON/double-quoted YAML escapes, single-quoted YAML doubles quotes. */
function quotedContent(ctx, value) {
    const quote = ctx.asl.text[ctx.cursor.replace.start - 1];
    if (ctx.asl.format === 'yaml' && quote === "'")
        return value.replace(/'/g, "''");
    return NEEDS_ESCAPE.test(value) ? JSON.stringify(value).slice(1, -1) : value;
}
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /["\\\u0000-\u001f\u2028\u2029]/;
function withDocs(item, detail, doc) {
    if (detail !== undefined)
        item.detail = detail;
    if (doc !== undefined && doc !== '')
        item.documentation = { kind: vscode_languageserver_types_1.MarkupKind.Markdown, value: doc };
    return item;
}
/** An item replacing the current token with a snippet (`text` is snippet syntax). */
function snippetItem(ctx, label, kind, text, span = ctx.cursor.replace) {
    return {
        label,
        kind,
        insertTextFormat: vscode_languageserver_types_1.InsertTextFormat.Snippet,
        textEdit: vscode_languageserver_types_1.TextEdit.replace(toRange(ctx, span), text),
    };
}
/** Inserts the comma missing after the previous property (JSON), as an additional edit. */
function addLeadingComma(ctx, item) {
    const at = ctx.cursor.leadingCommaAt;
    if (at === undefined || ctx.asl.format !== 'json')
        return;
    const p = ctx.document.positionAt(at);
    item.additionalTextEdits = [...(item.additionalTextEdits ?? []), vscode_languageserver_types_1.TextEdit.insert(p, ',')];
}
/** A key item: `"Name": <placeholder>` (JSON) or `Name: <placeholder>` (YAML). */
function keyItem(ctx, name, field) {
    const { cursor } = ctx;
    const yaml = ctx.asl.format === 'yaml';
    const key = yaml ? yamlString(name) : JSON.stringify(name);
    let text;
    if (cursor.hasColon)
        text = escapeSnippet(key);
    else if (yaml)
        text = `${escapeSnippet(key)}:${yamlValueSnippet(ctx, name, field)}`;
    else
        text = `${escapeSnippet(key)}: ${jsonValueSnippet(ctx, name, field)}${cursor.needsComma ? ',' : ''}`;
    const item = snippetItem(ctx, name, vscode_languageserver_types_1.CompletionItemKind.Property, text);
    addLeadingComma(ctx, item);
    if (yaml && text.includes('\n'))
        item.insertTextMode = vscode_languageserver_types_1.InsertTextMode.asIs;
    if (!yaml && ctx.asl.text[cursor.replace.start] === '"')
        item.filterText = key;
    if (field?.kinds.includes('stateName') && !cursor.hasColon)
        item.command = exports.TRIGGER_SUGGEST;
    if (name === 'Resource' && !cursor.hasColon)
        item.command = exports.TRIGGER_SUGGEST;
    return withDocs(item, field?.deprecated ? `(deprecated) ${field.deprecated}` : undefined, field?.doc);
}
function placeholderFor(ctx, name, field) {
    if (field === undefined)
        return 'any';
    if (name === 'End')
        return 'true';
    if (field.enum !== undefined && field.enum.length > 0)
        return 'enum';
    const kinds = (0, spec_1.fieldKinds)(field, ctx.scope.language);
    const k = kinds[0] ?? field.kinds[0];
    if (ctx.scope.language === 'JSONata' && (k === 'any' || k === 'jsonata'))
        return 'jsonata';
    switch (k) {
        case 'integer':
        case 'number':
            return 'number';
        case 'boolean':
            return 'boolean';
        case 'object':
        case 'payloadTemplate':
            return 'object';
        case 'array':
            return 'array';
        case 'path':
        case 'referencePath':
            return 'path';
        case 'any':
            return 'any';
        default:
            return 'string';
    }
}
function enumChoice(field) {
    return `\${1|${(field?.enum ?? []).map((v) => v.replace(/[,|\\$}]/g, (c) => `\\${c}`)).join(',')}|}`;
}
function jsonValueSnippet(ctx, name, field) {
    switch (placeholderFor(ctx, name, field)) {
        case 'true':
            return 'true';
        case 'enum':
            return `"${enumChoice(field)}"`;
        case 'number':
            return '${1:0}';
        case 'boolean':
            return '${1|true,false|}';
        case 'object':
            return '{$1}';
        case 'array':
            return name === 'ErrorEquals' ? '["$1"]' : '[$1]';
        case 'jsonata':
            return '"{% $1 %\\}"';
        case 'path':
            return '"\\$$1"';
        case 'any':
            return '$1';
        default:
            return '"$1"';
    }
}
function yamlValueSnippet(ctx, name, field) {
    const inner = `\n${ctx.cursor.indent}  `;
    switch (placeholderFor(ctx, name, field)) {
        case 'true':
            return ' true';
        case 'enum':
            return ` ${enumChoice(field)}`;
        case 'number':
            return ' ${1:0}';
        case 'boolean':
            return ' ${1|true,false|}';
        case 'object':
            return `${inner}$1`;
        case 'array':
            return `${inner}- $1`;
        case 'jsonata':
            return " '{% $1 %\\}'";
        case 'path':
            return ' \\$$1';
        default:
            return ' $1';
    }
}
//# sourceMappingURL=items.js.map