"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.exitWith = exitWith;
exports.failed = failed;
exports.jsonataBody = jsonataBody;
const failure_1 = require("../failure");
const flow_1 = require("../flow");
/** Exits with `output`, or fails the state when it is a failure. */
function exitWith(engine, frame, output) {
    if (output instanceof flow_1.LocatedFailure)
        return engine.evaluationFailed(frame, output.failure, output.location);
    if ((0, failure_1.isFailure)(output))
        return engine.failState(frame, output);
    engine.exitState(frame, output);
}
/** Fails the state with a (located) failure; returns true when `value` was one. */
function failed(engine, frame, value) {
    if (value instanceof flow_1.LocatedFailure) {
        void engine.evaluationFailed(frame, value.failure, value.location);
        return true;
    }
    if ((0, failure_1.isFailure)(value)) {
        void engine.failState(frame, value);
        return true;
    }
    return false;
}
/** The body of a `{% ... %}` string. */
function jsonataBody(s) {
    return s.slice(2, -2);
}
//# sourceMappingURL=common.js.map