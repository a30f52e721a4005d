/*
 * How the built dispatcher (dist/cli.js) loads a command bundle (dist/cli/<name>.js): like `require`,
 * but compiled with V8's code cache from dist/cli/<name>.js.cache, written by the build. A cache that
 * is missing, made for another bundle or rejected by V8 (another Node) only costs the compile.
 */
import { Module, createRequire } from 'module';
import { readFileSync, writeFileSync } from 'fs';
import { dirname } from 'path';
import { Script } from 'vm';

/**
 * The build appends this comment, with a hash of the bundle, as the bundle's last line. A keyed
 * bundle is already wrapped in the CommonJS module function and is ASCII (scripts/build/cliBundles.js).
 */
const KEY_LINE = /\/\/# aslBundleKey=([0-9a-f]+)\s*$/;

/** What the loader did with the cache, as ASL_CODE_CACHE=report prints it. */
type CacheStatus = 'accepted' | 'rejected' | 'missing' | 'unkeyed' | 'written';

/**
 * `require(file)` through the code cache. ASL_CODE_CACHE=write (the build) writes the cache when the
 * process exits, after the command ran: V8 then includes every function the command compiled on
 * first call, which a later run deserializes instead of compiling. ASL_CODE_CACHE=report prints to
 * stderr what became of the cache.
 */
export function requireWithCodeCache(file: string): unknown {
  const known = require.cache[file];
  if (known) return known.exports;
  const bytes = readFileSync(file);
  const key = KEY_LINE.exec(bytes.toString('latin1', Math.max(0, bytes.length - 200)))?.[1];
  const mode = process.env.ASL_CODE_CACHE;
  if (key === undefined) {
    if (mode === 'write' || mode === 'report') report(file, 'unkeyed');
    return createRequire(file)(file); // not built by the build: Node's own loader, no cache
  }
  const writing = mode === 'write';
  const cached = writing ? undefined : readCache(`${file}.cache`, key);
  // latin1: the ASCII text becomes a one-byte string with no UTF-8 decoding copies
  const script = new Script(bytes.toString('latin1'), { filename: file, cachedData: cached });
  const loaded = new Module(file, module);
  loaded.filename = file;
  require.cache[file] = loaded;
  const body = script.runInThisContext() as (...args: unknown[]) => void;
  body.call(loaded.exports, loaded.exports, createRequire(file), loaded, file, dirname(file));
  loaded.loaded = true;
  if (writing) process.once('exit', () => writeCache(file, key, script));
  else if (mode === 'report') report(file, status(cached, script));
  return loaded.exports;
}

/** The cache's bytes when its first line is this bundle's key; undefined when absent or made for another bundle. */
function readCache(path: string, key: string): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return undefined; // no cache next to the bundle: compile from the source
  }
  const header = `${key}\n`;
  return bytes.toString('latin1', 0, header.length) === header ? bytes.subarray(header.length) : undefined;
}

function writeCache(file: string, key: string, script: Script): void {
  writeFileSync(`${file}.cache`, Buffer.concat([Buffer.from(`${key}\n`, 'latin1'), script.createCachedData()]));
  report(file, 'written');
}

function status(cached: Buffer | undefined, script: Script): CacheStatus {
  if (cached === undefined) return 'missing';
  return script.cachedDataRejected === true ? 'rejected' : 'accepted';
}

function report(file: string, what: CacheStatus): void {
  process.stderr.write(`asl: code cache ${what}: ${file}\n`);
}
