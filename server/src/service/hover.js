"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.doHover = doHover;
exports.hoverOrThrow = hoverOrThrow;
const vscode_languageserver_types_1 = require("vscode-languageserver-types");
const nodes_1 = require("../asl/nodes");
const cursor_1 = require("./completion/cursor");
const scope_1 = require("./completion/scope");
const expressions_1 = require("./hover/expressions");
const fields_1 = require("./hover/fields");
const stateSummary_1 = require("./hover/stateSummary");
const target_1 = require("./hover/target");
function doHover(textDocument, asl, position) {
    try {
        return hoverOrThrow(textDocument, asl, position);
    }
    catch {
        return null;
    }
}
/** doHover without the safety net, for tests that must see internal errors. */
function hoverOrThrow(textDocument, asl, position) {
    const offset = textDocument.offsetAt(position);
    const target = (0, target_1.targetAt)(asl, offset);
    if (target === undefined)
        return null;
    const found = target.kind === 'key' ? keyHover(asl, target.property) : valueHover(asl, target.node, offset);
    if (found === undefined)
        return null;
    const range = { start: textDocument.positionAt(found.span.start), end: textDocument.positionAt(found.span.end) };
    return { contents: { kind: vscode_languageserver_types_1.MarkupKind.Markdown, value: found.markdown }, range };
}
function keyHover(asl, prop) {
    const scope = (0, scope_1.resolveScope)(asl, (0, cursor_1.pathOf)(prop.parent));
    if (scope.state === undefined && scope.rel.length === 1 && scope.rel[0] === 'States') {
        const state = scope.machine?.states.find((s) => s.property === prop);
        return state === undefined ? undefined : { markdown: (0, stateSummary_1.stateSummary)(state), span: prop.keySpan };
    }
    const table = (0, scope_1.objectAt)(scope);
    if (table === undefined || !Object.prototype.hasOwnProperty.call(table.fields, prop.key))
        return dynamicKeyHover(prop, scope);
    return { markdown: (0, fields_1.fieldDoc)(table.fields[prop.key], scope.language), span: prop.keySpan };
}
function valueHover(asl, node, offset) {
    const scope = (0, scope_1.resolveScope)(asl, (0, cursor_1.pathOf)(node));
    if (node.kind === 'string') {
        const expr = (0, expressions_1.expressionHover)(asl, scope, node, offset);
        if (expr !== undefined)
            return expr;
    }
    const found = (0, scope_1.fieldAt)(scope);
    if (found === undefined)
        return undefined;
    const { field, item } = found;
    if (field.kinds.includes('stateName') && !item && typeof node.value === 'string') {
        return { markdown: referenceDoc(scope, node.value), span: node.span };
    }
    const doc = (0, fields_1.valueDoc)(field, node.value, item) ?? (field.name === 'ErrorEquals' && item ? failErrorDoc(asl, node) : undefined);
    if (doc !== undefined)
        return { markdown: doc, span: node.span };
    return (0, cursor_1.owningProperty)(node) !== undefined ? { markdown: (0, fields_1.fieldDoc)(field, scope.language), span: node.span } : undefined;
}
/** A `name.$` key of a JSONPath payload template or Assign. */
function dynamicKeyHover(prop, scope) {
    if (!prop.key.endsWith('.$') || scope.language !== 'JSONPath')
        return undefined;
    const name = prop.key.slice(0, -2);
    const markdown = `**\`${prop.key}\`**: the value is a path (\`$.x\`, \`$$.x\`, \`$var\`) or an intrinsic function call, ` +
        `evaluated at run time; the result is stored under \`${name}\`.`;
    return { markdown, span: prop.keySpan };
}
function referenceDoc(scope, name) {
    const target = scope.machine?.stateByName.get(name);
    if (target !== undefined)
        return (0, stateSummary_1.stateSummary)(target);
    return `No state named \`${name}\` in this ${scope.machine?.owner === undefined ? 'state machine' : 'branch or processor'}.`;
}
/** An ErrorEquals item naming an error raised by Fail states of the document. */
function failErrorDoc(asl, node) {
    const name = typeof node.value === 'string' ? node.value : undefined;
    if (name === undefined)
        return undefined;
    const states = asl.allStates.filter((s) => s.type === 'Fail' && (0, nodes_1.stringValue)((0, nodes_1.getPropertyValue)(s.node, 'Error')) === name);
    if (states.length === 0)
        return (0, fields_1.errorDoc)(name);
    return `**\`${name}\`**\n\nRaised by Fail state${states.length === 1 ? '' : 's'} ${states.map((s) => `\`${s.name}\``).join(', ')}.`;
}
//# sourceMappingURL=hover.js.map