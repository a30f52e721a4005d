"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.targetAt = targetAt;
function within(span, offset) {
    return span.start <= offset && offset <= span.end;
}
function targetAt(asl, offset) {
    let node = asl.root;
    for (let guard = 0; node !== undefined && guard < 10000; guard++) {
        if (node.kind === 'object') {
            let next;
            for (const p of node.properties) {
                if (within(p.keySpan, offset))
                    return { kind: 'key', property: p };
                if (p.value !== undefined && within(p.value.span, offset))
                    next = p.value;
            }
            node = next;
        }
        else if (node.kind === 'array') {
            node = node.items.find((i) => within(i.span, offset));
        }
        else {
            return within(node.span, offset) ? { kind: 'value', node } : undefined;
        }
    }
    return undefined;
}
//# sourceMappingURL=target.js.map