"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.retryCatchRule = void 0;
/*
 * retry-catch: ErrorEquals must be a non-empty array of strings; States.ALL must be alone in its
 * ErrorEquals and only in the last retrier/catcher; names starting with "States." are reserved
 * (warning for unknown ones). Field types, ranges (BackoffRate >= 1, MaxDelaySeconds) and a
 * catcher's required Next come from the spec tables (invalid-type, out-of-range, missing-field).
 */
const nodes_1 = require("../../../asl/nodes");
const spec_1 = require("../../../asl/spec");
const messages_1 = require("../messages");
const KNOWN = new Set(spec_1.PREDEFINED_ERRORS.map((e) => e.name));
exports.retryCatchRule = {
    scope: 'states',
    codes: ['retry-catch'],
    check(ctx) {
        for (const state of [...ctx.statesOfType('Task'), ...ctx.statesOfType('Parallel'), ...ctx.statesOfType('Map')]) {
            checkList(ctx, state, (0, nodes_1.getPropertyValue)(state.node, 'Retry'), 'retrier');
            checkList(ctx, state, (0, nodes_1.getPropertyValue)(state.node, 'Catch'), 'catcher');
        }
    },
};
function checkList(ctx, state, list, what) {
    if (list?.kind !== 'array')
        return;
    list.items.forEach((entry, i) => {
        const errors = (0, nodes_1.getPropertyValue)(entry, 'ErrorEquals');
        if (errors?.kind !== 'array')
            return;
        if (errors.items.length === 0) {
            ctx.report('retry-catch', errors.span, messages_1.MESSAGES.errorEqualsEmpty(), { data: { state: state.name } });
            return;
        }
        for (const item of errors.items) {
            if (item.kind !== 'string') {
                ctx.report('invalid-type', item.span, messages_1.MESSAGES.invalidType('ErrorEquals', 'an array of error name strings'), { data: { field: 'ErrorEquals' } });
                continue;
            }
            const name = item.value;
            if (name === 'States.ALL') {
                if (errors.items.length > 1)
                    ctx.report('retry-catch', item.span, messages_1.MESSAGES.statesAllNotAlone(), { data: { state: state.name } });
                if (i < list.items.length - 1)
                    ctx.report('retry-catch', item.span, messages_1.MESSAGES.statesAllNotLast(what), { data: { state: state.name } });
            }
            else if (name.startsWith('States.') && !KNOWN.has(name)) {
                ctx.report('retry-catch', item.span, messages_1.MESSAGES.unknownStatesError(name), { severity: 'warning', data: { state: state.name, error: name } });
            }
        }
    });
}
//# sourceMappingURL=retry-catch.js.map