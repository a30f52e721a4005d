"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RULES = exports.DIAGNOSTIC_CODES = void 0;
exports.computeDiagnostics = computeDiagnostics;
const context_1 = require("./context");
const rules_1 = require("./rules");
var messages_1 = require("./messages");
Object.defineProperty(exports, "DIAGNOSTIC_CODES", { enumerable: true, get: function () { return messages_1.DIAGNOSTIC_CODES; } });
var rules_2 = require("./rules");
Object.defineProperty(exports, "RULES", { enumerable: true, get: function () { return rules_2.RULES; } });
/** About 1 MB of tree per slice at typical state sizes: small enough to stay cached, big enough to amortize. */
const SLICE_SIZE = 256;
function computeDiagnostics(doc, options = {}) {
    const ctx = new context_1.RuleContext(doc);
    const rules = options.rules ?? rules_1.RULES;
    const stateRules = rules.filter((r) => r.scope === 'states');
    for (const slice of slices(doc, options.sliceSize ?? SLICE_SIZE)) {
        const sliceCtx = ctx.forSlice(slice.states, slice.machines);
        for (const rule of stateRules)
            runRule(rule, sliceCtx, options);
    }
    /* after the slices: document rules that read sites or path strings reuse the slices' ones */
    for (const rule of rules)
        if (rule.scope === 'document')
            runRule(rule, ctx, options);
    return ctx.diagnostics.sort(byPosition);
}
function runRule(rule, ctx, options) {
    const before = ctx.diagnostics.length;
    try {
        rule.check(ctx);
    }
    catch (error) {
        if (options.throwOnRuleError)
            throw error;
        ctx.diagnostics.length = before; // an internal bug in one rule must not hide the others
    }
}
/** Consecutive runs of allStates (depth-first, so nested states follow their owner closely). */
function slices(doc, size) {
    const all = doc.allStates;
    const out = [];
    const step = Math.max(1, Math.floor(size));
    for (let start = 0; start < all.length || start === 0; start += step) {
        const states = all.slice(start, start + step);
        const machines = start === 0 && doc.machine ? [doc.machine] : [];
        for (let i = 0; i < states.length; i++) {
            const children = states[i].children;
            for (let j = 0; j < children.length; j++)
                machines.push(children[j]);
        }
        out.push({ states, machines });
    }
    return out;
}
/** Position, then code and message: the same order however the work was sliced. */
function byPosition(a, b) {
    return a.span.start - b.span.start || a.span.end - b.span.end || compare(a.code, b.code) || compare(a.message, b.message);
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
//# sourceMappingURL=index.js.map