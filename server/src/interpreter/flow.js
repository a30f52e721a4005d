"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LocatedFailure = void 0;
exports.inputStage = inputStage;
exports.parametersStage = parametersStage;
exports.outputStageJsonPath = outputStageJsonPath;
exports.passThroughJsonPath = passThroughJsonPath;
exports.outputStageJsonata = outputStageJsonata;
exports.argumentsStage = argumentsStage;
exports.jsonataBindings = jsonataBindings;
const failure_1 = require("./failure");
const jsonpath_1 = require("./jsonpath");
const payload_1 = require("./payload");
const resultPath_1 = require("./resultPath");
const jsonata_1 = require("./jsonata");
/** InputPath (JSONPath): null gives {}, a path that matches nothing is States.Runtime. */
function inputStage(frame) {
    const path = frame.state.inputPath;
    const value = path === undefined ? frame.input : path === null ? {} : (0, jsonpath_1.evaluatePath)(path, frame.input, frame);
    if (!(0, failure_1.isFailure)(value))
        frame.afterInputPath = value;
    return value;
}
/** Parameters (JSONPath) over the effective input; the effective input itself when absent. */
function parametersStage(frame, effective) {
    const template = frame.state.parameters;
    const value = template === undefined ? effective : (0, payload_1.evaluatePayloadTemplate)(template, effective, frame);
    if (!(0, failure_1.isFailure)(value))
        frame.afterParameters = value;
    return value;
}
/** ResultSelector, Assign, ResultPath and OutputPath (JSONPath). Sets frame.assigned. */
function outputStageJsonPath(frame, result, useSelector, extraAssign) {
    const state = frame.state;
    frame.result = result;
    let selected = result;
    if (useSelector && state.resultSelector !== undefined) {
        const v = (0, payload_1.evaluatePayloadTemplate)(state.resultSelector, result, frame);
        if ((0, failure_1.isFailure)(v))
            return v;
        selected = v;
    }
    frame.afterResultSelector = selected;
    const assigned = assignJsonPath(frame, selected, extraAssign);
    if ((0, failure_1.isFailure)(assigned))
        return assigned;
    const afterResultPath = state.resultPath === undefined && !state.hasResultPath ? selected : (0, resultPath_1.applyResultPath)(frame.input, state.resultPath, selected);
    if ((0, failure_1.isFailure)(afterResultPath))
        return afterResultPath;
    frame.afterResultPath = afterResultPath;
    return outputPath(frame, afterResultPath);
}
/** Choice, Wait, Succeed: no result; Assign sees the effective input. */
function passThroughJsonPath(frame, effective, extraAssign) {
    const assigned = assignJsonPath(frame, effective, extraAssign);
    if ((0, failure_1.isFailure)(assigned))
        return assigned;
    return outputPath(frame, effective);
}
function outputPath(frame, value) {
    const path = frame.state.outputPath;
    return path === undefined ? value : path === null ? {} : (0, jsonpath_1.evaluatePath)(path, value, frame);
}
function assignJsonPath(frame, data, extraAssign) {
    const assign = frame.state.assign;
    frame.assigned = undefined;
    if (assign === undefined && extraAssign === undefined)
        return undefined;
    let values = {};
    for (const template of [assign, extraAssign]) {
        if (template === undefined)
            continue;
        const v = (0, payload_1.evaluatePayloadTemplate)(template, data, frame);
        if ((0, failure_1.isFailure)(v))
            return v;
        values = { ...values, ...v };
    }
    frame.assigned = values;
    return undefined;
}
/** Output and Assign (JSONata), with $states.result when there is a result. */
async function outputStageJsonata(frame, result, extraAssign) {
    const def = frame.state.def;
    const states = { input: frame.input, context: frame.context };
    if (result !== undefined) {
        states.result = result;
        frame.result = result;
    }
    const bindings = { states: states };
    let output = result === undefined ? frame.input : result;
    if (def.Output !== undefined) {
        const v = await (0, jsonata_1.evaluateJsonataTemplate)(def.Output, bindings, frame);
        if ((0, failure_1.isFailure)(v))
            return new LocatedFailure(v, 'Output');
        output = v;
    }
    frame.assigned = undefined;
    let values;
    for (const template of [def.Assign, extraAssign]) {
        if (template === undefined)
            continue;
        const v = await (0, jsonata_1.evaluateJsonataTemplate)(template, bindings, frame);
        if ((0, failure_1.isFailure)(v))
            return new LocatedFailure(v, 'Assign');
        values = { ...values, ...v };
    }
    frame.assigned = values;
    return output;
}
/** Arguments (JSONata) against $states.input; the input itself when absent. */
async function argumentsStage(frame, field = 'Arguments') {
    const template = frame.state.def[field];
    if (template === undefined)
        return frame.input;
    const v = await (0, jsonata_1.evaluateJsonataTemplate)(template, { states: { input: frame.input, context: frame.context } }, frame);
    if ((0, failure_1.isFailure)(v))
        return new LocatedFailure(v, field);
    frame.afterParameters = v;
    return v;
}
/** A JSONata failure with the field it came from (EvaluationFailed.location). */
class LocatedFailure {
    failure;
    location;
    constructor(failure, location) {
        this.failure = failure;
        this.location = location;
    }
}
exports.LocatedFailure = LocatedFailure;
function jsonataBindings(frame) {
    return { states: { input: frame.input, context: frame.context } };
}
//# sourceMappingURL=flow.js.map