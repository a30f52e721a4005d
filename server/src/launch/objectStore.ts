/*
 * The distributed Map's files, through the injected LaunchIo only: the item folder (s3://Bucket/Key
 * is <itemsDir>/Bucket/Key) and the result folder (ResultWriter). Keys from a definition can never
 * leave their folder (`..` and absolute keys are refused). Folder names come from `names` so that
 * messages speak the caller's vocabulary (`--items-dir` or `"itemsDir"`).
 */
import { isAbsolute, join, relative, resolve, sep } from 'path';
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
  if (path === undefined) return fail(`s3://${bucket}/${key} escapes the ${folders.itemsName} folder`);
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
  const root = confinedPath(folders.itemsDir, bucket, '.');
  if (root === undefined) return fail(`s3://${bucket} escapes the ${folders.itemsName} folder`);
  try {
    return walk(io, root)
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
  const path = confinedPath(folders.resultDir, bucket, key);
  if (path === undefined) return fail(`s3://${bucket}/${key} escapes the ${folders.resultName} folder`);
  if (io.writeFile === undefined) return fail(`cannot write ${path}: this environment gives no write access`);
  try {
    io.writeFile(path, body);
  } catch (e) {
    return fail(`cannot write ${path}: ${describeIoError(e)}`);
  }
}

/** Every file under `dir`, in sorted order; throws when `dir` is not a folder. */
function walk(io: LaunchIo, dir: string): string[] {
  const entries = io.readDir?.(dir);
  if (entries === undefined) throw new Error(`'${dir}' is not a folder`);
  return [...entries].sort().flatMap((name) => {
    const p = join(dir, name);
    return io.readDir?.(p) === undefined ? [p] : walk(io, p);
  });
}

function sizeOf(io: LaunchIo, path: string): number {
  if (io.fileSize !== undefined) return io.fileSize(path);
  return new TextEncoder().encode(io.readFile(path)).length;
}
