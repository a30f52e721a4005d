"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.touches = touches;
exports.stateSymbolAt = stateSymbolAt;
exports.machineTransitions = machineTransitions;
exports.findStateIn = findStateIn;
exports.occurrences = occurrences;
exports.machineOfTransition = machineOfTransition;
/** True when offset is inside span, both ends included (a cursor right after a name is on it). */
function touches(span, offset) {
    return span.start <= offset && offset <= span.end;
}
/** The state declaration or state reference at `offset`, if any. */
function stateSymbolAt(asl, offset) {
    for (const state of asl.allStates) {
        if (touches(state.nameSpan, offset))
            return { kind: 'declaration', name: state.name, machine: state.machine, state };
    }
    for (const machine of asl.allMachines) {
        for (const transition of machineTransitions(machine)) {
            if (touches(transition.span, offset))
                return { kind: 'reference', name: transition.target, machine, transition };
        }
    }
    return undefined;
}
/** StartAt plus every outgoing edge of the machine's own states (not of nested machines). */
function machineTransitions(machine) {
    const out = [];
    if (machine.startAt !== undefined)
        out.push(machine.startAt);
    for (const state of machine.states)
        for (const t of state.transitions)
            out.push(t);
    return out;
}
/** The first state of the machine named `name`. */
function findStateIn(machine, name) {
    return machine.states.find((s) => s.name === name);
}
/** The declaration and the references of the state named `name` in `machine`. */
function occurrences(machine, name) {
    return {
        declaration: findStateIn(machine, name),
        references: machineTransitions(machine).filter((t) => t.target === name),
    };
}
/** The machine a transition belongs to (the one whose StartAt it is, or its source state's). */
function machineOfTransition(asl, transition) {
    if (transition.from !== undefined)
        return transition.from.machine;
    return asl.allMachines.find((m) => m.startAt === transition);
}
//# sourceMappingURL=symbolAt.js.map