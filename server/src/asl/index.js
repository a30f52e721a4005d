"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.isTerminal = exports.canReachTerminal = exports.referencesTo = exports.reachableStates = exports.successors = exports.findState = exports.locate = exports.spanContains = exports.findNodeAtOffset = exports.isObject = exports.isString = exports.stringValue = exports.nodeToValue = exports.getPropertyValue = exports.getProperty = exports.formatForFileName = exports.parseAsl = void 0;
/*
 * Public API of the ASL document model (barrel). Consumers import from here, not from the files.
 * Pure, no I/O, no LSP types; nothing here throws.
 */
__exportStar(require("./types"), exports);
var parse_1 = require("./parse");
Object.defineProperty(exports, "parseAsl", { enumerable: true, get: function () { return parse_1.parseAsl; } });
Object.defineProperty(exports, "formatForFileName", { enumerable: true, get: function () { return parse_1.formatForFileName; } });
var nodes_1 = require("./nodes");
Object.defineProperty(exports, "getProperty", { enumerable: true, get: function () { return nodes_1.getProperty; } });
Object.defineProperty(exports, "getPropertyValue", { enumerable: true, get: function () { return nodes_1.getPropertyValue; } });
Object.defineProperty(exports, "nodeToValue", { enumerable: true, get: function () { return nodes_1.nodeToValue; } });
Object.defineProperty(exports, "stringValue", { enumerable: true, get: function () { return nodes_1.stringValue; } });
Object.defineProperty(exports, "isString", { enumerable: true, get: function () { return nodes_1.isString; } });
Object.defineProperty(exports, "isObject", { enumerable: true, get: function () { return nodes_1.isObject; } });
Object.defineProperty(exports, "findNodeAtOffset", { enumerable: true, get: function () { return nodes_1.findNodeAtOffset; } });
Object.defineProperty(exports, "spanContains", { enumerable: true, get: function () { return nodes_1.spanContains; } });
var locate_1 = require("./locate");
Object.defineProperty(exports, "locate", { enumerable: true, get: function () { return locate_1.locate; } });
var graph_1 = require("./graph");
Object.defineProperty(exports, "findState", { enumerable: true, get: function () { return graph_1.findState; } });
Object.defineProperty(exports, "successors", { enumerable: true, get: function () { return graph_1.successors; } });
Object.defineProperty(exports, "reachableStates", { enumerable: true, get: function () { return graph_1.reachableStates; } });
Object.defineProperty(exports, "referencesTo", { enumerable: true, get: function () { return graph_1.referencesTo; } });
Object.defineProperty(exports, "canReachTerminal", { enumerable: true, get: function () { return graph_1.canReachTerminal; } });
Object.defineProperty(exports, "isTerminal", { enumerable: true, get: function () { return graph_1.isTerminal; } });
//# sourceMappingURL=index.js.map