"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.payloadKeyItems = payloadKeyItems;
/*
 * Keys inside a Task's Parameters (JSONPath) or Arguments (JSONata) when its Resource is a known
 * integration: the request fields of that integration's skeleton, with their sample values.
 */
const vscode_languageserver_types_1 = require("vscode-languageserver-types");
const spec_1 = require("../../asl/spec");
const nodes_1 = require("../../asl/nodes");
const items_1 = require("./items");
function skeletonAt(ctx) {
    const { state, rel, language } = ctx.scope;
    if (state === undefined || rel.length !== 1)
        return undefined;
    const field = language === 'JSONata' ? 'Arguments' : 'Parameters';
    if (rel[0] !== field)
        return undefined;
    const arn = (0, nodes_1.stringValue)((0, nodes_1.getPropertyValue)(state.node, 'Resource'));
    const spec = spec_1.RESOURCES.find((r) => r.arn === arn && r.usage === 'task');
    return spec === undefined ? undefined : language === 'JSONata' ? spec.arguments : spec.parameters;
}
function valueSnippet(ctx, value) {
    const yaml = ctx.asl.format === 'yaml';
    if (typeof value === 'string') {
        const written = yaml ? (0, items_1.yamlString)(value) : JSON.stringify(value);
        const quoted = written.startsWith('"');
        const inner = (0, items_1.escapeSnippet)(quoted ? written.slice(1, -1) : written);
        return quoted ? `"\${1:${inner}}"` : `\${1:${inner}}`;
    }
    return (0, items_1.escapeSnippet)(JSON.stringify(value));
}
function payloadKeyItems(ctx) {
    const skeleton = skeletonAt(ctx);
    if (skeleton === undefined)
        return [];
    const present = new Set((ctx.cursor.object?.properties ?? []).filter((p) => p !== ctx.cursor.property).map((p) => p.key));
    const yaml = ctx.asl.format === 'yaml';
    const items = [];
    for (const [key, value] of Object.entries(skeleton)) {
        if (present.has(key))
            continue;
        const name = yaml ? (0, items_1.yamlString)(key) : JSON.stringify(key);
        let text = (0, items_1.escapeSnippet)(name);
        if (!ctx.cursor.hasColon)
            text += `: ${valueSnippet(ctx, value)}${!yaml && ctx.cursor.needsComma ? ',' : ''}`;
        const item = (0, items_1.snippetItem)(ctx, key, vscode_languageserver_types_1.CompletionItemKind.Property, text);
        items.push((0, items_1.withDocs)(item, 'Request field', `Sample: \`${JSON.stringify(value)}\``));
    }
    return items;
}
//# sourceMappingURL=payloadKeys.js.map