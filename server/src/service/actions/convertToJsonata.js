"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.canConvertToJsonata = canConvertToJsonata;
exports.convertToJsonataAction = convertToJsonataAction;
/*
 * The "Convert to JSONata" refactoring (refactor.rewrite) for a JSONPath Pass or Task state (JSON,
 * or a YAML block mapping): replaces the state's object by its JSONata rewrite (see toJsonata/),
 * indented like the original. Pure.
 */
const yaml_1 = require("yaml");
const vscode_languageserver_types_1 = require("vscode-languageserver-types");
const nodes_1 = require("../../asl/nodes");
const ranges_1 = require("../navigation/ranges");
const jsonEdits_1 = require("./jsonEdits");
const text_1 = require("./text");
const convertState_1 = require("./toJsonata/convertState");
function canConvertToJsonata(asl, state) {
    if (state.node === undefined || state.queryLanguage !== 'JSONPath' || (state.type !== 'Pass' && state.type !== 'Task'))
        return false;
    return asl.format === 'json' || (state.node.properties.length > 0 && asl.text[state.node.span.start] !== '{');
}
function convertToJsonataAction(textDocument, asl, state) {
    if (!canConvertToJsonata(asl, state) || state.node === undefined)
        return undefined;
    const value = (0, nodes_1.nodeToValue)(state.node);
    const converted = (0, convertState_1.convertStateToJsonata)(value);
    const newText = asl.format === 'json' ? jsonText(asl.text, state, converted) : yamlText(asl.text, state, converted);
    return {
        title: `Convert "${state.name}" to JSONata`,
        kind: vscode_languageserver_types_1.CodeActionKind.RefactorRewrite,
        edit: { changes: { [textDocument.uri]: [{ range: (0, ranges_1.toRange)(textDocument, state.node.span), newText }] } },
    };
}
function jsonText(text, state, value) {
    return (0, jsonEdits_1.renderJson)(value, (0, text_1.indentOfLine)(text, state.nameSpan.start), (0, text_1.detectIndentation)(text).unit, (0, text_1.eolOf)(text));
}
/** Block YAML whose first line continues at the state's first key and the others align with it. */
function yamlText(text, state, value) {
    const column = (0, text_1.columnOf)(text, state.node?.span.start ?? 0);
    const unit = (0, text_1.detectIndentation)(text);
    const lines = (0, yaml_1.stringify)(value, { indent: unit.insertSpaces ? unit.tabSize : 2, lineWidth: 0 }).replace(/\n$/, '').split('\n');
    return lines.join((0, text_1.eolOf)(text) + ' '.repeat(column));
}
//# sourceMappingURL=convertToJsonata.js.map