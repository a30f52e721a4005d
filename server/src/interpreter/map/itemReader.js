"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.readItems = readItems;
/*
 * Distributed Map ItemReader (input-output-itemreader page) over the injected ObjectStore:
 * s3:getObject with ReaderConfig.InputType JSON (an array, or ItemsPointer into an object),
 * JSONL, CSV (FIRST_ROW or GIVEN headers, delimiter COMMA/PIPE/SEMICOLON/TAB/SPACE; values are
 * strings) and s3:listObjectsV2; MaxItems. Any problem is States.ItemReaderFailed.
 */
const failure_1 = require("../failure");
const value_1 = require("../value");
const csv_1 = require("./csv");
function readItems(store, req) {
    if (!store)
        return fail('no item source is configured (asl run --items-dir DIR reads s3://Bucket/Key from DIR/Bucket/Key)');
    const args = (0, value_1.isJsonObject)(req.args) ? req.args : {};
    const bucket = typeof args.Bucket === 'string' ? args.Bucket : '';
    const items = /s3:listObjectsV2$/.test(req.resource) ? listed(store, bucket, args) : fromObject(store, bucket, args, req.readerConfig);
    if ((0, failure_1.isFailure)(items))
        return items;
    const max = req.maxItems ?? 0;
    return max > 0 ? items.slice(0, max) : items;
}
function listed(store, bucket, args) {
    if (!store.listObjects)
        return fail('listing objects is not supported by this item source');
    const listing = store.listObjects(bucket, typeof args.Prefix === 'string' ? args.Prefix : '');
    if ((0, failure_1.isFailure)(listing))
        return asReaderFailure(listing);
    return listing.map((o) => ({ Etag: '"00000000000000000000000000000000"', Key: o.Key, LastModified: 0, Size: o.Size, StorageClass: 'STANDARD' }));
}
function fromObject(store, bucket, args, config) {
    const key = typeof args.Key === 'string' ? args.Key : '';
    const text = store.getObject(bucket, key);
    if ((0, failure_1.isFailure)(text))
        return asReaderFailure(text);
    const type = typeof config.InputType === 'string' ? config.InputType : 'JSON';
    try {
        if (type === 'JSON')
            return jsonItems(text, config);
        if (type === 'JSONL')
            return text.split(/\r?\n/).filter((l) => l.trim() !== '').map((l) => JSON.parse(l));
        if (type === 'CSV')
            return csvItems(text, config);
    }
    catch (e) {
        return fail(`s3://${bucket}/${key} is not valid ${type}: ${e instanceof Error ? e.message : String(e)}`);
    }
    return fail(`InputType '${type}' is not supported locally`);
}
function jsonItems(text, config) {
    let data = JSON.parse(text);
    if (typeof config.ItemsPointer === 'string') {
        for (const part of config.ItemsPointer.split('/').slice(1)) {
            const k = part.replace(/~1/g, '/').replace(/~0/g, '~');
            data = Array.isArray(data) ? (data[Number(k)] ?? null) : (0, value_1.isJsonObject)(data) ? (data[k] ?? null) : null;
        }
    }
    return Array.isArray(data) ? data : fail('the JSON file does not hold an array of items');
}
const DELIMITERS = { COMMA: ',', PIPE: '|', SEMICOLON: ';', TAB: '\t', SPACE: ' ' };
function csvItems(text, config) {
    const delimiter = DELIMITERS[typeof config.CSVDelimiter === 'string' ? config.CSVDelimiter : 'COMMA'] ?? ',';
    const rows = (0, csv_1.parseCsv)(text, delimiter);
    let headers;
    if (config.CSVHeaderLocation === 'GIVEN') {
        if (!Array.isArray(config.CSVHeaders))
            return fail('CSVHeaderLocation GIVEN needs CSVHeaders');
        headers = config.CSVHeaders.map(String);
    }
    else {
        headers = rows.shift() ?? [];
    }
    return rows.map((row) => Object.fromEntries(headers.map((h, i) => [h, row[i] ?? ''])));
}
function fail(cause) {
    return new failure_1.Failure('States.ItemReaderFailed', cause);
}
function asReaderFailure(f) {
    return f.error === 'States.ItemReaderFailed' ? f : fail(f.cause);
}
//# sourceMappingURL=itemReader.js.map