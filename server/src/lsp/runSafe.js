"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.runSafe = runSafe;
function runSafe(logger, name, fallback, token, run) {
    if (token?.isCancellationRequested)
        return fallback;
    try {
        return run();
    }
    catch (error) {
        logger.error(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        return fallback;
    }
}
//# sourceMappingURL=runSafe.js.map