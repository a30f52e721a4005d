"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.batchItems = batchItems;
const limits_1 = require("../limits");
function batchItems(items, settings) {
    const maxItems = settings.maxItems && settings.maxItems > 0 ? settings.maxItems : Infinity;
    const maxBytes = settings.maxBytes && settings.maxBytes > 0 ? settings.maxBytes : 262_144;
    const batches = [];
    let current = [];
    let bytes = 0;
    for (const item of items) {
        const size = (0, limits_1.payloadSize)(item) + 1;
        if (current.length > 0 && (current.length >= maxItems || bytes + size > maxBytes)) {
            batches.push(makeBatch(current, settings.batchInput));
            current = [];
            bytes = 0;
        }
        current.push(item);
        bytes += size;
    }
    if (current.length > 0)
        batches.push(makeBatch(current, settings.batchInput));
    return batches;
}
function makeBatch(items, batchInput) {
    return batchInput === undefined ? { Items: items } : { BatchInput: batchInput, Items: items };
}
//# sourceMappingURL=itemBatcher.js.map