"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.stateGraph = stateGraph;
const symbolAt_1 = require("./symbolAt");
const ranges_1 = require("./ranges");
function stateGraph(textDocument, asl) {
    const nodes = [];
    const edges = [];
    for (const machine of asl.allMachines) {
        for (const state of machine.states)
            nodes.push(graphNode(textDocument, state));
        for (const t of (0, symbolAt_1.machineTransitions)(machine)) {
            const to = (0, symbolAt_1.findStateIn)(machine, t.target);
            edges.push({
                ...(t.from !== undefined ? { from: nodeId(t.from) } : {}),
                ...(to !== undefined ? { to: nodeId(to) } : {}),
                target: t.target,
                machine: machine.id,
                kind: t.kind,
                range: (0, ranges_1.toRange)(textDocument, t.span),
            });
        }
    }
    return { nodes, edges };
}
function graphNode(textDocument, state) {
    const owner = state.machine.owner;
    return {
        id: nodeId(state),
        name: state.name,
        ...(state.type !== undefined ? { type: state.type } : {}),
        machine: state.machine.id,
        ...(owner !== undefined ? { parent: nodeId(owner.state) } : {}),
        isEnd: state.isEnd,
        range: (0, ranges_1.toRange)(textDocument, state.nameSpan),
    };
}
function nodeId(state) {
    return machineId(state.machine) + '/' + state.name;
}
function machineId(machine) {
    return machine.id;
}
//# sourceMappingURL=stateGraph.js.map