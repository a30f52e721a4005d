"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.insertStateEdits = insertStateEdits;
exports.addFieldEdits = addFieldEdits;
exports.removeStateEdits = removeStateEdits;
exports.propertyNamed = propertyNamed;
const jsonEdits_1 = require("./jsonEdits");
const yamlEdits_1 = require("./yamlEdits");
/** Adds `name: value` as the last state of `machine`. */
function insertStateEdits(textDocument, asl, machine, name, value) {
    if (machine.statesNode === undefined)
        return undefined;
    return addProperty(textDocument, asl, machine.statesNode, name, value);
}
/** Adds `key: value` as the last field of `state`. */
function addFieldEdits(textDocument, asl, state, key, value) {
    if (state.node === undefined)
        return undefined;
    return addProperty(textDocument, asl, state.node, key, value);
}
/** Deletes `state` from its machine's States. */
function removeStateEdits(textDocument, asl, state) {
    const obj = state.property.parent;
    const edit = asl.format === 'json' ? (0, jsonEdits_1.jsonRemoveProperty)(obj, state.property) : (0, yamlEdits_1.yamlRemoveProperty)(asl.text, obj, state.property);
    return toTextEdits(textDocument, edit);
}
function addProperty(textDocument, asl, obj, key, value) {
    if (asl.format === 'json')
        return toTextEdits(textDocument, (0, jsonEdits_1.jsonAddProperty)(asl.text, obj, key, value));
    if (obj.properties.length === 0)
        return undefined;
    return toTextEdits(textDocument, (0, yamlEdits_1.yamlAddProperty)(asl.text, obj, key, value));
}
/** The first property of `obj` named `key`. */
function propertyNamed(obj, key) {
    return obj?.properties.find((p) => p.key === key);
}
function toTextEdits(textDocument, edit) {
    if (edit === undefined)
        return undefined;
    return [{ range: { start: textDocument.positionAt(edit.start), end: textDocument.positionAt(edit.end) }, newText: edit.newText }];
}
//# sourceMappingURL=stateEdits.js.map