"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.compileDefinition = compileDefinition;
exports.compileMachine = compileMachine;
/*
 * Turns a definition (plain JSON) into linked, pre-digested machines and states once, so that
 * the engine's hot loop reads fields instead of re-inspecting the definition. Assumes the
 * definition passed the validator; anything malformed becomes a States.Runtime failure at run time.
 */
const value_1 = require("./value");
const PATH_DEFAULT = '$';
const compiledDefinitions = new WeakMap();
/** The compiled top-level machine of a definition, compiled once per definition object (definitions are immutable). */
function compileDefinition(def) {
    if (def === null || typeof def !== 'object')
        return compileMachine(def);
    let machine = compiledDefinitions.get(def);
    if (machine === undefined) {
        machine = compileMachine(def);
        compiledDefinitions.set(def, machine);
    }
    return machine;
}
function compileMachine(def, inheritedJsonata = false, id = 'root', owner) {
    const obj = (0, value_1.isJsonObject)(def) ? def : {};
    const jsonata = obj.QueryLanguage === 'JSONata' ? true : obj.QueryLanguage === 'JSONPath' ? false : inheritedJsonata;
    const machine = { id, startAt: typeof obj.StartAt === 'string' ? obj.StartAt : '', states: new Map(), jsonata, owner };
    const states = (0, value_1.isJsonObject)(obj.States) ? obj.States : {};
    for (const name of Object.keys(states)) {
        const sdef = states[name];
        if ((0, value_1.isJsonObject)(sdef))
            machine.states.set(name, compileState(name, sdef, machine));
    }
    return machine;
}
function compileState(name, def, machine) {
    const jsonata = def.QueryLanguage === 'JSONata' ? true : def.QueryLanguage === 'JSONPath' ? false : machine.jsonata;
    const state = {
        name,
        type: def.Type,
        def,
        jsonata,
        next: typeof def.Next === 'string' ? def.Next : undefined,
        end: def.End === true,
        machine,
        inputPath: pathField(def, 'InputPath'),
        outputPath: pathField(def, 'OutputPath'),
        resultPath: pathField(def, 'ResultPath'),
        hasResultPath: 'ResultPath' in def,
        parameters: def.Parameters,
        resultSelector: def.ResultSelector,
        assign: def.Assign,
        retry: Array.isArray(def.Retry) ? def.Retry.filter(value_1.isJsonObject).map(compileRetrier) : [],
        catchers: Array.isArray(def.Catch) ? def.Catch.filter(value_1.isJsonObject).map(compileCatcher) : [],
        children: [],
        distributed: isDistributed(def),
    };
    state.children = childMachines(state, def, jsonata);
    return state;
}
function childMachines(state, def, jsonata) {
    if (def.Type === 'Parallel' && Array.isArray(def.Branches)) {
        return def.Branches.map((b, i) => compileMachine(b, jsonata, `${state.name}/Branches[${i}]`, state));
    }
    if (def.Type === 'Map') {
        const proc = def.ItemProcessor ?? def.Iterator;
        return [compileMachine(proc ?? {}, jsonata, `${state.name}/ItemProcessor`, state)];
    }
    return [];
}
function isDistributed(def) {
    const proc = def.ItemProcessor;
    return (0, value_1.isJsonObject)(proc) && (0, value_1.isJsonObject)(proc.ProcessorConfig) && proc.ProcessorConfig.Mode === 'DISTRIBUTED';
}
/** undefined = identity ('$' or absent), null = explicit null, else the path. */
function pathField(def, key) {
    if (!(key in def))
        return undefined;
    const v = def[key];
    if (v === null)
        return null;
    return typeof v === 'string' && v !== PATH_DEFAULT ? v : undefined;
}
function compileRetrier(r) {
    return {
        errorEquals: stringArray(r.ErrorEquals),
        intervalSeconds: typeof r.IntervalSeconds === 'number' ? r.IntervalSeconds : 1,
        maxAttempts: typeof r.MaxAttempts === 'number' ? r.MaxAttempts : 3,
        backoffRate: typeof r.BackoffRate === 'number' ? r.BackoffRate : 2,
        maxDelaySeconds: typeof r.MaxDelaySeconds === 'number' ? r.MaxDelaySeconds : undefined,
        jitter: r.JitterStrategy === 'FULL',
    };
}
function compileCatcher(c) {
    return { errorEquals: stringArray(c.ErrorEquals), next: typeof c.Next === 'string' ? c.Next : '', def: c };
}
function stringArray(v) {
    return Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [];
}
//# sourceMappingURL=compile.js.map