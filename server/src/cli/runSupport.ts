/*
 * What `asl run` plugs into the interpreter from the outside world, and only for paths the user
 * configured: the item folder (--items-dir: s3://Bucket/Key is DIR/Bucket/Key), the result folder
 * (--result-dir), the handler module (--handlers) and the real clock (--real-time). Paths from a
 * definition can never leave their folder: `..`, absolute keys and buckets are refused, and links
 * count by their real target (a link out of the folder is refused; folder walks skip link loops).
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, realpathSync, statSync, writeFileSync } from 'fs';
import { isAbsolute, join, relative, resolve, sep, dirname } from 'path';
import { Failure } from '../interpreter/failure';
import type { ObjectStore } from '../interpreter/environment';
import type { TaskHandler } from '../interpreter/tasks';
import type { CliIo } from './io';

/** DIR/bucket/key when it stays inside DIR, else undefined. */
export function confinedPath(root: string, bucket: string, key: string): string | undefined {
  if (bucket === '' || isAbsolute(key) || isAbsolute(bucket)) return undefined;
  const full = resolve(root, bucket, key);
  const rel = relative(resolve(root), full);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..')) return undefined;
  return full;
}

export function objectStore(io: CliIo, itemsDir: string | undefined, resultDir: string | undefined): ObjectStore {
  return {
    getObject(bucket, key) {
      if (itemsDir === undefined)
        return new Failure('States.ItemReaderFailed', `cannot read s3://${bucket}/${key}: no --items-dir was given`);
      const path = confinedPath(resolve(io.cwd, itemsDir), bucket, key);
      if (path === undefined || !realpathInside(resolve(io.cwd, itemsDir), path))
        return new Failure('States.ItemReaderFailed', `s3://${bucket}/${key} escapes the --items-dir folder`);
      try {
        return io.readFile(path);
      } catch (e) {
        return new Failure(
          'States.ItemReaderFailed',
          `cannot read s3://${bucket}/${key} (${path}): ${e instanceof Error ? e.message : String(e)}`,
        );
      }
    },
    listObjects(bucket, prefix) {
      if (itemsDir === undefined)
        return new Failure('States.ItemReaderFailed', `cannot list s3://${bucket}/${prefix}: no --items-dir was given`);
      const top = resolve(io.cwd, itemsDir);
      const root = bucket.includes('/') || bucket.includes(sep) ? undefined : confinedPath(top, bucket, '.');
      if (root === undefined || !realpathInside(top, root))
        return new Failure('States.ItemReaderFailed', `the bucket '${bucket}' escapes the --items-dir folder`);
      try {
        return walk(root, realpathSync(top))
          .map((p) => ({ Key: relative(root, p).split(sep).join('/'), Size: statSync(p).size }))
          .filter((o) => o.Key.startsWith(prefix));
      } catch (e) {
        return new Failure(
          'States.ItemReaderFailed',
          `cannot list s3://${bucket}: ${e instanceof Error ? e.message : String(e)}`,
        );
      }
    },
    putObject(bucket, key, body) {
      if (resultDir === undefined)
        return new Failure(
          'States.ResultWriterFailed',
          `cannot write s3://${bucket}/${key}: no --result-dir was given`,
        );
      const top = resolve(io.cwd, resultDir);
      const path = confinedPath(top, bucket, key);
      const escapes = new Failure('States.ResultWriterFailed', `s3://${bucket}/${key} escapes the --result-dir folder`);
      if (path === undefined) return escapes;
      try {
        if (!writableInside(top, path)) return escapes;
        mkdirSync(dirname(path), { recursive: true });
        if (!realpathInside(top, dirname(path))) return escapes;
        writeFileSync(path, body, 'utf8');
        return undefined;
      } catch (e) {
        return new Failure(
          'States.ResultWriterFailed',
          `cannot write ${path}: ${e instanceof Error ? e.message : String(e)}`,
        );
      }
    },
  };
}

/**
 * Files under `dir`, without recursion: links are followed only when their target lies inside
 * `top` (the real path of the folder), and a folder already visited (a link loop) is skipped.
 */
function walk(dir: string, top: string): string[] {
  const files: string[] = [];
  const seen = new Set<string>();
  const pending = [dir];
  while (pending.length > 0) {
    const current = pending.pop() as string;
    const real = realpathSync(current);
    if (seen.has(real) || !isInside(top, real)) continue;
    seen.add(real);
    for (const name of readdirSync(current).sort().reverse()) {
      const p = join(current, name);
      if (!realpathInside(top, p)) continue;
      if (statSync(p).isDirectory()) pending.push(p);
      else files.push(p);
    }
  }
  return files.sort();
}

function isInside(top: string, real: string): boolean {
  const rel = relative(top, real);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * True when the real path (links resolved) of `path`, or of its nearest existing ancestor when it
 * does not exist yet, is inside the real path of `top`. A dangling link counts as outside.
 */
function realpathInside(top: string, path: string): boolean {
  let existing = path;
  while (!existsSync(existing) && dirname(existing) !== existing) {
    if (isLink(existing)) return false;
    existing = dirname(existing);
  }
  try {
    return isInside(realpathSync(top), realpathSync(existing));
  } catch {
    return false;
  }
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * A result file may be written when it is not itself a link and its folder resolves inside `top`
 * (checked before any folder is created under `top`; `top` itself, the user's --result-dir, is created).
 */
function writableInside(top: string, path: string): boolean {
  mkdirSync(top, { recursive: true });
  return !isLink(path) && realpathInside(top, dirname(path));
}

/**
 * The --handlers module: `module.exports = { "<state name or Resource ARN>": (input, context) => result }`
 * (also accepted under a `handlers` export). Returns an error message when it cannot be loaded.
 */
export function loadHandlers(io: CliIo, file: string): Map<string, TaskHandler> | string {
  let mod: unknown;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    mod = require(resolve(io.cwd, file));
  } catch (e) {
    return `cannot load handlers from '${file}': ${e instanceof Error ? e.message : String(e)}`;
  }
  const exported = (mod as { handlers?: unknown }).handlers ?? mod;
  if (typeof exported !== 'object' || exported === null)
    return `'${file}' must export an object of handler functions keyed by state name or Resource`;
  const map = new Map<string, TaskHandler>();
  for (const [name, fn] of Object.entries(exported)) if (typeof fn === 'function') map.set(name, fn as TaskHandler);
  return map;
}

/** setTimeout's longest delay (about 24.8 days); longer waits are slept in pieces. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Really waits `ms` (--real-time), or less when `signal` is aborted first (Ctrl+C). */
export async function realSleep(ms: number, signal?: AbortSignal): Promise<void> {
  for (let left = ms; left > 0 && !signal?.aborted; left -= MAX_TIMER_MS) {
    await new Promise<void>((done) => {
      const timer = setTimeout(finish, Math.min(left, MAX_TIMER_MS));
      function finish(): void {
        clearTimeout(timer);
        signal?.removeEventListener('abort', finish);
        done();
      }
      signal?.addEventListener('abort', finish);
    });
  }
}
