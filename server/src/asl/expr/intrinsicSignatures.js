"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.INTRINSIC_SIGNATURES = void 0;
/*
 * Intrinsic function names and arities, derived from the ASL facts table (asl/spec/intrinsics.ts),
 * the single source of truth: the checks and the interpreter's dispatch use the same names.
 */
const intrinsics_1 = require("../spec/intrinsics");
exports.INTRINSIC_SIGNATURES = new Map(intrinsics_1.INTRINSIC_FUNCTIONS.map((f) => [f.name, { name: f.name, minArgs: f.minArgs, maxArgs: f.maxArgs ?? Infinity, doc: f.doc }]));
//# sourceMappingURL=intrinsicSignatures.js.map