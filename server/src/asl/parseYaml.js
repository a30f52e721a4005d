"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseYamlTree = parseYamlTree;
/*
 * YAML text → AslNode tree (the `yaml` package, YAML 1.2 core schema) with exact spans. Only the
 * first document counts; errors and warnings become 'yaml-syntax' problems. Aliases are expanded
 * with the alias's own span (bounded, cycle-safe). Knows nothing of ASL semantics.
 */
const yaml_1 = require("yaml");
const build_1 = require("./build");
const depthGuard_1 = require("./depthGuard");
const parseJson_1 = require("./parseJson");
/** Parses YAML text into the format-neutral tree. */
function parseYamlTree(text) {
    if ((0, depthGuard_1.yamlDepthBound)(text) > depthGuard_1.YAML_DEPTH_LIMIT)
        return { problems: [(0, parseJson_1.tooDeepProblem)(text, 'yaml-syntax')] };
    const doc = (0, yaml_1.parseDocument)(text, { prettyErrors: false, uniqueKeys: false, version: '1.2', schema: 'core' });
    const problems = [];
    for (const e of [...doc.errors, ...doc.warnings])
        problems.push(toProblem(text, e.message, e.code, e.pos));
    const ctx = { text, doc, active: new Set(), budget: 10000, depth: 0, problems };
    const contents = doc.contents;
    const root = contents === null ? undefined : convert(ctx, contents, undefined, undefined);
    return { root, problems };
}
function toProblem(text, message, code, pos) {
    const start = clamp(pos[0], text);
    const end = Math.max(start, clamp(pos[1], text));
    const readable = code === 'MULTIPLE_DOCS' ? 'Only one YAML document is allowed in a state machine definition' : message;
    return { message: readable, span: (0, build_1.span)(start, end), code: 'yaml-syntax' };
}
function clamp(offset, text) {
    return Number.isFinite(offset) ? Math.max(0, Math.min(offset, text.length)) : 0;
}
function rangeSpan(ctx, node) {
    const r = node.range;
    if (!r)
        return (0, build_1.span)(0, 0);
    const start = clamp(r[0], ctx.text);
    return (0, build_1.span)(start, Math.max(start, clamp(r[1], ctx.text)));
}
/** Converts a yaml node; `at` overrides spans (alias expansion). Returns undefined for an empty value. */
function convert(ctx, node, parent, at) {
    if ((0, yaml_1.isScalar)(node))
        return scalar(ctx, node, parent, at);
    if ((0, yaml_1.isAlias)(node))
        return alias(ctx, node, parent, at);
    if (!(0, yaml_1.isMap)(node) && !(0, yaml_1.isSeq)(node))
        return undefined;
    if (ctx.depth >= build_1.MAX_DEPTH)
        return tooDeep(ctx, node);
    ctx.depth++;
    const out = (0, yaml_1.isMap)(node) ? mapping(ctx, node, parent, at) : sequence(ctx, node, parent, at);
    ctx.depth--;
    return out;
}
function tooDeep(ctx, node) {
    if (!ctx.problems.some((p) => p.message === build_1.TOO_DEEP_MESSAGE)) {
        const s = rangeSpan(ctx, node);
        ctx.problems.push({ message: build_1.TOO_DEEP_MESSAGE, span: (0, build_1.span)(s.start, Math.min(s.end, s.start + 1)), code: 'yaml-syntax' });
    }
    return undefined;
}
function alias(ctx, node, parent, at) {
    const own = at ?? rangeSpan(ctx, node);
    let target;
    try {
        target = (0, yaml_1.isAlias)(node) ? node.resolve(ctx.doc) : undefined;
    }
    catch {
        target = undefined;
    }
    if (target === undefined || ctx.active.has(target) || ctx.budget <= 0) {
        const why = target === undefined ? 'Unknown YAML anchor' : ctx.budget <= 0 ? 'Too many YAML alias expansions' : 'Recursive YAML alias';
        if (at === undefined)
            ctx.problems.push({ message: `${why}: ${ctx.text.slice(own.start, own.end)}`, span: own, code: 'yaml-syntax' });
        return (0, build_1.newScalar)('null', null, own, own, parent);
    }
    ctx.active.add(target);
    const out = convert(ctx, target, parent, own);
    ctx.active.delete(target);
    return out;
}
function scalar(ctx, node, parent, at) {
    if (at !== undefined)
        ctx.budget--;
    const s = at ?? trimmedSpan(ctx, node);
    const value = node.value;
    if (at === undefined && s.start === s.end && node.type === 'PLAIN' && value === null)
        return undefined;
    if (value === null || value === undefined)
        return (0, build_1.newScalar)('null', null, s, s, parent);
    if (typeof value === 'number')
        return (0, build_1.newScalar)('number', value, s, s, parent);
    if (typeof value === 'boolean')
        return (0, build_1.newScalar)('boolean', value, s, s, parent);
    const str = typeof value === 'string' ? value : String(value);
    return (0, build_1.newScalar)('string', str, s, at ?? contentSpan(ctx, node, s), parent);
}
/** A scalar's span without the trailing line breaks that block scalars carry. */
function trimmedSpan(ctx, node) {
    const s = rangeSpan(ctx, node);
    let end = s.end;
    while (end > s.start && isSpace(ctx.text.charCodeAt(end - 1)))
        end--;
    return end === s.end ? s : (0, build_1.span)(s.start, end);
}
function contentSpan(ctx, node, s) {
    const text = ctx.text;
    if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') {
        const closed = s.end - s.start >= 2 && text[s.end - 1] === text[s.start];
        return (0, build_1.span)(Math.min(s.start + 1, s.end), closed ? s.end - 1 : s.end);
    }
    if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
        let start = text.indexOf('\n', s.start);
        if (start < 0 || start >= s.end)
            return (0, build_1.span)(s.end, s.end);
        while (start < s.end && isSpace(text.charCodeAt(start)))
            start++;
        return (0, build_1.span)(start, s.end);
    }
    return s;
}
function isSpace(c) {
    return c === 32 || c === 9 || c === 10 || c === 13;
}
function mapping(ctx, node, parent, at) {
    const obj = (0, build_1.newObject)(at ?? rangeSpan(ctx, node), parent);
    for (const item of node.items) {
        if (!(0, yaml_1.isPair)(item))
            continue;
        if (at !== undefined)
            ctx.budget--;
        const keyNode = item.key;
        const valueNode = item.value;
        const keySpan = at ?? pairKeySpan(ctx, keyNode, valueNode, obj.span);
        const prop = (0, build_1.addProperty)(obj, keyText(ctx, keyNode), keySpan);
        const value = valueNode === null ? undefined : convert(ctx, valueNode, prop, at);
        if (value !== undefined)
            (0, build_1.setPropertyValue)(prop, value);
    }
    if (at === undefined && !node.flow)
        fitBlockSpan(obj, obj.properties.map((p) => p.span));
    return obj;
}
function sequence(ctx, node, parent, at) {
    const arr = (0, build_1.newArray)(at ?? rangeSpan(ctx, node), parent);
    for (const item of node.items) {
        const child = item === null ? undefined : convert(ctx, item, arr, at);
        if (child !== undefined)
            (0, build_1.addItem)(arr, child);
    }
    if (at === undefined && !node.flow)
        fitBlockSpan(arr, arr.items.map((i) => i.span));
    return arr;
}
/** A block collection ends where its last entry ends (the yaml range includes trailing lines). */
function fitBlockSpan(node, children) {
    const last = children[children.length - 1];
    if (last === undefined)
        return;
    const end = Math.max(last.end, node.span.start);
    (0, build_1.setSpan)(node, (0, build_1.span)(node.start, end));
}
function pairKeySpan(ctx, key, value, fallback) {
    if (key !== null && key.range)
        return (0, yaml_1.isScalar)(key) ? trimmedSpan(ctx, key) : rangeSpan(ctx, key);
    const at = value?.range ? clamp(value.range[0], ctx.text) : fallback.start;
    return (0, build_1.span)(at, at);
}
function keyText(ctx, key) {
    if (key === null)
        return '';
    if ((0, yaml_1.isScalar)(key))
        return key.value === null || key.value === undefined ? '' : String(key.value);
    const s = rangeSpan(ctx, key);
    return ctx.text.slice(s.start, s.end);
}
//# sourceMappingURL=parseYaml.js.map