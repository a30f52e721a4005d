"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.expandSnippet = exports.DISTRIBUTED_ONLY_MAP_FIELDS = exports.RESOURCES = exports.COMBINATOR_NAMES = exports.CHOICE_OPERATOR_NAMES = exports.CHOICE_OPERATORS = exports.CONTEXT_FIELDS = exports.STATES_VARIABLE_FIELDS = exports.JSONATA_FUNCTIONS = exports.errorMatches = exports.ALL_ERROR_NAMES = exports.LAMBDA_ERRORS = exports.PREDEFINED_ERRORS = exports.INTRINSIC_FUNCTIONS = exports.OBJECT_SHAPES = exports.STATE_TYPES = void 0;
exports.isStateType = isStateType;
exports.stateTypeSpec = stateTypeSpec;
exports.stateFieldSpec = stateFieldSpec;
exports.allowedFields = allowedFields;
exports.shapeSpec = shapeSpec;
exports.allowedShapeFields = allowedShapeFields;
exports.shapeFieldSpec = shapeFieldSpec;
exports.intrinsicSpec = intrinsicSpec;
exports.errorSpec = errorSpec;
exports.jsonataFunctionSpec = jsonataFunctionSpec;
exports.contextFieldSpec = contextFieldSpec;
exports.fieldKinds = fieldKinds;
const states_1 = require("./states");
const shapes_1 = require("./shapes");
const intrinsics_1 = require("./intrinsics");
const errors_1 = require("./errors");
const jsonata_1 = require("./jsonata");
const context_1 = require("./context");
__exportStar(require("./types"), exports);
var states_2 = require("./states");
Object.defineProperty(exports, "STATE_TYPES", { enumerable: true, get: function () { return states_2.STATE_TYPES; } });
var shapes_2 = require("./shapes");
Object.defineProperty(exports, "OBJECT_SHAPES", { enumerable: true, get: function () { return shapes_2.OBJECT_SHAPES; } });
var intrinsics_2 = require("./intrinsics");
Object.defineProperty(exports, "INTRINSIC_FUNCTIONS", { enumerable: true, get: function () { return intrinsics_2.INTRINSIC_FUNCTIONS; } });
var errors_2 = require("./errors");
Object.defineProperty(exports, "PREDEFINED_ERRORS", { enumerable: true, get: function () { return errors_2.PREDEFINED_ERRORS; } });
Object.defineProperty(exports, "LAMBDA_ERRORS", { enumerable: true, get: function () { return errors_2.LAMBDA_ERRORS; } });
Object.defineProperty(exports, "ALL_ERROR_NAMES", { enumerable: true, get: function () { return errors_2.ALL_ERROR_NAMES; } });
Object.defineProperty(exports, "errorMatches", { enumerable: true, get: function () { return errors_2.errorMatches; } });
var jsonata_2 = require("./jsonata");
Object.defineProperty(exports, "JSONATA_FUNCTIONS", { enumerable: true, get: function () { return jsonata_2.JSONATA_FUNCTIONS; } });
Object.defineProperty(exports, "STATES_VARIABLE_FIELDS", { enumerable: true, get: function () { return jsonata_2.STATES_VARIABLE_FIELDS; } });
var context_2 = require("./context");
Object.defineProperty(exports, "CONTEXT_FIELDS", { enumerable: true, get: function () { return context_2.CONTEXT_FIELDS; } });
var choiceOperators_1 = require("./choiceOperators");
Object.defineProperty(exports, "CHOICE_OPERATORS", { enumerable: true, get: function () { return choiceOperators_1.CHOICE_OPERATORS; } });
Object.defineProperty(exports, "CHOICE_OPERATOR_NAMES", { enumerable: true, get: function () { return choiceOperators_1.CHOICE_OPERATOR_NAMES; } });
Object.defineProperty(exports, "COMBINATOR_NAMES", { enumerable: true, get: function () { return choiceOperators_1.COMBINATOR_NAMES; } });
var resources_1 = require("./resources");
Object.defineProperty(exports, "RESOURCES", { enumerable: true, get: function () { return resources_1.RESOURCES; } });
var mapFields_1 = require("./mapFields");
Object.defineProperty(exports, "DISTRIBUTED_ONLY_MAP_FIELDS", { enumerable: true, get: function () { return mapFields_1.DISTRIBUTED_ONLY_MAP_FIELDS; } });
var snippetText_1 = require("./snippetText");
Object.defineProperty(exports, "expandSnippet", { enumerable: true, get: function () { return snippetText_1.expandSnippet; } });
const has = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
function isStateType(s) {
    return typeof s === 'string' && has(states_1.STATE_TYPES, s);
}
function stateTypeSpec(type) {
    return isStateType(type) ? states_1.STATE_TYPES[type] : undefined;
}
/** The spec of `field` on state type `type` (regardless of query language), if the type allows it. */
function stateFieldSpec(type, field) {
    const spec = stateTypeSpec(type);
    return spec && has(spec.fields, field) ? spec.fields[field] : undefined;
}
/** Fields of a state type allowed in a query language, in table order. */
function allowedFields(type, language) {
    const spec = stateTypeSpec(type);
    return spec ? Object.values(spec.fields).filter((f) => f.languages.includes(language)) : [];
}
/** A nested object shape by name: 'StateMachine', 'Branch', 'Retrier', 'Catcher', 'ChoiceRule', ... */
function shapeSpec(name) {
    return has(shapes_1.OBJECT_SHAPES, name) ? shapes_1.OBJECT_SHAPES[name] : undefined;
}
/** Fields of a nested shape allowed in a query language, in table order. */
function allowedShapeFields(name, language) {
    const spec = shapeSpec(name);
    return spec ? Object.values(spec.fields).filter((f) => f.languages.includes(language)) : [];
}
/** The spec of `field` in shape `name`, if the shape has it. */
function shapeFieldSpec(name, field) {
    const spec = shapeSpec(name);
    return spec && has(spec.fields, field) ? spec.fields[field] : undefined;
}
/** Intrinsic by full name, e.g. 'States.Format'. */
function intrinsicSpec(name) {
    return intrinsics_1.INTRINSIC_FUNCTIONS.find((f) => f.name === name);
}
/** Predefined `States.*` error or common Lambda error, by name. */
function errorSpec(name) {
    return errors_1.ALL_ERROR_NAMES.find((e) => e.name === name);
}
/** JSONata function by name, with or without the leading `$` ('$sum' or 'sum'). */
function jsonataFunctionSpec(name) {
    const n = name.startsWith('$') ? name : `$${name}`;
    return jsonata_1.JSONATA_FUNCTIONS.find((f) => f.name === n);
}
/** Context object field by dotted path without `$$.` (e.g. 'Execution.Id'). */
function contextFieldSpec(path) {
    return context_1.CONTEXT_FIELDS.find((f) => f.path === path);
}
const JSONPATH_KINDS = new Set(['path', 'referencePath', 'payloadTemplate', 'intrinsic']);
/**
 * The value kinds a field accepts in one query language: 'jsonata' only in JSONata; paths, payload
 * templates and intrinsics only in JSONPath. Empty when the field is not allowed in that language.
 */
function fieldKinds(field, language) {
    if (!field.languages.includes(language))
        return [];
    return field.kinds.filter((k) => (language === 'JSONata' ? !JSONPATH_KINDS.has(k) : k !== 'jsonata'));
}
//# sourceMappingURL=index.js.map