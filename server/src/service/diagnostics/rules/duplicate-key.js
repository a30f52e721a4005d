"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.duplicateKeyRule = void 0;
const messages_1 = require("../messages");
exports.duplicateKeyRule = {
    scope: 'document',
    codes: ['duplicate-key'],
    check(ctx) {
        const statesNodes = new Set(ctx.doc.allMachines.map((m) => m.statesNode));
        visit(ctx, ctx.doc.root, statesNodes, 0);
    },
};
/** Deeper nesting (hostile documents) is not checked. */
const MAX_DEPTH = 512;
function visit(ctx, node, skip, depth) {
    if (node === undefined || depth > MAX_DEPTH)
        return;
    if (node.kind === 'array')
        for (const item of node.items)
            visit(ctx, item, skip, depth + 1);
    if (node.kind !== 'object')
        return;
    if (!skip.has(node) && node.properties.length > 1)
        reportDuplicates(ctx, node.properties);
    for (const prop of node.properties)
        visit(ctx, prop.value, skip, depth + 1);
}
/** Quadratic scan for small objects (no allocation), a Set for big ones. */
function reportDuplicates(ctx, props) {
    if (props.length <= 12) {
        for (let i = 1; i < props.length; i++) {
            for (let j = 0; j < i; j++) {
                if (props[j].key === props[i].key) {
                    report(ctx, props[i]);
                    break;
                }
            }
        }
        return;
    }
    const seen = new Set();
    for (const prop of props) {
        if (seen.has(prop.key))
            report(ctx, prop);
        seen.add(prop.key);
    }
}
function report(ctx, prop) {
    ctx.report('duplicate-key', prop.keySpan, messages_1.MESSAGES.duplicateKey(prop.key), { data: { key: prop.key } });
}
//# sourceMappingURL=duplicate-key.js.map