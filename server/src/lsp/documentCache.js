"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DocumentCache = void 0;
class DocumentCache {
    parse;
    entries = new Map();
    /** Number of parses done, for tests. */
    parses = 0;
    constructor(parse) {
        this.parse = parse;
    }
    get(textDocument) {
        const entry = this.entries.get(textDocument.uri);
        if (entry !== undefined && entry.version === textDocument.version && entry.languageId === textDocument.languageId)
            return entry.asl;
        const asl = this.parse(textDocument);
        this.parses++;
        this.entries.set(textDocument.uri, { version: textDocument.version, languageId: textDocument.languageId, asl });
        return asl;
    }
    delete(uri) {
        this.entries.delete(uri);
    }
}
exports.DocumentCache = DocumentCache;
//# sourceMappingURL=documentCache.js.map