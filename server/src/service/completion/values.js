"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.enumItems = enumItems;
exports.booleanItems = booleanItems;
/*
 * Enumerated values: state types for `Type`, the enum of any field (QueryLanguage, Mode,
 * ExecutionType, JitterStrategy, InputType, ...) and booleans.
 */
const vscode_languageserver_types_1 = require("vscode-languageserver-types");
const spec_1 = require("../../asl/spec");
const items_1 = require("./items");
function enumItems(ctx, field) {
    return (field.enum ?? []).map((value, i) => (0, items_1.valueItem)(ctx, {
        label: value,
        kind: vscode_languageserver_types_1.CompletionItemKind.EnumMember,
        value,
        detail: field.name === 'Type' ? 'State type' : `${field.name} value`,
        doc: field.name === 'Type' ? (0, spec_1.stateTypeSpec)(value)?.doc : field.doc,
        sortText: String(i).padStart(3, '0'),
    }));
}
function booleanItems(ctx, field) {
    const values = field.name === 'End' ? ['true'] : ['true', 'false'];
    return values.map((value) => (0, items_1.valueItem)(ctx, { label: value, kind: vscode_languageserver_types_1.CompletionItemKind.Value, value, literal: true, detail: field.name, doc: field.doc }));
}
//# sourceMappingURL=values.js.map