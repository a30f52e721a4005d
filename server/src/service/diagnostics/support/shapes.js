"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.kindsOf = kindsOf;
exports.fieldOf = fieldOf;
exports.entryKinds = entryKinds;
exports.describeShape = describeShape;
exports.collectShapedObjects = collectShapedObjects;
const spec_1 = require("../../../asl/spec");
const NO_KINDS = [];
const kindsCache = new WeakMap();
/** fieldKinds, computed once per field spec and language. */
function kindsOf(field, language) {
    let byLanguage = kindsCache.get(field);
    if (!byLanguage)
        kindsCache.set(field, (byLanguage = {}));
    return (byLanguage[language] ??= (0, spec_1.fieldKinds)(field, language));
}
/** The spec of a property of a shaped object; undefined for an unknown key. */
function fieldOf(obj, prop) {
    return Object.prototype.hasOwnProperty.call(obj.fields, prop.key) ? obj.fields[prop.key] : undefined;
}
/** Kinds a property of the object accepts in its language; empty for unknown keys and other-language fields. */
function entryKinds(obj, prop) {
    return fieldOf(obj, prop) ? obj.kindsByField[prop.key] : NO_KINDS;
}
const tableCache = new WeakMap();
/** kindsOf for every field of a table, by field name: one cache lookup per object, not per key. */
function kindsTable(fields, language) {
    let byLanguage = tableCache.get(fields);
    if (!byLanguage)
        tableCache.set(fields, (byLanguage = {}));
    let table = byLanguage[language];
    if (!table) {
        const built = Object.create(null);
        for (const name of Object.keys(fields))
            built[name] = kindsOf(fields[name], language);
        byLanguage[language] = table = built;
    }
    return table;
}
function shaped(idx, node, shape, spec, language, state, where) {
    const kindsByField = kindsTable(spec.fields, language);
    const obj = { node, shape, fields: spec.fields, constraints: spec.constraints, language, state, where, kindsByField };
    const props = node.properties;
    for (let i = 0; i < props.length; i++)
        sortOut(idx, obj, props[i], fieldOf(obj, props[i]));
    idx.objects.push(obj);
    return obj;
}
/** Files the few entries the structural rules look at; an entry object is made only for those. */
function sortOut(idx, obj, prop, field) {
    if (!field) {
        idx.unknown.push({ obj, prop, field, kinds: NO_KINDS });
        return;
    }
    if (!field.languages.includes(obj.language)) {
        idx.otherLanguage.push({ obj, prop, field, kinds: obj.kindsByField[prop.key] });
        return;
    }
    const kind = prop.value?.kind;
    const enumerated = field.enum !== undefined && kind === 'string';
    const bounded = !enumerated && kind === 'number' && (field.minimum !== undefined || field.maximum !== undefined);
    if (!field.deprecated && !enumerated && !bounded)
        return;
    const entry = { obj, prop, field, kinds: obj.kindsByField[prop.key] };
    if (field.deprecated)
        idx.deprecated.push(entry);
    if (enumerated)
        idx.enums.push(entry);
    else if (bounded)
        idx.numbers.push(entry);
}
/** Shapes validated by dedicated rules (choice rules) or walked as machines (branches, processors). */
const SKIPPED_SHAPES = new Set(['Branch', 'ItemProcessor', 'Iterator', 'StateMachine']);
const WHERE = {
    StateMachine: 'the state machine',
    Branch: 'a Parallel branch',
    ItemProcessor: 'an ItemProcessor',
    Iterator: 'an Iterator',
    Retrier: 'a retrier',
    Catcher: 'a catcher',
    ChoiceRule: 'a Choice rule',
    NestedChoiceRule: 'a nested Choice rule',
    ProcessorConfig: 'ProcessorConfig',
};
const STATE_WHERE = Object.create(null);
/** Nesting deeper than this (hostile documents) is not walked. */
const MAX_DEPTH = 64;
function describeShape(shape) {
    return WHERE[shape] ?? `${shape}`;
}
/** The shaped objects of these machines' own objects and of these states (with what they nest). */
function collectShapedObjects(machines, states) {
    const idx = { objects: [], unknown: [], otherLanguage: [], enums: [], numbers: [], deprecated: [] };
    for (let i = 0; i < machines.length; i++)
        addMachine(machines[i], idx);
    for (let i = 0; i < states.length; i++)
        addState(states[i], idx);
    return idx;
}
function machineShape(machine) {
    return machine.owner ? machine.owner.kind === 'Branch' ? 'Branch' : machine.owner.kind : 'StateMachine';
}
function addMachine(machine, out) {
    const shape = machineShape(machine);
    const spec = (0, spec_1.shapeSpec)(shape);
    if (!spec)
        return;
    const language = machine.owner ? machine.owner.state.queryLanguage : machine.queryLanguage;
    addNested(shaped(out, machine.node, shape, spec, language, machine.owner?.state, describeShape(shape)), out, 0);
}
function addState(state, out) {
    const spec = state.type !== undefined ? (0, spec_1.stateTypeSpec)(state.type) : undefined;
    if (!state.node || !spec)
        return;
    const language = state.queryLanguage;
    addNested(shaped(out, state.node, 'state', spec, language, state, (STATE_WHERE[spec.type] ??= `a ${spec.type} state`)), out, 0);
}
function addNested(obj, out, depth) {
    if (depth > MAX_DEPTH)
        return;
    const props = obj.node.properties;
    for (let i = 0; i < props.length; i++) {
        const prop = props[i];
        const field = fieldOf(obj, prop);
        if (!field || prop.value === undefined)
            continue;
        if (field.shape)
            addShape(prop.value, field.shape, obj.language, obj.state, out, depth + 1);
        else if (field.itemShape && prop.value.kind === 'array') {
            const items = prop.value.items;
            for (let j = 0; j < items.length; j++)
                addShape(items[j], field.itemShape, obj.language, obj.state, out, depth + 1);
        }
    }
}
function addShape(node, shape, language, state, out, depth) {
    if (node.kind !== 'object' || SKIPPED_SHAPES.has(shape))
        return;
    const spec = (0, spec_1.shapeSpec)(shape);
    if (!spec)
        return;
    addNested(shaped(out, node, shape, spec, language, state, describeShape(shape)), out, depth);
}
//# sourceMappingURL=shapes.js.map