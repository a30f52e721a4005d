"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.collectPathStrings = collectPathStrings;
const shapes_1 = require("./shapes");
const PATH_KINDS = new Set(['path', 'referencePath', 'intrinsic']);
const pathKindCache = new WeakMap();
/** What a field with these kinds accepts as a path string (null: not a path field). Cached per kinds array. */
function pathAccepts(kinds) {
    let result = pathKindCache.get(kinds);
    if (result === undefined) {
        result = kinds.some((k) => PATH_KINDS.has(k)) ? accepts(kinds) : null;
        pathKindCache.set(kinds, result);
    }
    return result;
}
const acceptsCache = new WeakMap();
/** pathAccepts by field name, per kinds table (filled as fields are met): one cache lookup per object. */
function acceptsByField(obj) {
    let table = acceptsCache.get(obj.kindsByField);
    if (!table)
        acceptsCache.set(obj.kindsByField, (table = Object.create(null)));
    return table;
}
function collectPathStrings(shaped, sites) {
    const out = [];
    for (let i = 0; i < shaped.length; i++) {
        const obj = shaped[i];
        if (obj.language !== 'JSONPath')
            continue;
        const byField = acceptsByField(obj);
        const props = obj.node.properties;
        for (let j = 0; j < props.length; j++) {
            const prop = props[j];
            if (prop.value?.kind !== 'string')
                continue;
            const kinds = (0, shapes_1.entryKinds)(obj, prop);
            if (kinds.length === 0)
                continue;
            let accepted = byField[prop.key];
            if (accepted === undefined)
                accepted = byField[prop.key] = pathAccepts(kinds);
            if (accepted === null)
                continue;
            out.push({ node: prop.value, state: obj.state, field: prop.key, accepts: accepted });
        }
    }
    /* a spec field may itself end with `.$` (Credentials' RoleArn.$): its value is listed once, above */
    const listed = new Set();
    for (let i = 0; i < out.length; i++)
        if (out[i].field.endsWith('.$'))
            listed.add(out[i].node);
    for (const site of sites.templates) {
        const value = site.prop.value;
        if (value?.kind !== 'string' || listed.has(value))
            continue;
        out.push({ node: value, state: site.state, field: site.prop.key, accepts: 'template' });
    }
    return out;
}
function accepts(kinds) {
    if (kinds.includes('intrinsic'))
        return 'pathOrIntrinsic';
    return kinds.includes('path') ? 'path' : 'reference';
}
//# sourceMappingURL=pathStrings.js.map