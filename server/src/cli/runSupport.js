"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.confinedPath = confinedPath;
exports.objectStore = objectStore;
exports.loadHandlers = loadHandlers;
exports.realSleep = realSleep;
/*
 * What `asl run` plugs into the interpreter from the outside world, and only for paths the user
 * configured: the item folder (--items-dir: s3://Bucket/Key is DIR/Bucket/Key), the result folder
 * (--result-dir), the handler module (--handlers) and the real clock (--real-time). Paths from a
 * definition can never leave their folder (`..` and absolute keys are refused).
 */
const fs_1 = require("fs");
const path_1 = require("path");
const failure_1 = require("../interpreter/failure");
/** DIR/bucket/key when it stays inside DIR, else undefined. */
function confinedPath(root, bucket, key) {
    if (bucket === '' || (0, path_1.isAbsolute)(key) || (0, path_1.isAbsolute)(bucket))
        return undefined;
    const full = (0, path_1.resolve)(root, bucket, key);
    const rel = (0, path_1.relative)((0, path_1.resolve)(root), full);
    if (rel === '' || rel.startsWith('..') || (0, path_1.isAbsolute)(rel) || rel.split(path_1.sep).includes('..'))
        return undefined;
    return full;
}
function objectStore(io, itemsDir, resultDir) {
    return {
        getObject(bucket, key) {
            if (itemsDir === undefined)
                return new failure_1.Failure('States.ItemReaderFailed', `cannot read s3://${bucket}/${key}: no --items-dir was given`);
            const path = confinedPath((0, path_1.resolve)(io.cwd, itemsDir), bucket, key);
            if (path === undefined)
                return new failure_1.Failure('States.ItemReaderFailed', `s3://${bucket}/${key} escapes the --items-dir folder`);
            try {
                return io.readFile(path);
            }
            catch (e) {
                return new failure_1.Failure('States.ItemReaderFailed', `cannot read s3://${bucket}/${key} (${path}): ${e instanceof Error ? e.message : String(e)}`);
            }
        },
        listObjects(bucket, prefix) {
            if (itemsDir === undefined)
                return new failure_1.Failure('States.ItemReaderFailed', `cannot list s3://${bucket}/${prefix}: no --items-dir was given`);
            const root = confinedPath((0, path_1.resolve)(io.cwd, itemsDir), bucket, '.') ?? (0, path_1.resolve)(io.cwd, itemsDir, bucket);
            try {
                return walk(root).map((p) => ({ Key: (0, path_1.relative)(root, p).split(path_1.sep).join('/'), Size: (0, fs_1.statSync)(p).size })).filter((o) => o.Key.startsWith(prefix));
            }
            catch (e) {
                return new failure_1.Failure('States.ItemReaderFailed', `cannot list s3://${bucket}: ${e instanceof Error ? e.message : String(e)}`);
            }
        },
        putObject(bucket, key, body) {
            if (resultDir === undefined)
                return new failure_1.Failure('States.ResultWriterFailed', `cannot write s3://${bucket}/${key}: no --result-dir was given`);
            const path = confinedPath((0, path_1.resolve)(io.cwd, resultDir), bucket, key);
            if (path === undefined)
                return new failure_1.Failure('States.ResultWriterFailed', `s3://${bucket}/${key} escapes the --result-dir folder`);
            try {
                (0, fs_1.mkdirSync)((0, path_1.dirname)(path), { recursive: true });
                (0, fs_1.writeFileSync)(path, body, 'utf8');
                return undefined;
            }
            catch (e) {
                return new failure_1.Failure('States.ResultWriterFailed', `cannot write ${path}: ${e instanceof Error ? e.message : String(e)}`);
            }
        },
    };
}
function walk(dir) {
    return (0, fs_1.readdirSync)(dir).flatMap((name) => {
        const p = (0, path_1.join)(dir, name);
        return (0, fs_1.statSync)(p).isDirectory() ? walk(p) : [p];
    });
}
/**
 * The --handlers module: `module.exports = { "<state name or Resource ARN>": (input, context) => result }`
 * (also accepted under a `handlers` export). Returns an error message when it cannot be loaded.
 */
function loadHandlers(io, file) {
    let mod;
    try {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        mod = require((0, path_1.resolve)(io.cwd, file));
    }
    catch (e) {
        return `cannot load handlers from '${file}': ${e instanceof Error ? e.message : String(e)}`;
    }
    const exported = mod.handlers ?? mod;
    if (typeof exported !== 'object' || exported === null)
        return `'${file}' must export an object of handler functions keyed by state name or Resource`;
    const map = new Map();
    for (const [name, fn] of Object.entries(exported))
        if (typeof fn === 'function')
            map.set(name, fn);
    return map;
}
function realSleep(ms) {
    return new Promise((done) => setTimeout(done, ms));
}
//# sourceMappingURL=runSupport.js.map