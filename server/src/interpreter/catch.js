"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.handleStateError = handleStateError;
const failure_1 = require("./failure");
const frame_1 = require("./frame");
const errors_1 = require("./errors");
const retry_1 = require("./retry");
const resultPath_1 = require("./resultPath");
const payload_1 = require("./payload");
const jsonata_1 = require("./jsonata");
function handleStateError(engine, frame, failure) {
    const state = frame.state;
    if (state.retry.length > 0 && failure.error !== 'States.Runtime') {
        const i = (0, errors_1.firstMatch)(state.retry, failure.error);
        if (i >= 0) {
            const counts = (frame.retryCounts ??= new Array(state.retry.length).fill(0));
            const delay = (0, retry_1.retryDelayMs)(state.retry[i], counts[i], engine.env.random);
            if (delay !== undefined) {
                counts[i]++;
                frame.retryCount++;
                frame.token = undefined;
                frame.invalidateContext();
                engine.sleepUntil(frame, engine.now() + delay, frame_1.PHASE_PREPARE, 'retry');
                return;
            }
        }
    }
    const j = failure.error === 'States.Runtime' ? -1 : (0, errors_1.firstMatch)(state.catchers, failure.error);
    if (j >= 0)
        return applyCatcher(engine, frame, state.catchers[j], failure);
    engine.failFrame(frame, failure);
}
function applyCatcher(engine, frame, catcher, failure) {
    const errorOutput = { Error: failure.error, Cause: failure.cause };
    frame.nextState = catcher.next;
    if (frame.state.jsonata)
        return applyJsonataCatcher(engine, frame, catcher, errorOutput);
    const def = catcher.def;
    if (def.Assign !== undefined) {
        const assigned = (0, payload_1.evaluatePayloadTemplate)(def.Assign, errorOutput, frame);
        if ((0, failure_1.isFailure)(assigned))
            return engine.failFrame(frame, assigned);
        frame.assigned = assigned;
    }
    else
        frame.assigned = undefined;
    const resultPath = 'ResultPath' in def ? def.ResultPath : undefined;
    const output = (0, resultPath_1.applyResultPath)(frame.input, resultPath, errorOutput);
    if ((0, failure_1.isFailure)(output))
        return engine.failFrame(frame, output);
    frame.afterResultPath = output;
    engine.exitState(frame, output);
}
async function applyJsonataCatcher(engine, frame, catcher, errorOutput) {
    const def = catcher.def;
    const bindings = { states: { input: frame.input, errorOutput, context: frame.context } };
    let output = errorOutput;
    if (def.Output !== undefined) {
        const evaluated = await (0, jsonata_1.evaluateJsonataTemplate)(def.Output, bindings, frame);
        if ((0, failure_1.isFailure)(evaluated))
            return engine.failFrame(frame, evaluated);
        output = evaluated;
    }
    frame.assigned = undefined;
    if (def.Assign !== undefined) {
        const assigned = await (0, jsonata_1.evaluateJsonataTemplate)(def.Assign, bindings, frame);
        if ((0, failure_1.isFailure)(assigned))
            return engine.failFrame(frame, assigned);
        frame.assigned = assigned;
    }
    engine.exitState(frame, output);
}
//# sourceMappingURL=catch.js.map