"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.collectReads = collectReads;
exports.assignedNames = assignedNames;
exports.variableName = variableName;
exports.assignedOnEdge = assignedOnEdge;
/*
 * Workflow variables: where each state reads `$name` (JSONata expressions, JSONPath `$var` paths,
 * intrinsic arguments) and what each transition assigns (the state's Assign, a Choice rule's Assign,
 * a catcher's Assign). Names only; the flow analysis lives in the undefined-variable rule.
 */
const nodes_1 = require("../../../asl/nodes");
const expr_1 = require("../../../asl/expr");
const spec_1 = require("../../../asl/spec");
const strings_1 = require("./strings");
/** Variable reads per state. */
function collectReads(ctx) {
    const reads = new Map();
    const add = (state, read) => {
        if (!state)
            return;
        const list = reads.get(state);
        if (list)
            list.push(read);
        else
            reads.set(state, [read]);
    };
    for (const site of ctx.expressions.jsonata) {
        for (const ref of ctx.jsonata(site.expression).refs?.variables ?? []) {
            if (ref.name === 'states' || (0, spec_1.jsonataFunctionSpec)(ref.name))
                continue;
            add(site.state, { name: ref.name, span: (0, strings_1.textSpan)(ctx.text, site.node, 2 + ref.start, 2 + ref.end) });
        }
    }
    for (const site of ctx.pathStrings) {
        const text = site.node.value;
        const names = [];
        if ((0, expr_1.isIntrinsicCall)(text)) {
            const call = ctx.intrinsic(text).ast;
            if (call)
                collectIntrinsicVariables(call, names, 0);
        }
        else {
            const ast = ctx.jsonPath(text).ast;
            const name = ast && variableOf(ast);
            if (name !== undefined)
                names.push({ name, start: text.indexOf('$'), end: text.indexOf('$') + 1 + name.length });
        }
        for (const n of names)
            add(site.state, { name: n.name, span: (0, strings_1.textSpan)(ctx.text, site.node, n.start, n.end) });
    }
    return reads;
}
function variableOf(ast) {
    return ast.root.kind === 'variable' ? ast.root.name : undefined;
}
function collectIntrinsicVariables(arg, out, depth) {
    if (depth > 16)
        return;
    if (arg.kind === 'call')
        for (const a of arg.args)
            collectIntrinsicVariables(a, out, depth + 1);
    else if (arg.kind === 'path') {
        const name = variableOf(arg.ast);
        if (name !== undefined)
            out.push({ name, start: arg.start, end: arg.start + 1 + name.length });
    }
}
/** Names an Assign object sets (`name` or `name.$`). */
function assignedNames(assign) {
    return assign?.kind === 'object' ? [...assign.properties] : [];
}
function variableName(key) {
    return key.endsWith('.$') ? key.slice(0, -2) : key;
}
/** Names set when `state` is left through `t` (state Assign plus the rule's or catcher's own). */
function assignedOnEdge(state, t) {
    const names = [];
    const push = (node) => {
        for (const p of assignedNames(node))
            names.push(variableName(p.key));
    };
    if (t.kind === 'Catch') {
        const catcher = t.index !== undefined ? itemAt((0, nodes_1.getPropertyValue)(state.node, 'Catch'), t.index) : undefined;
        push((0, nodes_1.getPropertyValue)(catcher, 'Assign'));
        return names;
    }
    push((0, nodes_1.getPropertyValue)(state.node, 'Assign'));
    if (t.kind === 'Choice' && t.index !== undefined)
        push((0, nodes_1.getPropertyValue)(itemAt((0, nodes_1.getPropertyValue)(state.node, 'Choices'), t.index), 'Assign'));
    return names;
}
function itemAt(node, index) {
    return node?.kind === 'array' ? node.items[index] : undefined;
}
//# sourceMappingURL=variables.js.map