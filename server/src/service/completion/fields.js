"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.fieldItems = fieldItems;
/*
 * Field names at a key position: the fields this state type (or nested shape: Retry/Catch items,
 * Choice rules, ProcessorConfig, ItemReader, ...) allows in the current query language, minus those
 * already present. Required fields sort first, deprecated ones last.
 */
const vscode_languageserver_types_1 = require("vscode-languageserver-types");
const spec_1 = require("../../asl/spec");
const items_1 = require("./items");
const scope_1 = require("./scope");
function requiredNames(constraints) {
    const out = new Set();
    for (const g of [...(constraints?.required ?? []), ...(constraints?.exactlyOneOf ?? [])])
        for (const f of g.fields)
            out.add(f);
    return out;
}
function constraintsOf(ctx, shape) {
    if (shape !== 'state')
        return (0, spec_1.shapeSpec)(shape)?.constraints;
    const type = ctx.scope.state?.type;
    return type === undefined ? undefined : (0, spec_1.stateTypeSpec)(type)?.constraints;
}
/** Keys already written in the object, except the one being edited. */
function presentKeys(ctx) {
    const out = new Set();
    for (const p of ctx.cursor.object?.properties ?? [])
        if (p !== ctx.cursor.property)
            out.add(p.key);
    return out;
}
function fieldItems(ctx) {
    const scope = ctx.scope;
    if (scope.state !== undefined && scope.rel.length === 0 && (0, spec_1.stateTypeSpec)(scope.state.type ?? '') === undefined) {
        return untypedStateItems(ctx);
    }
    const target = (0, scope_1.objectAt)(scope);
    if (target === undefined)
        return [];
    const present = presentKeys(ctx);
    const required = requiredNames(constraintsOf(ctx, target.shape));
    const items = [];
    Object.values(target.fields).forEach((field, i) => {
        if (!field.languages.includes(scope.language) || present.has(field.name))
            return;
        const group = field.deprecated ? '2' : required.has(field.name) ? '0' : '1';
        const item = (0, items_1.keyItem)(ctx, field.name, field);
        item.sortText = `${group}${String(i).padStart(3, '0')}`;
        if (field.deprecated)
            item.tags = [vscode_languageserver_types_1.CompletionItemTag.Deprecated];
        items.push(item);
    });
    return items;
}
/** A state without a (known) Type: offer Type first, then the fields common to every state. */
function untypedStateItems(ctx) {
    const pass = (0, spec_1.stateTypeSpec)('Pass');
    if (pass === undefined)
        return [];
    const present = presentKeys(ctx);
    const common = ['Type', 'Comment', 'QueryLanguage'].map((n) => pass.fields[n]).filter((f) => f !== undefined);
    common[0] = { ...common[0], doc: 'The state type: `Pass`, `Task`, `Choice`, `Wait`, `Succeed`, `Fail`, `Parallel` or `Map`.' };
    return common.filter((f) => !present.has(f.name)).map((f, i) => {
        const item = (0, items_1.keyItem)(ctx, f.name, f);
        item.sortText = `0${i}`;
        return item;
    });
}
//# sourceMappingURL=fields.js.map