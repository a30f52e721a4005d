"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.runFail = runFail;
const failure_1 = require("../failure");
const jsonpath_1 = require("../jsonpath");
const intrinsics_1 = require("../intrinsics");
const jsonata_1 = require("../jsonata");
const flow_1 = require("../flow");
const common_1 = require("./common");
function runFail(engine, frame) {
    if (frame.state.jsonata)
        return runFailJsonata(engine, frame);
    const def = frame.state.def;
    const error = fieldValue(frame, def.Error, def.ErrorPath, 'ErrorPath');
    if ((0, failure_1.isFailure)(error))
        return engine.failState(frame, error);
    const cause = fieldValue(frame, def.Cause, def.CausePath, 'CausePath');
    if ((0, failure_1.isFailure)(cause))
        return engine.failState(frame, cause);
    engine.failFrame(frame, new failure_1.Failure(error, cause));
}
function fieldValue(frame, literal, path, name) {
    if (typeof path === 'string') {
        const v = path.startsWith('States.') ? (0, intrinsics_1.evaluateIntrinsic)(path, frame.input, frame) : (0, jsonpath_1.evaluatePath)(path, frame.input, frame);
        if ((0, failure_1.isFailure)(v))
            return v;
        if (typeof v !== 'string')
            return new failure_1.Failure('States.Runtime', `The value of ${name} '${path}' in state '${frame.state.name}' is not a string.`);
        return v;
    }
    return typeof literal === 'string' ? literal : '';
}
async function runFailJsonata(engine, frame) {
    const def = frame.state.def;
    const out = [];
    for (const [name, value] of [['Error', def.Error], ['Cause', def.Cause]]) {
        let v = value ?? '';
        if ((0, jsonata_1.isJsonataString)(v))
            v = await (0, jsonata_1.evaluateJsonata)((0, common_1.jsonataBody)(v), (0, flow_1.jsonataBindings)(frame), frame);
        if ((0, failure_1.isFailure)(v))
            return engine.evaluationFailed(frame, v, name);
        if (typeof v !== 'string')
            return engine.evaluationFailed(frame, new failure_1.Failure('States.QueryEvaluationError', `The ${name} field of state '${frame.state.name}' must evaluate to a string.`), name);
        out.push(v);
    }
    engine.failFrame(frame, new failure_1.Failure(out[0], out[1]));
}
//# sourceMappingURL=fail.js.map