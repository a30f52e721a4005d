"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.jsonataRefs = jsonataRefs;
const cache = new WeakMap();
function jsonataRefs(ast) {
    let refs = cache.get(ast);
    if (!refs)
        cache.set(ast, (refs = collect(ast)));
    return refs;
}
/** Keys whose expressions are evaluated against a context item (predicates, sort terms, ...). */
const CONTEXT_KEYS = new Set(['stages', 'predicate', 'group', 'terms', 'body', 'pattern', 'update', 'delete', 'expr']);
function collect(ast) {
    const bound = new Set();
    const reads = [];
    const functions = [];
    const topLevelNames = [];
    const visit = (value, role, context) => {
        if (Array.isArray(value)) {
            for (const item of value)
                visit(item, role, context);
            return;
        }
        if (value === null || typeof value !== 'object')
            return;
        const node = value;
        if (typeof node.focus === 'string')
            bound.add(node.focus);
        if (typeof node.index === 'string')
            bound.add(node.index);
        if (node.type === 'variable' && typeof node.value === 'string') {
            const ref = toRef(node);
            if (role === 'bind')
                bound.add(ref.name);
            else if (role === 'call')
                functions.push(ref);
            else if (ref.name !== '' && ref.name !== '$')
                reads.push(ref);
        }
        if (node.type === 'path' && Array.isArray(node.steps)) {
            node.steps.forEach((step, i) => {
                const first = step;
                if (i === 0 && !context && first.type === 'name' && typeof first.value === 'string')
                    topLevelNames.push(nameRef(first));
                visit(step, 'read', context || i > 0);
            });
            return;
        }
        for (const key of Object.keys(node)) {
            if (key === 'value' || key === 'position' || key === 'type')
                continue;
            const child = node[key];
            const inner = context || CONTEXT_KEYS.has(key);
            if (node.type === 'bind' && key === 'lhs')
                visit(child, 'bind', inner);
            else if (node.type === 'lambda' && key === 'arguments')
                visit(child, 'bind', inner);
            else if (key === 'procedure')
                visit(child, 'call', inner);
            else
                visit(child, 'read', inner);
        }
    };
    visit(ast, 'read', false);
    return { variables: reads.filter((r) => !bound.has(r.name)), functions, topLevelNames };
}
function nameRef(node) {
    const name = node.value;
    const end = typeof node.position === 'number' ? node.position : 0;
    return { name, start: Math.max(0, end - name.length), end };
}
function toRef(node) {
    const name = node.value;
    const end = typeof node.position === 'number' ? node.position : 0;
    return { name, start: Math.max(0, end - name.length - 1), end };
}
//# sourceMappingURL=jsonataRefs.js.map