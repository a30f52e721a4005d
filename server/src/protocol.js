"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.StateGraphRequest = exports.SERVER_NODE_FLAGS = void 0;
/*
 * Custom LSP messages between the ASL Studio client and server, declared once here (literal method
 * names, typed params/results) and imported by both halves. Only vscode-languageserver-protocol.
 */
const vscode_languageserver_protocol_1 = require("vscode-languageserver-protocol");
/**
 * Node flags the language server process runs with. A larger young generation: parsing a large
 * definition allocates hundreds of thousands of short-lived tree nodes, and with Node's default
 * 16 MiB semi-space they survive into costly scavenges (measured: diagnostics on a 1000-state,
 * 626 KB definition 20 ms -> 11 ms). The extension passes them; other editors should too.
 */
exports.SERVER_NODE_FLAGS = ['--max-semi-space-size=32'];
/** `asl/stateGraph`: states and transitions of a document, with their ranges (graph preview). */
exports.StateGraphRequest = new vscode_languageserver_protocol_1.RequestType('asl/stateGraph');
//# sourceMappingURL=protocol.js.map