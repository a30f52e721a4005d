"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ENCODING_INTRINSICS = void 0;
/*
 * Intrinsics for data encoding: States.Base64Encode and States.Base64Decode (UTF-8 text, inputs of
 * at most 10,000 characters). Decoding refuses text outside the Base64 alphabet.
 */
const failure_1 = require("../failure");
const support_1 = require("./support");
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{2,3})?$/;
const base64Encode = (input) => {
    const s = (0, support_1.argString)(input, 0, support_1.MAX_STRING_CHARS);
    return s instanceof failure_1.Failure ? s : Buffer.from(s, 'utf8').toString('base64');
};
const base64Decode = (input) => {
    const s = (0, support_1.argString)(input, 0, support_1.MAX_STRING_CHARS);
    if (s instanceof failure_1.Failure)
        return s;
    if (!BASE64.test(s))
        return (0, support_1.intrinsicFailure)(input.name, 'the argument is not valid Base64');
    return Buffer.from(s, 'base64').toString('utf8');
};
exports.ENCODING_INTRINSICS = {
    'States.Base64Encode': base64Encode,
    'States.Base64Decode': base64Decode,
};
//# sourceMappingURL=encoding.js.map