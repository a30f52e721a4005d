"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.buildMachines = buildMachines;
/*
 * AslNode tree → state machines: the top-level machine, Parallel branches and Map processors as
 * nested machines, states, transitions and effective query languages. Linear in the tree size.
 * Knows ASL structure only (field names), not JSON/YAML syntax; never throws on any tree.
 */
const nodes_1 = require("./nodes");
const NO_CHILDREN = Object.freeze([]);
const NO_TRANSITIONS = Object.freeze([]);
/** A state of a machine; `nameSpan` is read from its property when asked (one object less per state). */
class StateRecord {
    name;
    property;
    node;
    machine;
    ordinal;
    type = undefined;
    queryLanguage;
    transitions = NO_TRANSITIONS;
    children = NO_CHILDREN;
    isEnd = false;
    constructor(name, property, node, machine, ordinal) {
        this.name = name;
        this.property = property;
        this.node = node;
        this.machine = machine;
        this.ordinal = ordinal;
        this.queryLanguage = machine.queryLanguage;
    }
    get nameSpan() {
        return this.property.keySpan;
    }
}
/** Builds every machine of a document from its root node. */
function buildMachines(root) {
    const out = { allStates: [], allMachines: [] };
    if (!(0, nodes_1.isObject)(root))
        return out;
    const machine = buildMachine(root, 'root', 'JSONPath', undefined, out);
    return { machine, ...out };
}
function queryLanguageOf(node, inherited) {
    return asQueryLanguage((0, nodes_1.getPropertyValue)(node, 'QueryLanguage')) ?? inherited;
}
function asQueryLanguage(value) {
    return (0, nodes_1.isString)(value) && (value.value === 'JSONata' || value.value === 'JSONPath') ? value.value : undefined;
}
function buildMachine(node, id, inherited, owner, out) {
    const statesValue = (0, nodes_1.getPropertyValue)(node, 'States');
    const states = [];
    const stateByName = new Map();
    const machine = {
        node,
        id,
        statesNode: (0, nodes_1.isObject)(statesValue) ? statesValue : undefined,
        states,
        stateByName,
        queryLanguage: queryLanguageOf(node, inherited),
        owner,
    };
    const startAt = (0, nodes_1.getPropertyValue)(node, 'StartAt');
    if ((0, nodes_1.isString)(startAt))
        machine.startAt = { kind: 'StartAt', target: startAt.value, span: startAt.span, node: startAt, resolved: undefined };
    out.allMachines.push(machine);
    if (machine.statesNode === undefined)
        return machine;
    for (const prop of machine.statesNode.properties) {
        const state = buildState(machine, prop, out, states.length);
        states.push(state);
        if (!stateByName.has(state.name))
            stateByName.set(state.name, state);
    }
    resolveTransitions(machine);
    return machine;
}
/** Links every transition of the machine to the state it names, once, for every feature to share. */
function resolveTransitions(machine) {
    const names = machine.stateByName;
    if (machine.startAt)
        machine.startAt.resolved = names.get(machine.startAt.target);
    for (const state of machine.states) {
        for (const t of state.transitions)
            t.resolved = names.get(t.target);
    }
}
function buildState(machine, property, out, ordinal) {
    const node = (0, nodes_1.isObject)(property.value) ? property.value : undefined;
    const state = new StateRecord(property.key, property, node, machine, ordinal);
    out.allStates.push(state);
    if (node !== undefined)
        readFields(state, node, out);
    return state;
}
/** One pass over a state's fields: Type, End, QueryLanguage (first occurrence wins), edges, children. */
function readFields(state, node, out) {
    let seenType = false;
    let seenEnd = false;
    let seenLanguage = false;
    let nested;
    const edges = [];
    for (const prop of node.properties) {
        const key = prop.key;
        const value = prop.value;
        if (key === 'Type') {
            if (!seenType && (0, nodes_1.isString)(value))
                state.type = value.value;
            seenType = true;
        }
        else if (key === 'End') {
            if (!seenEnd)
                state.isEnd = value !== undefined && value.kind === 'boolean' && value.value === true;
            seenEnd = true;
        }
        else if (key === 'QueryLanguage') {
            if (!seenLanguage)
                state.queryLanguage = asQueryLanguage(value) ?? state.machine.queryLanguage;
            seenLanguage = true;
        }
        else if (key === 'Next' || key === 'Default')
            addEdge(edges, state, key, value);
        else if (key === 'Choices' || key === 'Catch')
            addListEdges(edges, state, key === 'Choices' ? 'Choice' : 'Catch', value);
        else if (key === 'Branches' || key === 'ItemProcessor' || key === 'Iterator')
            (nested ??= []).push(prop);
    }
    if (edges.length > 0)
        state.transitions = edges.slice(); // exact size: a pushed-to array over-allocates
    if (nested !== undefined)
        collectChildren(state, nested, out);
}
function addEdge(edges, from, kind, value, index) {
    if (!(0, nodes_1.isString)(value))
        return;
    const t = { kind, target: value.value, span: value.span, node: value, from, index, resolved: undefined };
    edges.push(t);
}
function addListEdges(edges, from, kind, list) {
    if (list === undefined || list.kind !== 'array')
        return;
    const items = list.items;
    for (let i = 0; i < items.length; i++)
        addEdge(edges, from, kind, (0, nodes_1.getPropertyValue)(items[i], 'Next'), i);
}
function collectChildren(state, props, out) {
    const prefix = state.machine.id === 'root' ? state.name : `${state.machine.id}/${state.name}`;
    const children = [];
    for (const prop of props) {
        const value = prop.value;
        if (prop.key === 'Branches' && value !== undefined && value.kind === 'array') {
            value.items.forEach((item, i) => {
                if (!(0, nodes_1.isObject)(item))
                    return;
                const owner = { state, kind: 'Branch', index: i };
                children.push(buildMachine(item, `${prefix}/Branches[${i}]`, state.queryLanguage, owner, out));
            });
        }
        else if (prop.key !== 'Branches' && (0, nodes_1.isObject)(value)) {
            const owner = { state, kind: prop.key };
            children.push(buildMachine(value, `${prefix}/${prop.key}`, state.queryLanguage, owner, out));
        }
    }
    if (children.length > 0)
        state.children = children;
}
//# sourceMappingURL=machine.js.map