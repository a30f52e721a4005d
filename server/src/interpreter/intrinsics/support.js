"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_STRING_CHARS = void 0;
exports.intrinsicFailure = intrinsicFailure;
exports.argArray = argArray;
exports.argString = argString;
exports.argObject = argObject;
exports.argInteger = argInteger;
exports.typeName = typeName;
/*
 * Shared pieces of the intrinsic functions: the implementation signature and argument checks.
 * Every check returns a Failure('States.IntrinsicFailure') value instead of throwing.
 */
const failure_1 = require("../failure");
const value_1 = require("../value");
exports.MAX_STRING_CHARS = 10_000;
function intrinsicFailure(name, message) {
    return new failure_1.Failure('States.IntrinsicFailure', `Invalid arguments in ${name}: ${message}`);
}
const ordinal = (i) => ['first', 'second', 'third'][i] ?? `#${i + 1}`;
function argArray(input, i) {
    const v = input.args[i];
    return Array.isArray(v) ? v : intrinsicFailure(input.name, `the ${ordinal(i)} argument must be an array, got ${typeName(v)}`);
}
function argString(input, i, maxChars) {
    const v = input.args[i];
    if (typeof v !== 'string')
        return intrinsicFailure(input.name, `the ${ordinal(i)} argument must be a string, got ${typeName(v)}`);
    if (maxChars !== undefined && v.length > maxChars) {
        return intrinsicFailure(input.name, `the ${ordinal(i)} argument is longer than ${maxChars.toLocaleString('en-US')} characters`);
    }
    return v;
}
function argObject(input, i) {
    const v = input.args[i];
    return (0, value_1.isJsonObject)(v) ? v : intrinsicFailure(input.name, `the ${ordinal(i)} argument must be a JSON object, got ${typeName(v)}`);
}
/** A number rounded to the nearest integer (AWS: "Step Functions will round it off"); Math.round rule. */
function argInteger(input, i) {
    const v = input.args[i];
    if (typeof v !== 'number' || !Number.isFinite(v))
        return intrinsicFailure(input.name, `the ${ordinal(i)} argument must be a number, got ${typeName(v)}`);
    return Math.round(v);
}
function typeName(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'an array';
    if (typeof v === 'object')
        return 'an object';
    return v === undefined ? 'nothing' : `${typeof v} ${JSON.stringify(v)}`;
}
//# sourceMappingURL=support.js.map