"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.STRING_INTRINSICS = void 0;
/*
 * States.StringSplit(string, delimiters): splits on every character of `delimiters`.
 * Decision: empty pieces are dropped (Java StringTokenizer behaviour: "a,,b" → ["a","b"]).
 */
const failure_1 = require("../failure");
const support_1 = require("./support");
const stringSplit = (input) => {
    const s = (0, support_1.argString)(input, 0);
    if (s instanceof failure_1.Failure)
        return s;
    const delimiters = (0, support_1.argString)(input, 1);
    if (delimiters instanceof failure_1.Failure)
        return delimiters;
    if (delimiters === '')
        return s === '' ? [] : [s];
    const out = [];
    let piece = '';
    for (const ch of s) {
        if (delimiters.includes(ch)) {
            if (piece !== '')
                out.push(piece);
            piece = '';
        }
        else {
            piece += ch;
        }
    }
    if (piece !== '')
        out.push(piece);
    return out;
};
exports.STRING_INTRINSICS = { 'States.StringSplit': stringSplit };
//# sourceMappingURL=string.js.map