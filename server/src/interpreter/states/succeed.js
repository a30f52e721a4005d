"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.runSucceed = runSucceed;
const failure_1 = require("../failure");
const flow_1 = require("../flow");
const common_1 = require("./common");
function runSucceed(engine, frame) {
    if (frame.state.jsonata)
        return (0, flow_1.outputStageJsonata)(frame, undefined).then((out) => (0, common_1.exitWith)(engine, frame, out));
    const effective = (0, flow_1.inputStage)(frame);
    if ((0, failure_1.isFailure)(effective))
        return engine.failState(frame, effective);
    (0, common_1.exitWith)(engine, frame, (0, flow_1.passThroughJsonPath)(frame, effective));
}
//# sourceMappingURL=succeed.js.map