"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.registerCustom = registerCustom;
/*
 * Handlers of the custom requests declared in ../../protocol.ts (asl/stateGraph).
 */
const protocol_1 = require("../../protocol");
const runSafe_1 = require("../runSafe");
const navigation_1 = require("./navigation");
function registerCustom(ctx) {
    const empty = { nodes: [], edges: [] };
    ctx.connection.onRequest(protocol_1.StateGraphRequest, (p, token) => (0, runSafe_1.runSafe)(ctx.connection.console, 'stateGraph', empty, token, () => (0, navigation_1.withModel)(ctx, p.textDocument.uri, empty, (m) => ctx.service.stateGraph(m.doc, m.asl))));
}
//# sourceMappingURL=custom.js.map