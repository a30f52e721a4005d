"use strict";
/*
 * Syntax trees of ASL expressions: JSONPath (Jayway dialect, as AWS Step Functions runs it) and
 * intrinsic function calls. Offsets are relative to the parsed text. Pure data, no evaluation.
 */
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=types.js.map