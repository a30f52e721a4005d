"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.awsFunctions = awsFunctions;
/*
 * The functions AWS Step Functions adds to JSONata ($partition, $range, $hash, $random, $uuid,
 * $parse), the one it removes ($eval), and a deterministic $now/$millis when a clock is injected.
 * They throw plain Errors; jsonata.ts turns every error into States.QueryEvaluationError.
 */
const crypto_1 = require("crypto");
const jsonata_1 = __importDefault(require("jsonata"));
const hash_1 = require("./intrinsics/hash");
const math_1 = require("./intrinsics/math");
const uuid_1 = require("./intrinsics/uuid");
function partition(array, size) {
    if (!Array.isArray(array))
        throw new Error('$partition: the first argument must be an array');
    if (typeof size !== 'number' || !Number.isInteger(size) || size <= 0)
        throw new Error('$partition: the size must be a positive integer');
    const out = [];
    for (let i = 0; i < array.length; i += size)
        out.push(array.slice(i, i + size));
    return out;
}
function range(start, end, step = 1) {
    if (typeof start !== 'number' || typeof end !== 'number' || typeof step !== 'number')
        throw new Error('$range: the arguments must be numbers');
    if (step === 0)
        throw new Error('$range: the step must not be 0');
    const out = [];
    for (let v = start; step > 0 ? v <= end : v >= end; v += step)
        out.push(v);
    return out;
}
function hash(data, algorithm) {
    if (typeof data !== 'string')
        throw new Error('$hash: the first argument must be a string');
    const name = typeof algorithm === 'string' && Object.prototype.hasOwnProperty.call(hash_1.HASH_ALGORITHMS, algorithm) ? hash_1.HASH_ALGORITHMS[algorithm] : undefined;
    if (!name)
        throw new Error(`$hash: the algorithm must be one of ${Object.keys(hash_1.HASH_ALGORITHMS).join(', ')}`);
    return (0, crypto_1.createHash)(name).update(data, 'utf8').digest('hex');
}
function parse(text) {
    if (typeof text !== 'string')
        throw new Error('$parse: the argument must be a string');
    return JSON.parse(text);
}
function noEval() {
    throw new Error('The function $eval is not supported by AWS Step Functions; use $parse');
}
/** Bindings (name without `$` → function) for one evaluation. */
function awsFunctions(scope) {
    const functions = {
        partition,
        range,
        hash,
        parse,
        eval: noEval,
        random: (seed) => (seed === undefined ? scope.random() : (0, math_1.seededRandom)(Number(seed))()),
        uuid: () => (0, uuid_1.uuidV4)(scope.random),
    };
    const now = scope.now;
    if (now) {
        functions.millis = () => now();
        functions.now = (picture, timezone) => formatNow(now(), picture, timezone);
    }
    return functions;
}
let formatter;
async function formatNow(ms, picture, timezone) {
    if (picture === undefined && timezone === undefined)
        return new Date(ms).toISOString();
    if (!formatter) {
        const expr = (0, jsonata_1.default)('$fromMillis($ms, $p, $t)');
        formatter = (m, p, t) => expr.evaluate(undefined, { ms: m, p, t });
    }
    return formatter(ms, picture, timezone);
}
//# sourceMappingURL=jsonataFunctions.js.map