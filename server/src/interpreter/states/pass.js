"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.runPass = runPass;
const failure_1 = require("../failure");
const flow_1 = require("../flow");
const common_1 = require("./common");
function runPass(engine, frame) {
    if (frame.state.jsonata)
        return (0, flow_1.outputStageJsonata)(frame, undefined).then((out) => (0, common_1.exitWith)(engine, frame, out));
    const effective = (0, flow_1.inputStage)(frame);
    if ((0, failure_1.isFailure)(effective))
        return engine.failState(frame, effective);
    const state = frame.state;
    let result = effective;
    if (state.parameters !== undefined) {
        const v = (0, flow_1.parametersStage)(frame, effective);
        if ((0, failure_1.isFailure)(v))
            return engine.failState(frame, v);
        result = v;
    }
    else if (state.def.Result !== undefined)
        result = state.def.Result;
    const output = (0, flow_1.outputStageJsonPath)(frame, result, false);
    if ((0, failure_1.isFailure)(output))
        return engine.failState(frame, output);
    engine.exitState(frame, output);
}
//# sourceMappingURL=pass.js.map