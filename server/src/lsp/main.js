"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/*
 * Entry point of the language server (bundled to dist/server.js). Creates the connection for the
 * transport given on the command line (--stdio, --node-ipc, --socket=PORT) and starts the server.
 * Knows nothing of features; runs in any editor: `node dist/server.js --stdio`.
 */
const node_1 = require("vscode-languageserver/node");
const server_1 = require("./server");
// Without a transport argument, speak LSP over stdin/stdout (what most editors expect).
if (!process.argv.some((a) => /^--(stdio|node-ipc|socket|pipe)/.test(a)))
    process.argv.push('--stdio');
const connection = (0, node_1.createConnection)(node_1.ProposedFeatures.all);
console.log = (...args) => connection.console.log(args.map(String).join(' '));
console.error = (...args) => connection.console.error(args.map(String).join(' '));
(0, server_1.startServer)(connection);
connection.listen();
//# sourceMappingURL=main.js.map