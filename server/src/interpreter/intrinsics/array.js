"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ARRAY_INTRINSICS = exports.MAX_RANGE_ITEMS = void 0;
/*
 * Intrinsics for arrays: States.Array, ArrayPartition, ArrayContains, ArrayRange, ArrayGetItem,
 * ArrayLength, ArrayUnique. Results share the elements of their inputs (no copies).
 */
const failure_1 = require("../failure");
const value_1 = require("../value");
const support_1 = require("./support");
exports.MAX_RANGE_ITEMS = 1000;
const array = ({ args }) => args.slice();
const arrayPartition = (input) => {
    const arr = (0, support_1.argArray)(input, 0);
    const size = (0, support_1.argInteger)(input, 1);
    if (arr instanceof failure_1.Failure)
        return arr;
    if (size instanceof failure_1.Failure)
        return size;
    if (size <= 0)
        return (0, support_1.intrinsicFailure)(input.name, 'the chunk size must be a positive integer');
    const chunks = [];
    for (let i = 0; i < arr.length; i += size)
        chunks.push(arr.slice(i, i + size));
    return chunks;
};
const arrayContains = (input) => {
    const arr = (0, support_1.argArray)(input, 0);
    if (arr instanceof failure_1.Failure)
        return arr;
    const needle = input.args[1];
    return arr.some((item) => (0, value_1.jsonEquals)(item, needle));
};
const arrayRange = (input) => {
    const [start, end, step] = [(0, support_1.argInteger)(input, 0), (0, support_1.argInteger)(input, 1), (0, support_1.argInteger)(input, 2)];
    if (start instanceof failure_1.Failure)
        return start;
    if (end instanceof failure_1.Failure)
        return end;
    if (step instanceof failure_1.Failure)
        return step;
    if (step === 0)
        return (0, support_1.intrinsicFailure)(input.name, 'the step must not be 0');
    const count = (end - start) / step < 0 ? 0 : Math.floor((end - start) / step) + 1;
    if (count > exports.MAX_RANGE_ITEMS)
        return (0, support_1.intrinsicFailure)(input.name, `the range would have ${count} items, more than ${exports.MAX_RANGE_ITEMS}`);
    const out = [];
    for (let i = 0; i < count; i++)
        out.push(start + i * step);
    return out;
};
const arrayGetItem = (input) => {
    const arr = (0, support_1.argArray)(input, 0);
    const index = input.args[1];
    if (arr instanceof failure_1.Failure)
        return arr;
    if (typeof index !== 'number' || !Number.isInteger(index))
        return (0, support_1.intrinsicFailure)(input.name, 'the index must be an integer');
    if (index < 0 || index >= arr.length)
        return (0, support_1.intrinsicFailure)(input.name, `the index ${index} is out of range for an array of ${arr.length} items`);
    return arr[index];
};
const arrayLength = (input) => {
    const arr = (0, support_1.argArray)(input, 0);
    return arr instanceof failure_1.Failure ? arr : arr.length;
};
const arrayUnique = (input) => {
    const arr = (0, support_1.argArray)(input, 0);
    if (arr instanceof failure_1.Failure)
        return arr;
    const seenScalars = new Set();
    const out = [];
    for (const item of arr) {
        if (item === null || typeof item !== 'object') {
            const key = `${typeof item}:${String(item)}`;
            if (!seenScalars.has(key))
                out.push(item);
            seenScalars.add(key);
        }
        else if (!out.some((o) => (0, value_1.jsonEquals)(o, item))) {
            out.push(item);
        }
    }
    return out;
};
exports.ARRAY_INTRINSICS = {
    'States.Array': array,
    'States.ArrayPartition': arrayPartition,
    'States.ArrayContains': arrayContains,
    'States.ArrayRange': arrayRange,
    'States.ArrayGetItem': arrayGetItem,
    'States.ArrayLength': arrayLength,
    'States.ArrayUnique': arrayUnique,
};
//# sourceMappingURL=array.js.map