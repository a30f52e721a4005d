"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.modelOf = modelOf;
/** The open document and its (cached) model, or undefined for an unknown URI. */
function modelOf(ctx, uri) {
    const doc = ctx.documents.get(uri);
    return doc === undefined ? undefined : { doc, asl: ctx.cache.get(doc) };
}
//# sourceMappingURL=context.js.map