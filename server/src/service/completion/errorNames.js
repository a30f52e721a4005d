"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.errorNameItems = errorNameItems;
/*
 * Error names in ErrorEquals: predefined `States.*` errors, the errors raised by Fail states of
 * this document (their `Error` values), and common Lambda errors. Names already listed are skipped.
 */
const vscode_languageserver_types_1 = require("vscode-languageserver-types");
const spec_1 = require("../../asl/spec");
const nodes_1 = require("../../asl/nodes");
const cursor_1 = require("./cursor");
const items_1 = require("./items");
function listed(ctx) {
    const out = new Set();
    const parent = ctx.cursor.node?.parent;
    const list = (0, cursor_1.isArrayParent)(parent) ? parent : ctx.cursor.property?.value;
    if (list !== undefined && list.kind === 'array') {
        for (const item of list.items)
            if (item !== ctx.cursor.node && item.kind === 'string')
                out.add(item.value);
    }
    return out;
}
/** `Error` values of the document's Fail states, with the names of the states raising them. */
function failErrors(ctx) {
    const out = new Map();
    for (const s of ctx.asl.allStates) {
        if (s.type !== 'Fail')
            continue;
        const error = (0, nodes_1.stringValue)((0, nodes_1.getPropertyValue)(s.node, 'Error'));
        if (error === undefined || error === '' || error.startsWith('{%'))
            continue;
        (out.get(error) ?? out.set(error, []).get(error)).push(s.name);
    }
    return out;
}
function errorNameItems(ctx) {
    const skip = listed(ctx);
    const items = [];
    const add = (name, detail, doc, group) => {
        if (skip.has(name))
            return;
        skip.add(name);
        items.push((0, items_1.valueItem)(ctx, { label: name, kind: vscode_languageserver_types_1.CompletionItemKind.Constant, value: name, detail, doc, sortText: `${group}${name}` }));
    };
    for (const [name, states] of failErrors(ctx))
        add(name, 'Raised by a Fail state', `Raised by: ${states.join(', ')}`, '0');
    for (const e of spec_1.PREDEFINED_ERRORS)
        add(e.name, 'Predefined error', e.doc, '1');
    for (const e of spec_1.LAMBDA_ERRORS)
        add(e.name, 'Lambda error', e.doc, '2');
    return items;
}
//# sourceMappingURL=errorNames.js.map