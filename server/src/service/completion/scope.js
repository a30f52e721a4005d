"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.resolveScope = resolveScope;
exports.machineShapeName = machineShapeName;
exports.objectAt = objectAt;
exports.fieldAt = fieldAt;
const spec_1 = require("../../asl/spec");
/** Resolves a root path into machine, state and relative path. Cost: depth × name lookups. */
function resolveScope(asl, path) {
    let machine = asl.machine;
    let state;
    let i = 0;
    while (machine !== undefined && i < path.length) {
        if (state === undefined) {
            const name = path[i + 1];
            if (path[i] !== 'States' || typeof name !== 'string')
                break;
            const found = machine.stateByName.get(name);
            if (found === undefined)
                break;
            state = found;
            i += 2;
            continue;
        }
        const child = childMachine(state, path[i], path[i + 1]);
        if (child === undefined)
            break;
        machine = child.machine;
        state = undefined;
        i += child.used;
    }
    const language = state?.queryLanguage ?? machine?.queryLanguage ?? 'JSONPath';
    return { machine, state, rel: path.slice(i), language };
}
function childMachine(state, key, index) {
    if (key === 'Branches' && typeof index === 'number') {
        const m = state.children.find((c) => c.owner?.kind === 'Branch' && c.owner.index === index);
        return m === undefined ? undefined : { machine: m, used: 2 };
    }
    if (key === 'ItemProcessor' || key === 'Iterator') {
        const m = state.children.find((c) => c.owner?.kind === key);
        return m === undefined ? undefined : { machine: m, used: 1 };
    }
    return undefined;
}
/** Name of the object shape of a machine object. */
function machineShapeName(machine) {
    const kind = machine?.owner?.kind;
    if (kind === 'Branch')
        return 'Branch';
    if (kind === 'ItemProcessor' || kind === 'Iterator')
        return kind;
    return 'StateMachine';
}
/** The spec of the object at `rel` (a key position). */
function objectAt(scope) {
    let current = rootObject(scope);
    let pendingArray;
    for (const seg of scope.rel) {
        if (current === undefined)
            return undefined;
        if (pendingArray !== undefined) {
            if (typeof seg !== 'number' || pendingArray.itemShape === undefined)
                return undefined;
            current = shapeObject(pendingArray.itemShape);
            pendingArray = undefined;
            continue;
        }
        if (typeof seg !== 'string' || !Object.prototype.hasOwnProperty.call(current.fields, seg))
            return undefined;
        const f = current.fields[seg];
        if (f.itemShape !== undefined)
            pendingArray = f;
        else if (f.shape !== undefined)
            current = shapeObject(f.shape);
        else
            return undefined;
    }
    return pendingArray === undefined ? current : undefined;
}
function rootObject(scope) {
    if (scope.state === undefined)
        return shapeObject(machineShapeName(scope.machine));
    const spec = scope.state.type === undefined ? undefined : (0, spec_1.stateTypeSpec)(scope.state.type);
    return { fields: spec === undefined ? anyStateFields() : spec.fields, shape: 'state' };
}
let unionCache;
/** Every field of every state type (first definition wins), for a state whose Type is not known yet. */
function anyStateFields() {
    if (unionCache === undefined) {
        const out = {};
        for (const spec of Object.values(spec_1.STATE_TYPES))
            for (const f of Object.values(spec.fields))
                if (!(f.name in out))
                    out[f.name] = f;
        out.Type = { ...out.Type, doc: 'The state type: `Pass`, `Task`, `Choice`, `Wait`, `Succeed`, `Fail`, `Parallel` or `Map`.' };
        unionCache = out;
    }
    return unionCache;
}
function shapeObject(name) {
    const s = (0, spec_1.shapeSpec)(name);
    return s === undefined ? undefined : { fields: s.fields, shape: name };
}
/** The field spec of the value at `rel` (a value position: the last segment is the key or an index). */
function fieldAt(scope) {
    const rel = scope.rel;
    if (rel.length === 0)
        return undefined;
    const last = rel[rel.length - 1];
    if (typeof last === 'number' && rel.length >= 2) {
        const owner = objectAt({ ...scope, rel: rel.slice(0, -2) });
        const key = rel[rel.length - 2];
        if (owner === undefined || typeof key !== 'string' || !has(owner.fields, key))
            return undefined;
        return { field: owner.fields[key], item: true, owner };
    }
    const owner = objectAt({ ...scope, rel: rel.slice(0, -1) });
    if (owner === undefined || typeof last !== 'string' || !has(owner.fields, last))
        return undefined;
    return { field: owner.fields[last], item: false, owner };
}
function has(o, k) {
    return Object.prototype.hasOwnProperty.call(o, k);
}
//# sourceMappingURL=scope.js.map