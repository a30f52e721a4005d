"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.collectSites = collectSites;
exports.mergeSites = mergeSites;
const spec_1 = require("../../../asl/spec");
/** State fields that never hold expressions. */
const NOT_EXPRESSIONS = new Set(['Comment', 'Type', 'Next', 'Default', 'End', 'QueryLanguage', 'Resource', 'Branches', 'ItemProcessor', 'Iterator', 'ErrorEquals']);
/** Fields whose whole value is free-form data (every key may be a payload key). */
const PAYLOADS = new Set(['Arguments', 'Output', 'Assign', 'Parameters', 'ItemSelector', 'ResultSelector', 'Items', 'Result', 'Credentials']);
function collectSites(states) {
    const out = { jsonata: [], misplacedJsonata: [], malformedJsonata: [], templates: [] };
    for (const state of states) {
        if (!state.node)
            continue;
        const jsonata = state.queryLanguage === 'JSONata';
        for (const prop of state.node.properties) {
            if (NOT_EXPRESSIONS.has(prop.key) || prop.value === undefined)
                continue;
            if (!jsonata && prop.key === 'Result')
                continue;
            const walk = { state, field: prop.key, jsonata, out };
            if (prop.value.kind === 'string')
                addString(walk, prop.value, directAllowed(state, prop.key));
            else
                walkNode(walk, prop.value, PAYLOADS.has(prop.key), 0);
        }
    }
    return out;
}
/** The sites of several slices of states, in slice order. */
function mergeSites(parts) {
    return {
        jsonata: parts.flatMap((p) => p.jsonata),
        misplacedJsonata: parts.flatMap((p) => p.misplacedJsonata),
        malformedJsonata: parts.flatMap((p) => p.malformedJsonata),
        templates: parts.flatMap((p) => p.templates),
    };
}
function directAllowed(state, field) {
    return state.type !== undefined && (0, spec_1.stateFieldSpec)(state.type, field)?.kinds.includes('jsonata') === true;
}
/** Values nested deeper than this (hostile documents) are not scanned. */
const MAX_DEPTH = 256;
function walkNode(walk, node, inPayload, depth) {
    if (depth > MAX_DEPTH)
        return;
    if (node.kind === 'string')
        addString(walk, node, false);
    else if (node.kind === 'array')
        for (const item of node.items)
            walkNode(walk, item, inPayload, depth + 1);
    else if (node.kind === 'object') {
        for (const prop of node.properties) {
            if (prop.value === undefined)
                continue;
            if (!inPayload && NOT_EXPRESSIONS.has(prop.key))
                continue;
            if (!walk.jsonata && prop.key.endsWith('.$')) {
                walk.out.templates.push({ state: walk.state, prop, field: walk.field });
                continue;
            }
            walkNode(walk, prop.value, inPayload || PAYLOADS.has(prop.key), depth + 1);
        }
    }
}
function addString(walk, node, direct) {
    const value = node.value;
    const opens = value.startsWith('{%');
    const closes = value.endsWith('%}');
    if (opens && closes && value.length >= 4) {
        const site = { state: walk.state, node, field: walk.field, direct };
        if (walk.jsonata)
            walk.out.jsonata.push({ ...site, expression: value.slice(2, -2) });
        else
            walk.out.misplacedJsonata.push(site);
    }
    else if (opens || (closes && value.includes('{%')) || (value.includes('{%') && value.includes('%}'))) {
        walk.out.malformedJsonata.push({ state: walk.state, node, field: walk.field, direct });
    }
}
//# sourceMappingURL=sites.js.map