"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.collectDefinitionFiles = collectDefinitionFiles;
const DEFINITION = /\.asl\.(json|ya?ml)$/i;
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);
function collectDefinitionFiles(paths, io) {
    return paths.flatMap((path) => {
        const entries = io.readDir?.(path);
        return entries === undefined ? [path] : walk(path, entries, io);
    });
}
function walk(folder, entries, io) {
    const found = [];
    for (const name of [...entries].sort()) {
        if (SKIPPED_FOLDERS.has(name))
            continue;
        const path = folder.endsWith('/') ? folder + name : `${folder}/${name}`;
        const children = io.readDir?.(path);
        if (children !== undefined)
            found.push(...walk(path, children, io));
        else if (DEFINITION.test(name))
            found.push(path);
    }
    return found;
}
//# sourceMappingURL=files.js.map