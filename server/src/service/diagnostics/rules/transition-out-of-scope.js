"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.transitionOutOfScopeRule = void 0;
const stateIndex_1 = require("../support/stateIndex");
const messages_1 = require("../messages");
exports.transitionOutOfScopeRule = {
    scope: 'document',
    codes: ['transition-out-of-scope'],
    check(ctx) {
        const { firstByName } = ctx.index;
        for (const machine of ctx.doc.allMachines) {
            (0, stateIndex_1.forEachTransition)(machine, (t) => {
                if (t.resolved)
                    return;
                const other = firstByName.get(t.target);
                if (!other)
                    return;
                ctx.report('transition-out-of-scope', t.span, messages_1.MESSAGES.transitionOutOfScope(t.target, describeMachine(other.machine)), {
                    data: { target: t.target, machine: other.machine.id },
                });
            });
        }
    },
};
function describeMachine(machine) {
    const owner = machine.owner;
    if (!owner)
        return 'the top-level machine';
    if (owner.kind === 'Branch')
        return `branch ${(owner.index ?? 0) + 1} of "${owner.state.name}"`;
    return `the ${owner.kind} of "${owner.state.name}"`;
}
//# sourceMappingURL=transition-out-of-scope.js.map