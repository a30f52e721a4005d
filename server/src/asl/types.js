"use strict";
/*
 * The ASL document model: one format-neutral syntax tree for JSON and YAML, and the state machines
 * built on it. Offsets only (0-based UTF-16 code units into the text); no LSP types, no I/O.
 * Everything here is plain data, produced by parse.ts, which never throws.
 */
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=types.js.map