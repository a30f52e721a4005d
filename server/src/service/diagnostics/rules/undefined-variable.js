"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.undefinedVariableRule = void 0;
/*
 * undefined-variable (warning): a `$name` read in a state that no Assign on any path from StartAt
 * can have set before that state is entered (a state's own Assign is not visible to itself).
 * Parallel branches and inline Map iterations see the variables visible at their owner's entry;
 * Distributed Map children see none. A forward may-analysis per machine over bit masks of the
 * names that are read (31 names per pass), linear in edges.
 */
const nodes_1 = require("../../../asl/nodes");
const messages_1 = require("../messages");
const variables_1 = require("../support/variables");
const BITS = 31;
exports.undefinedVariableRule = {
    scope: 'document',
    codes: ['undefined-variable'],
    check(ctx) {
        const reads = (0, variables_1.collectReads)(ctx);
        if (reads.size === 0 || !ctx.doc.machine)
            return;
        const names = new Set();
        for (const list of reads.values())
            for (const r of list)
                names.add(r.name);
        const all = [...names];
        for (let i = 0; i < all.length; i += BITS) {
            const bit = new Map(all.slice(i, i + BITS).map((n, j) => [n, 1 << j]));
            analyse({ ctx, reads, bit, edgeMasks: new Map() }, ctx.doc.machine, 0, 0);
        }
    },
};
/** `visible`: names this machine may read on entry; `outer`: names hidden by a distributed boundary. */
function analyse(pass, machine, visible, outer) {
    const entry = flow(pass, machine, visible);
    for (const state of machine.states) {
        const atEntry = entry.get(state);
        if (atEntry === undefined)
            continue; // unreachable: reported elsewhere
        for (const read of pass.reads.get(state) ?? []) {
            const bit = pass.bit.get(read.name);
            if (bit === undefined || (atEntry & bit) !== 0)
                continue;
            const message = (outer & bit) !== 0 ? messages_1.MESSAGES.undefinedVariableDistributed(read.name) : messages_1.MESSAGES.undefinedVariable(read.name);
            pass.ctx.report('undefined-variable', read.span, message, { data: { variable: read.name, state: state.name } });
        }
        for (const child of state.children) {
            if (isDistributed(child))
                analyse(pass, child, 0, outer | atEntry);
            else
                analyse(pass, child, atEntry, outer);
        }
    }
}
/** Mask of names possibly assigned when entering each reachable state. */
function flow(pass, machine, visible) {
    const entry = new Map();
    const start = machine.startAt && machine.startAt.resolved;
    if (!start)
        return entry;
    entry.set(start, visible);
    const work = [start];
    const queued = new Set([start]);
    while (work.length > 0) {
        const state = work.pop();
        queued.delete(state);
        const mask = entry.get(state);
        for (const t of state.transitions) {
            const next = t.resolved;
            if (!next)
                continue;
            const before = entry.get(next);
            const after = (before ?? 0) | mask | edgeMask(pass, state, t);
            if (before === after)
                continue;
            entry.set(next, after);
            if (!queued.has(next)) {
                queued.add(next);
                work.push(next);
            }
        }
    }
    return entry;
}
function edgeMask(pass, state, t) {
    let mask = pass.edgeMasks.get(t);
    if (mask === undefined) {
        mask = 0;
        for (const name of (0, variables_1.assignedOnEdge)(state, t))
            mask |= pass.bit.get(name) ?? 0;
        pass.edgeMasks.set(t, mask);
    }
    return mask;
}
function isDistributed(machine) {
    if (machine.owner?.kind !== 'ItemProcessor')
        return false;
    const mode = (0, nodes_1.getPropertyValue)((0, nodes_1.getPropertyValue)(machine.node, 'ProcessorConfig'), 'Mode');
    return mode?.kind === 'string' && mode.value === 'DISTRIBUTED';
}
//# sourceMappingURL=undefined-variable.js.map