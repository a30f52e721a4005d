"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.stateSnippetItems = stateSnippetItems;
/*
 * New-state snippets at a key position in `States`: one per state type with its required fields,
 * in the machine's query language. JSON uses the spec's snippets; YAML renders their defaults.
 */
const vscode_languageserver_types_1 = require("vscode-languageserver-types");
const spec_1 = require("../../asl/spec");
const snippetText_1 = require("../../asl/spec/snippetText");
const items_1 = require("./items");
const yamlText_1 = require("./yamlText");
/** Shifts tab stops by one so that `$1` can be the state name. */
function shiftTabStops(body) {
    return body.replace(/(?<!\\)\$(\{?)(\d+)/g, (_m, brace, n) => `$${brace}${Number(n) + 1}`);
}
function freshName(machine, type) {
    const taken = machine?.stateByName;
    let name = type === 'Pass' || type === 'Wait' ? `${type}State` : `New${type}`;
    for (let i = 2; taken !== undefined && taken.has(name); i++)
        name = `${type === 'Pass' || type === 'Wait' ? `${type}State` : `New${type}`}${i}`;
    return name;
}
function jsonText(ctx, type, name) {
    const body = shiftTabStops(spec_1.STATE_TYPES[type].snippet[ctx.scope.language]);
    return `"\${1:${(0, items_1.escapeSnippet)(name)}}": ${body}${ctx.cursor.needsComma ? ',' : ''}`;
}
function yamlText(ctx, type, name) {
    let value;
    try {
        value = JSON.parse((0, snippetText_1.expandSnippet)(spec_1.STATE_TYPES[type].snippet[ctx.scope.language]).text);
    }
    catch {
        return undefined;
    }
    const indent = `${ctx.cursor.indent}  `;
    return `\${1:${(0, items_1.escapeSnippet)((0, items_1.yamlString)(name))}}:\n${indent}${(0, items_1.escapeSnippet)((0, yamlText_1.toYaml)(value, indent))}`;
}
function stateSnippetItems(ctx) {
    if (ctx.cursor.hasColon)
        return [];
    const items = [];
    for (const type of Object.keys(spec_1.STATE_TYPES)) {
        const name = freshName(ctx.scope.machine, type);
        const text = ctx.asl.format === 'yaml' ? yamlText(ctx, type, name) : jsonText(ctx, type, name);
        if (text === undefined)
            continue;
        const item = {
            label: `${type} state`,
            kind: vscode_languageserver_types_1.CompletionItemKind.Snippet,
            insertTextFormat: vscode_languageserver_types_1.InsertTextFormat.Snippet,
            textEdit: vscode_languageserver_types_1.TextEdit.replace((0, items_1.toRange)(ctx, ctx.cursor.replace), text),
            filterText: ctx.asl.format === 'json' && ctx.asl.text[ctx.cursor.replace.start] === '"' ? `"${type}` : type,
        };
        if (ctx.asl.format === 'yaml')
            item.insertTextMode = vscode_languageserver_types_1.InsertTextMode.asIs;
        (0, items_1.addLeadingComma)(ctx, item);
        items.push((0, items_1.withDocs)(item, `New ${type} state (${ctx.scope.language})`, spec_1.STATE_TYPES[type].doc));
    }
    return items;
}
//# sourceMappingURL=stateSnippets.js.map