"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.reachableStates = reachableStates;
exports.isTerminal = isTerminal;
exports.statesThatCanFinish = statesThatCanFinish;
/** States reachable from StartAt over Next/Default/Choices/Catch edges; undefined when StartAt is unresolved. */
function reachableStates(machine) {
    const start = machine.startAt?.resolved;
    if (!start)
        return undefined;
    const seen = new Set([start]);
    const stack = [start];
    while (stack.length > 0) {
        const state = stack.pop();
        for (const t of state.transitions) {
            const next = t.resolved;
            if (next && !seen.has(next)) {
                seen.add(next);
                stack.push(next);
            }
        }
    }
    return seen;
}
/** True for a state that ends its machine (End: true, Succeed, Fail). */
function isTerminal(state) {
    return state.isEnd || state.type === 'Succeed' || state.type === 'Fail';
}
/**
 * States from which a terminal state can be reached. States whose outcome is unknown (no or bad
 * Type, a broken or missing transition) count as able to finish, so one mistake is reported once.
 */
function statesThatCanFinish(machine) {
    const incoming = new Map();
    const done = new Set();
    const stack = [];
    for (const state of machine.states) {
        if (isTerminal(state) || isUnknownOutcome(state)) {
            done.add(state);
            stack.push(state);
        }
        for (const t of state.transitions) {
            const next = t.resolved;
            if (!next)
                continue;
            const list = incoming.get(next);
            if (list)
                list.push(state);
            else
                incoming.set(next, [state]);
        }
    }
    while (stack.length > 0) {
        const state = stack.pop();
        const prevs = incoming.get(state);
        if (prevs === undefined)
            continue;
        for (const prev of prevs) {
            if (!done.has(prev)) {
                done.add(prev);
                stack.push(prev);
            }
        }
    }
    return done;
}
const KNOWN_TYPES = new Set(['Pass', 'Task', 'Choice', 'Wait', 'Succeed', 'Fail', 'Parallel', 'Map']);
function isUnknownOutcome(state) {
    if (state.node === undefined || state.type === undefined || !KNOWN_TYPES.has(state.type))
        return true;
    if (state.transitions.some((t) => !t.resolved))
        return true;
    // A state with no way out is already reported (missing-transition, choice-rule, missing-field).
    if (state.transitions.length === 0)
        return true;
    return state.type !== 'Choice' && !state.transitions.some((t) => t.kind === 'Next');
}
//# sourceMappingURL=reachability.js.map