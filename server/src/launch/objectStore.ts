/*
 * The distributed Map's files, through the injected LaunchIo only: the item folder (s3://Bucket/Key
 * is <itemsDir>/Bucket/Key) and the result folder (ResultWriter). Keys from a definition can never
 * leave their folder: `..`, absolute keys and buckets are refused, and links count by their real
 * target (a link out of the folder is refused, a result is never written through a link, folder
 * walks skip link loops). Folder names come from `names` so that messages speak the caller's
 * vocabulary (`--items-dir` or `"itemsDir"`).
 */
import { dirname, isAbsolute, join, relative, resolve, sep } from 'path';
import { Failure } from '../interpreter/failure';
import type { ObjectStore } from '../interpreter/environment';
import { describeIoError, type LaunchIo } from './io';

/** DIR/bucket/key when it stays inside DIR, else undefined. */
export function confinedPath(root: string, bucket: string, key: string): string | undefined {
  if (bucket === '' || isAbsolute(key) || isAbsolute(bucket)) return undefined;
  const full = resolve(root, bucket, key);
  const rel = relative(resolve(root), full);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..')) return undefined;
  return full;
}

export interface ObjectFolders {
  /** Absolute item folder, if configured. */
  readonly itemsDir?: string;
  readonly resultDir?: string;
  /** How the user calls these settings, for messages. */
  readonly itemsName: string;
  readonly resultName: string;
}

export function objectStore(io: LaunchIo, folders: ObjectFolders): ObjectStore {
  return {
    getObject: (bucket, key) => getObject(io, folders, bucket, key),
    listObjects: (bucket, prefix) => listObjects(io, folders, bucket, prefix),
    putObject: (bucket, key, body) => putObject(io, folders, bucket, key, body),
  };
}

function getObject(io: LaunchIo, folders: ObjectFolders, bucket: string, key: string): string | Failure {
  const fail = (why: string): Failure => new Failure('States.ItemReaderFailed', why);
  if (folders.itemsDir === undefined)
    return fail(`cannot read s3://${bucket}/${key}: no ${folders.itemsName} was given`);
  const path = confinedPath(folders.itemsDir, bucket, key);
  if (path === undefined || !realpathInside(io, folders.itemsDir, path))
    return fail(`s3://${bucket}/${key} escapes the ${folders.itemsName} folder`);
  try {
    return io.readFile(path);
  } catch (e) {
    return fail(`cannot read s3://${bucket}/${key} (${path}): ${describeIoError(e)}`);
  }
}

function listObjects(
  io: LaunchIo,
  folders: ObjectFolders,
  bucket: string,
  prefix: string,
): { Key: string; Size: number }[] | Failure {
  const fail = (why: string): Failure => new Failure('States.ItemReaderFailed', why);
  if (folders.itemsDir === undefined)
    return fail(`cannot list s3://${bucket}/${prefix}: no ${folders.itemsName} was given`);
  const root = bucket.includes('/') || bucket.includes(sep) ? undefined : confinedPath(folders.itemsDir, bucket, '.');
  if (root === undefined || !realpathInside(io, folders.itemsDir, root))
    return fail(`the bucket '${bucket}' escapes the ${folders.itemsName} folder`);
  try {
    return walk(io, root, realOf(io, folders.itemsDir))
      .map((p) => ({ Key: relative(root, p).split(sep).join('/'), Size: sizeOf(io, p) }))
      .filter((o) => o.Key.startsWith(prefix));
  } catch (e) {
    return fail(`cannot list s3://${bucket}: ${describeIoError(e)}`);
  }
}

function putObject(io: LaunchIo, folders: ObjectFolders, bucket: string, key: string, body: string): Failure | void {
  const fail = (why: string): Failure => new Failure('States.ResultWriterFailed', why);
  if (folders.resultDir === undefined)
    return fail(`cannot write s3://${bucket}/${key}: no ${folders.resultName} was given`);
  const top = folders.resultDir;
  const path = confinedPath(top, bucket, key);
  const escapes = fail(`s3://${bucket}/${key} escapes the ${folders.resultName} folder`);
  if (path === undefined) return escapes;
  if (io.writeFile === undefined) return fail(`cannot write ${path}: this environment gives no write access`);
  try {
    io.makeDir?.(top);
    if (io.isLink?.(path) === true || !realpathInside(io, top, dirname(path))) return escapes;
    io.makeDir?.(dirname(path));
    if (!realpathInside(io, top, dirname(path))) return escapes;
    io.writeFile(path, body);
  } catch (e) {
    return fail(`cannot write ${path}: ${describeIoError(e)}`);
  }
}

/**
 * Every file under `dir`, sorted, without recursion: entries whose real path leaves `top` (the real
 * item folder) are skipped, and a folder already seen (a link loop) is walked once. Throws when
 * `dir` is not a folder.
 */
function walk(io: LaunchIo, dir: string, top: string): string[] {
  if (io.readDir?.(dir) === undefined) throw new Error(`'${dir}' is not a folder`);
  const files: string[] = [];
  const seen = new Set<string>();
  const pending = [dir];
  while (pending.length > 0) {
    const current = pending.pop() as string;
    const real = realOf(io, current);
    if (seen.has(real) || !isInside(top, real)) continue;
    seen.add(real);
    for (const name of (io.readDir?.(current) ?? []).sort().reverse()) {
      const p = join(current, name);
      if (!realpathInside(io, top, p)) continue;
      if (io.readDir?.(p) === undefined) files.push(p);
      else pending.push(p);
    }
  }
  return files.sort();
}

/** The real path where the io can tell (links resolved), else the path itself. */
function realOf(io: LaunchIo, path: string): string {
  return io.realPath === undefined ? path : io.realPath(path);
}

function isInside(top: string, real: string): boolean {
  const rel = relative(top, real);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * True when the real path (links resolved) of `path`, or of its nearest existing ancestor when it
 * does not exist yet, lies inside the real path of `top`. A dangling link counts as outside. An io
 * that cannot resolve links (test doubles) has none to follow: the lexical check already ran.
 */
function realpathInside(io: LaunchIo, top: string, path: string): boolean {
  const realPath = io.realPath;
  if (realPath === undefined) return true;
  let realTop: string;
  try {
    realTop = realPath(top);
  } catch {
    return true; // no such folder: reading from it fails with its own message
  }
  for (let existing = path; ; existing = dirname(existing)) {
    try {
      return isInside(realTop, realPath(existing));
    } catch {
      if (io.isLink?.(existing) === true || dirname(existing) === existing) return false;
    }
  }
}

function sizeOf(io: LaunchIo, path: string): number {
  if (io.fileSize !== undefined) return io.fileSize(path);
  return new TextEncoder().encode(io.readFile(path)).length;
}
