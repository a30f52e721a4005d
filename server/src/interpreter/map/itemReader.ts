/*
 * Distributed Map ItemReader (input-output-itemreader page) over the injected ObjectStore:
 * s3:getObject with ReaderConfig.InputType JSON (an array, or ItemsPointer into an object),
 * JSONL, CSV (FIRST_ROW or GIVEN headers, delimiter COMMA/PIPE/SEMICOLON/TAB/SPACE; values are
 * strings) and s3:listObjectsV2 (with `Transformation: LOAD_AND_FLATTEN`, each listed object is read
 * per InputType and its items are concatenated); MaxItems. Any problem is States.ItemReaderFailed.
 */
import { Failure, isFailure } from '../failure';
import type { ObjectStore } from '../environment';
import { isJsonObject, type Json, type JsonObject } from '../value';
import { parseCsv } from './csv';
import { parseJsonGuarded } from '../guards';

export interface ReaderRequest {
  readonly resource: string;
  /** Parameters/Arguments after evaluation: {Bucket, Key | Prefix}. */
  readonly args: Json;
  readonly readerConfig: JsonObject;
  /** MaxItems after evaluation (0 / undefined = all). */
  readonly maxItems?: number;
}

export function readItems(store: ObjectStore | undefined, req: ReaderRequest): Json[] | Failure {
  if (!store)
    return fail('no item source is configured (asl run --items-dir DIR reads s3://Bucket/Key from DIR/Bucket/Key)');
  const args = isJsonObject(req.args) ? req.args : {};
  const bucket = typeof args.Bucket === 'string' ? args.Bucket : '';
  const items = /s3:listObjectsV2$/.test(req.resource)
    ? listedItems(store, bucket, args, req.readerConfig)
    : fromObject(store, bucket, args, req.readerConfig);
  if (isFailure(items)) return items;
  const max = req.maxItems ?? 0;
  return max > 0 ? items.slice(0, max) : items;
}

function listedItems(store: ObjectStore, bucket: string, args: JsonObject, config: JsonObject): Json[] | Failure {
  const objects = listed(store, bucket, args);
  if (isFailure(objects) || config.Transformation !== 'LOAD_AND_FLATTEN') return objects;
  const items: Json[] = [];
  for (const object of objects) {
    const key = isJsonObject(object) ? object.Key : undefined;
    const loaded = fromObject(store, bucket, { Key: typeof key === 'string' ? key : '' }, config);
    if (isFailure(loaded)) return loaded;
    for (const item of loaded) items.push(item);
  }
  return items;
}

function listed(store: ObjectStore, bucket: string, args: JsonObject): Json[] | Failure {
  if (!store.listObjects) return fail('listing objects is not supported by this item source');
  const listing = store.listObjects(bucket, typeof args.Prefix === 'string' ? args.Prefix : '');
  if (isFailure(listing)) return asReaderFailure(listing);
  return listing.map((o) => ({
    Etag: '"00000000000000000000000000000000"',
    Key: o.Key,
    LastModified: 0,
    Size: o.Size,
    StorageClass: 'STANDARD',
  }));
}

function fromObject(store: ObjectStore, bucket: string, args: JsonObject, config: JsonObject): Json[] | Failure {
  const key = typeof args.Key === 'string' ? args.Key : '';
  const text = store.getObject(bucket, key);
  if (isFailure(text)) return asReaderFailure(text);
  const type = typeof config.InputType === 'string' ? config.InputType : 'JSON';
  try {
    if (type === 'JSON') return jsonItems(text, config);
    if (type === 'JSONL')
      return text
        .split(/\r?\n/)
        .filter((l) => l.trim() !== '')
        .map((l) => guardedParse(l));
    if (type === 'CSV') return csvItems(text, config);
  } catch (e) {
    return fail(`s3://${bucket}/${key} is not valid ${type}: ${e instanceof Error ? e.message : String(e)}`);
  }
  return fail(`InputType '${type}' is not supported locally`);
}

/** JSON.parse with the depth guard; throws (caught above as "not valid <type>") when refused. */
function guardedParse(text: string): Json {
  const parsed = parseJsonGuarded(text, 'an item');
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed.value;
}

function jsonItems(text: string, config: JsonObject): Json[] | Failure {
  let data = guardedParse(text);
  if (typeof config.ItemsPointer === 'string') {
    for (const part of config.ItemsPointer.split('/').slice(1)) {
      const k = part.replace(/~1/g, '/').replace(/~0/g, '~');
      data = pointerStep(data, k);
    }
  }
  return Array.isArray(data) ? data : fail('the JSON file does not hold an array of items');
}

const DELIMITERS: Record<string, string> = { COMMA: ',', PIPE: '|', SEMICOLON: ';', TAB: '\t', SPACE: ' ' };

function csvItems(text: string, config: JsonObject): Json[] | Failure {
  const delimiter = DELIMITERS[typeof config.CSVDelimiter === 'string' ? config.CSVDelimiter : 'COMMA'] ?? ',';
  const rows = parseCsv(text, delimiter);
  let headers: string[];
  if (config.CSVHeaderLocation === 'GIVEN') {
    if (!Array.isArray(config.CSVHeaders)) return fail('CSVHeaderLocation GIVEN needs CSVHeaders');
    headers = config.CSVHeaders.map(String);
  } else {
    headers = rows.shift() ?? [];
  }
  return rows.map((row) => Object.fromEntries(headers.map((h, i) => [h, row[i] ?? ''])));
}

function fail(cause: string): Failure {
  return new Failure('States.ItemReaderFailed', cause);
}

function asReaderFailure(f: Failure): Failure {
  return f.error === 'States.ItemReaderFailed' ? f : fail(f.cause);
}

/** One step of a JSON Pointer (RFC 6901): an array index or an object key; null when absent. */
function pointerStep(data: Json, key: string): Json {
  if (Array.isArray(data)) return data[Number(key)] ?? null;
  return isJsonObject(data) ? (data[key] ?? null) : null;
}
