"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.JSON_INTRINSICS = void 0;
/*
 * Intrinsics for JSON data: States.JsonMerge (shallow only: the third argument must be false),
 * States.StringToJson and States.JsonToString (compact JSON text).
 */
const failure_1 = require("../failure");
const value_1 = require("../value");
const support_1 = require("./support");
const jsonMerge = (input) => {
    const a = (0, support_1.argObject)(input, 0);
    const b = (0, support_1.argObject)(input, 1);
    if (a instanceof failure_1.Failure)
        return a;
    if (b instanceof failure_1.Failure)
        return b;
    const deep = input.args[2];
    if (deep !== false)
        return (0, support_1.intrinsicFailure)(input.name, deep === true ? 'deep merging is not supported, the third argument must be false' : 'the third argument must be the boolean false');
    const merged = (0, value_1.shallowCopy)(a);
    for (const key of Object.keys(b))
        (0, value_1.setOwn)(merged, key, b[key]);
    return merged;
};
const stringToJson = (input) => {
    const s = (0, support_1.argString)(input, 0);
    if (s instanceof failure_1.Failure)
        return s;
    try {
        return JSON.parse(s);
    }
    catch {
        return (0, support_1.intrinsicFailure)(input.name, 'the argument is not valid JSON text');
    }
};
const jsonToString = ({ args }) => JSON.stringify(args[0]);
exports.JSON_INTRINSICS = {
    'States.JsonMerge': jsonMerge,
    'States.StringToJson': stringToJson,
    'States.JsonToString': jsonToString,
};
//# sourceMappingURL=json.js.map