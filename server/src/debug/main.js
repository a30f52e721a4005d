"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/*
 * Entry of dist/debugAdapter.js: the Debug Adapter Protocol server over the interpreter.
 * Placeholder until the step-debugger issue: it answers no DAP and exits with an explanation,
 * so that nothing mistakes it for a working adapter. Must never import `vscode`.
 */
process.stderr.write('asl-studio: the step debugger is not implemented yet (planned in a later release).\n');
process.exitCode = 1;
//# sourceMappingURL=main.js.map