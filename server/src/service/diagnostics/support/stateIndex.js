"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.buildStateIndex = buildStateIndex;
exports.forEachTransition = forEachTransition;
function buildStateIndex(doc) {
    const firstByName = new Map();
    const repeated = [];
    const all = doc.allStates;
    for (let i = 0; i < all.length; i++) {
        const state = all[i];
        if (firstByName.has(state.name))
            repeated.push(state);
        else
            firstByName.set(state.name, state);
    }
    return { firstByName, repeated };
}
/** Calls `visit` for the machine's StartAt and every transition of its states, in document order. */
function forEachTransition(machine, visit) {
    if (machine.startAt)
        visit(machine.startAt);
    const states = machine.states;
    for (let i = 0; i < states.length; i++) {
        const transitions = states[i].transitions;
        for (let j = 0; j < transitions.length; j++)
            visit(transitions[j]);
    }
}
//# sourceMappingURL=stateIndex.js.map