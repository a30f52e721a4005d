"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.HASH_INTRINSICS = exports.HASH_ALGORITHMS = void 0;
/*
 * States.Hash(data, algorithm): hex digest with MD5, SHA-1, SHA-256, SHA-384 or SHA-512.
 * Data is a string of at most 10,000 characters (a non-string is hashed as its JSON text).
 */
const crypto_1 = require("crypto");
const failure_1 = require("../failure");
const support_1 = require("./support");
exports.HASH_ALGORITHMS = {
    MD5: 'md5',
    'SHA-1': 'sha1',
    'SHA-256': 'sha256',
    'SHA-384': 'sha384',
    'SHA-512': 'sha512',
};
const hash = (input) => {
    const data = typeof input.args[0] === 'string' ? input.args[0] : JSON.stringify(input.args[0]);
    const algorithm = (0, support_1.argString)(input, 1);
    if (algorithm instanceof failure_1.Failure)
        return algorithm;
    if (data.length > support_1.MAX_STRING_CHARS)
        return (0, support_1.intrinsicFailure)(input.name, `the data is longer than 10,000 characters`);
    const nodeName = Object.prototype.hasOwnProperty.call(exports.HASH_ALGORITHMS, algorithm) ? exports.HASH_ALGORITHMS[algorithm] : undefined;
    if (!nodeName)
        return (0, support_1.intrinsicFailure)(input.name, `unknown algorithm '${algorithm}' (use ${Object.keys(exports.HASH_ALGORITHMS).join(', ')})`);
    return (0, crypto_1.createHash)(nodeName).update(data, 'utf8').digest('hex');
};
exports.HASH_INTRINSICS = { 'States.Hash': hash };
//# sourceMappingURL=hash.js.map