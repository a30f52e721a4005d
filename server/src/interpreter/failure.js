"use strict";
/*
 * ASL errors as values. Expression evaluators return a Failure instead of throwing, so that the
 * engine decides (Retry/Catch, or failing the execution) with AWS's error name and cause.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.Failure = void 0;
exports.isFailure = isFailure;
exports.runtimeFailure = runtimeFailure;
class Failure {
    error;
    cause;
    constructor(error, cause) {
        this.error = error;
        this.cause = cause;
    }
}
exports.Failure = Failure;
function isFailure(x) {
    return x instanceof Failure;
}
function runtimeFailure(cause) {
    return new Failure('States.Runtime', cause);
}
//# sourceMappingURL=failure.js.map