"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.retryDelayMs = retryDelayMs;
/** Delay in milliseconds of retry number `attempt` (0-based), or undefined when exhausted. */
function retryDelayMs(retrier, attempt, random) {
    if (attempt >= retrier.maxAttempts)
        return undefined;
    let seconds = retrier.intervalSeconds * Math.pow(retrier.backoffRate, attempt);
    if (retrier.maxDelaySeconds !== undefined && seconds > retrier.maxDelaySeconds)
        seconds = retrier.maxDelaySeconds;
    if (retrier.jitter)
        seconds = random() * seconds;
    return Math.round(seconds * 1000);
}
//# sourceMappingURL=retry.js.map