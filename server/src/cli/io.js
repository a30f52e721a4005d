"use strict";
/*
 * The CLI's window on the outside world, injected so that commands are testable without a
 * process: output streams, file reads and the working directory. Commands never touch
 * process.* directly; only main.ts builds the real CliIo.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.EXIT_USAGE = exports.EXIT_FINDINGS = exports.EXIT_OK = void 0;
/** Exit codes shared by every command. */
exports.EXIT_OK = 0;
exports.EXIT_FINDINGS = 1;
exports.EXIT_USAGE = 2;
//# sourceMappingURL=io.js.map