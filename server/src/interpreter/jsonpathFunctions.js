"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.applyPathFunction = applyPathFunction;
const value_1 = require("./value");
function applyPathFunction(fn, value) {
    if (value === undefined)
        return undefined;
    switch (fn) {
        case 'length':
            if (Array.isArray(value) || typeof value === 'string')
                return value.length;
            return (0, value_1.isJsonObject)(value) ? Object.keys(value).length : undefined;
        case 'keys':
            return (0, value_1.isJsonObject)(value) ? Object.keys(value) : undefined;
        case 'first':
            return Array.isArray(value) && value.length > 0 ? value[0] : undefined;
        case 'last':
            return Array.isArray(value) && value.length > 0 ? value[value.length - 1] : undefined;
        default:
            return aggregate(fn, value);
    }
}
function aggregate(fn, value) {
    if (!Array.isArray(value))
        return undefined;
    const numbers = value.filter((v) => typeof v === 'number');
    if (numbers.length === 0)
        return undefined;
    const sum = numbers.reduce((a, b) => a + b, 0);
    const avg = sum / numbers.length;
    switch (fn) {
        case 'min': return Math.min(...numbers);
        case 'max': return Math.max(...numbers);
        case 'sum': return sum;
        case 'avg': return avg;
        case 'stddev': return Math.sqrt(numbers.reduce((a, b) => a + (b - avg) * (b - avg), 0) / numbers.length);
    }
}
//# sourceMappingURL=jsonpathFunctions.js.map