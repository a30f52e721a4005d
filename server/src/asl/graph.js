"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.findState = findState;
exports.successors = successors;
exports.reachableStates = reachableStates;
exports.referencesTo = referencesTo;
exports.isTerminal = isTerminal;
exports.canReachTerminal = canReachTerminal;
/** The state named `name` in `machine` (first one when duplicated). */
function findState(machine, name) {
    return machine?.stateByName.get(name);
}
/** The states a state may transition to, in transition order, without duplicates; same machine only. */
function successors(state) {
    const out = [];
    const seen = state.transitions.length > 8 ? new Set() : undefined;
    for (const t of state.transitions) {
        const target = state.machine.stateByName.get(t.target);
        if (target === undefined || (seen !== undefined ? seen.has(target) : out.includes(target)))
            continue;
        seen?.add(target);
        out.push(target);
    }
    return out;
}
/** States reachable from the machine's StartAt (empty when StartAt is missing or unknown). */
function reachableStates(machine) {
    const seen = new Set();
    const start = machine.startAt === undefined ? undefined : machine.stateByName.get(machine.startAt.target);
    if (start === undefined)
        return seen;
    const queue = [start];
    seen.add(start);
    for (let i = 0; i < queue.length; i++) {
        for (const next of successors(queue[i])) {
            if (!seen.has(next)) {
                seen.add(next);
                queue.push(next);
            }
        }
    }
    return seen;
}
/** Every transition (StartAt included) that names `state`, in its machine. */
function referencesTo(_doc, state) {
    const machine = state.machine;
    const out = [];
    if (machine.startAt !== undefined && machine.startAt.target === state.name)
        out.push(machine.startAt);
    for (const s of machine.states) {
        for (const t of s.transitions)
            if (t.target === state.name)
                out.push(t);
    }
    return out;
}
/** True for states that end the machine: `End: true`, Succeed, Fail. */
function isTerminal(state) {
    return state.isEnd || state.type === 'Succeed' || state.type === 'Fail';
}
/** States from which a terminal state (End/Succeed/Fail) is reachable, terminal states included. */
function canReachTerminal(machine) {
    const predecessors = new Map();
    for (const s of machine.states) {
        for (const next of successors(s)) {
            const list = predecessors.get(next);
            if (list === undefined)
                predecessors.set(next, [s]);
            else
                list.push(s);
        }
    }
    const ok = new Set();
    const queue = [];
    for (const s of machine.states) {
        if (isTerminal(s) && !ok.has(s)) {
            ok.add(s);
            queue.push(s);
        }
    }
    for (let i = 0; i < queue.length; i++) {
        for (const p of predecessors.get(queue[i]) ?? []) {
            if (!ok.has(p)) {
                ok.add(p);
                queue.push(p);
            }
        }
    }
    return ok;
}
//# sourceMappingURL=graph.js.map