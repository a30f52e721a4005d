"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.toYaml = toYaml;
/*
 * Renders plain JSON values as block YAML (for state snippets and request skeletons in .asl.yaml).
 * Pure string building; strings are plain when safe, double-quoted otherwise.
 */
const items_1 = require("./items");
function scalar(v) {
    if (typeof v === 'string')
        return (0, items_1.yamlString)(v);
    if (v === null || v === undefined)
        return 'null';
    return String(v);
}
function isEmptyContainer(v) {
    if (Array.isArray(v))
        return v.length === 0;
    return typeof v === 'object' && v !== null && Object.keys(v).length === 0;
}
/** Lines of `value` as a YAML block at `indent`; the first line carries no indentation. */
function toYaml(value, indent) {
    if (Array.isArray(value)) {
        if (value.length === 0)
            return '[]';
        return value.map((item, i) => `${i === 0 ? '' : indent}- ${itemText(item, `${indent}  `)}`).join('\n');
    }
    if (typeof value === 'object' && value !== null) {
        const entries = Object.entries(value);
        if (entries.length === 0)
            return '{}';
        return entries.map(([k, v], i) => `${i === 0 ? '' : indent}${(0, items_1.yamlString)(k)}:${valueText(v, `${indent}  `)}`).join('\n');
    }
    return scalar(value);
}
function valueText(v, indent) {
    if (typeof v === 'object' && v !== null && !isEmptyContainer(v))
        return `\n${indent}${toYaml(v, indent)}`;
    return ` ${toYaml(v, indent)}`;
}
function itemText(v, indent) {
    return toYaml(v, indent);
}
//# sourceMappingURL=yamlText.js.map