"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MATH_INTRINSICS = void 0;
exports.seededRandom = seededRandom;
/*
 * Intrinsics for math: States.MathRandom(start, end[, seed]) — an integer in [start, end), seeded
 * runs repeat; without a seed it draws from the execution's seeded random — and States.MathAdd,
 * on integers in [-2^31, 2^31 - 1]. Non-integers are rounded first (Math.round, as Java's).
 */
const failure_1 = require("../failure");
const support_1 = require("./support");
const INT_MIN = -2147483648;
const INT_MAX = 2147483647;
const mathAdd = (input) => {
    const a = (0, support_1.argInteger)(input, 0);
    if (a instanceof failure_1.Failure)
        return a;
    const b = (0, support_1.argInteger)(input, 1);
    if (b instanceof failure_1.Failure)
        return b;
    if (a < INT_MIN || a > INT_MAX || b < INT_MIN || b > INT_MAX) {
        return (0, support_1.intrinsicFailure)(input.name, 'the values must be integers between -2147483648 and 2147483647');
    }
    return a + b;
};
const mathRandom = (input) => {
    const start = (0, support_1.argInteger)(input, 0);
    if (start instanceof failure_1.Failure)
        return start;
    const end = (0, support_1.argInteger)(input, 1);
    if (end instanceof failure_1.Failure)
        return end;
    if (end <= start)
        return (0, support_1.intrinsicFailure)(input.name, 'the start must be less than the end');
    let random = input.scope.random;
    if (input.args.length > 2) {
        const seed = (0, support_1.argInteger)(input, 2);
        if (seed instanceof failure_1.Failure)
            return seed;
        random = seededRandom(seed);
    }
    return start + Math.floor(random() * (end - start));
};
/** mulberry32: a small, fast, well-distributed 32-bit PRNG; the same seed gives the same numbers. */
function seededRandom(seed) {
    let a = seed | 0;
    return () => {
        a = (a + 0x6d2b79f5) | 0;
        let t = Math.imul(a ^ (a >>> 15), 1 | a);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
exports.MATH_INTRINSICS = {
    'States.MathAdd': mathAdd,
    'States.MathRandom': mathRandom,
};
//# sourceMappingURL=math.js.map