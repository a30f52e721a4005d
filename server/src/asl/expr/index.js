"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.INTRINSIC_SIGNATURES = exports.MAX_INTRINSIC_NESTING = exports.countPlaceholders = exports.checkIntrinsic = exports.isIntrinsicCall = exports.parseIntrinsic = exports.isReferencePath = exports.parseJsonPath = void 0;
var jsonPathParser_1 = require("./jsonPathParser");
Object.defineProperty(exports, "parseJsonPath", { enumerable: true, get: function () { return jsonPathParser_1.parseJsonPath; } });
Object.defineProperty(exports, "isReferencePath", { enumerable: true, get: function () { return jsonPathParser_1.isReferencePath; } });
var intrinsicParser_1 = require("./intrinsicParser");
Object.defineProperty(exports, "parseIntrinsic", { enumerable: true, get: function () { return intrinsicParser_1.parseIntrinsic; } });
Object.defineProperty(exports, "isIntrinsicCall", { enumerable: true, get: function () { return intrinsicParser_1.isIntrinsicCall; } });
var intrinsicChecks_1 = require("./intrinsicChecks");
Object.defineProperty(exports, "checkIntrinsic", { enumerable: true, get: function () { return intrinsicChecks_1.checkIntrinsic; } });
Object.defineProperty(exports, "countPlaceholders", { enumerable: true, get: function () { return intrinsicChecks_1.countPlaceholders; } });
Object.defineProperty(exports, "MAX_INTRINSIC_NESTING", { enumerable: true, get: function () { return intrinsicChecks_1.MAX_INTRINSIC_NESTING; } });
var intrinsicSignatures_1 = require("./intrinsicSignatures");
Object.defineProperty(exports, "INTRINSIC_SIGNATURES", { enumerable: true, get: function () { return intrinsicSignatures_1.INTRINSIC_SIGNATURES; } });
//# sourceMappingURL=index.js.map