"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DISTRIBUTED_SHAPES = void 0;
const fields_1 = require("./fields");
const enumValues_1 = require("./enumValues");
function shape(name, doc, fields, constraints = {}) {
    return { name, doc, fields: (0, fields_1.byName)(fields), constraints };
}
/** Payload limit of one batch (256 KiB). */
const MAX_BATCH_BYTES = 262144;
exports.DISTRIBUTED_SHAPES = {
    ItemReader: shape('ItemReader', 'Where a distributed Map reads its items: an S3 object (`arn:aws:states:::s3:getObject`) or an S3 listing ' +
        '(`arn:aws:states:::s3:listObjectsV2`).', [
        (0, fields_1.field)('Resource', 'S3 API used to read: `arn:aws:states:::s3:getObject` (one object, see ReaderConfig.InputType) or ' +
            '`arn:aws:states:::s3:listObjectsV2` (the objects under a prefix become the items).', ['string']),
        { ...fields_1.PARAMETERS, doc: 'JSONPath mode: the S3 request, e.g. `{ "Bucket": ..., "Key": ... }` or `{ "Bucket", "Prefix" }`; `.$` keys allowed.' },
        { ...fields_1.ARGUMENTS, doc: 'JSONata mode: the S3 request, e.g. `{ "Bucket": ..., "Key": ... }` or `{ "Bucket", "Prefix" }`.' },
        (0, fields_1.field)('ReaderConfig', 'How to read the object: its format, CSV headers and delimiter, and an item limit.', ['object'], fields_1.BOTH, {
            shape: 'ReaderConfig',
        }),
    ], { required: [{ fields: ['Resource'] }] }),
    ReaderConfig: shape('ReaderConfig', 'Format and limits of the data a distributed Map reads.', [
        (0, fields_1.field)('InputType', 'Format of the S3 object: `CSV`, `JSON`, `JSONL` (JSON Lines), `PARQUET`, or `MANIFEST` (an Athena data ' +
            'manifest or S3 Inventory manifest). Not used with `s3:listObjectsV2`.', ['string'], fields_1.BOTH, (0, enumValues_1.choices)(enumValues_1.INPUT_TYPES)),
        (0, fields_1.field)('CSVHeaderLocation', 'CSV only: `FIRST_ROW` (the first line holds the column names) or `GIVEN` (names listed in `CSVHeaders`).', ['string'], fields_1.BOTH, (0, enumValues_1.choices)(enumValues_1.CSV_HEADER_LOCATIONS)),
        (0, fields_1.field)('CSVHeaders', 'CSV with `CSVHeaderLocation: GIVEN`: the column names, in order.', ['array']),
        (0, fields_1.field)('CSVDelimiter', 'CSV only: the field separator. Default `COMMA`.', ['string'], fields_1.BOTH, (0, enumValues_1.choices)(enumValues_1.CSV_DELIMITERS)),
        (0, fields_1.field)('MaxItems', 'Read at most this many items (from the start). JSONata: may be a `{% %}` expression. At most 100,000,000.', ['integer', 'jsonata'], fields_1.BOTH, { minimum: 0, maximum: 100000000 }),
        (0, fields_1.pathTwin)('MaxItems', 'the maximum number of items to read'),
        (0, fields_1.field)('ItemsPointer', 'JSON input: a JSON Pointer (e.g. `/data/items`) to the array or object inside the file to iterate over. ' +
            'Empty or omitted: the whole document.', ['string']),
    ], { atMostOneOf: [{ fields: ['MaxItems', 'MaxItemsPath'] }] }),
    ItemBatcher: shape('ItemBatcher', 'Groups items into batches; each child execution gets `{ "Items": [...], "BatchInput": ... }`. ' +
        'Give at least one of the two limits.', [
        (0, fields_1.field)('MaxItemsPerBatch', 'Maximum number of items per batch. JSONata: may be a `{% %}` expression.', ['integer', 'jsonata'], fields_1.BOTH, {
            minimum: 1,
        }),
        (0, fields_1.pathTwin)('MaxItemsPerBatch', 'the maximum number of items per batch'),
        (0, fields_1.field)('MaxInputBytesPerBatch', 'Maximum size of a batch in bytes, at most 262,144 (256 KiB). JSONata: may be a `{% %}` expression.', ['integer', 'jsonata'], fields_1.BOTH, { minimum: 1, maximum: MAX_BATCH_BYTES }),
        (0, fields_1.pathTwin)('MaxInputBytesPerBatch', 'the maximum batch size in bytes'),
        (0, fields_1.field)('BatchInput', 'Fixed JSON added to every batch as `BatchInput`. JSONPath: `.$` keys allowed; JSONata: `{% %}` values.', ['any', 'payloadTemplate']),
    ], {
        atMostOneOf: [
            { fields: ['MaxItemsPerBatch', 'MaxItemsPerBatchPath'] },
            { fields: ['MaxInputBytesPerBatch', 'MaxInputBytesPerBatchPath'] },
        ],
    }),
    ResultWriter: shape('ResultWriter', 'Writes the child execution results of a distributed Map to S3 (`arn:aws:states:::s3:putObject`) and/or ' +
        'formats them with `WriterConfig`.', [
        (0, fields_1.field)('Resource', 'S3 API used to write: `arn:aws:states:::s3:putObject`.', ['string']),
        { ...fields_1.PARAMETERS, doc: 'JSONPath mode: where to write, `{ "Bucket": ..., "Prefix": ... }`; `.$` keys allowed.' },
        { ...fields_1.ARGUMENTS, doc: 'JSONata mode: where to write, `{ "Bucket": ..., "Prefix": ... }`.' },
        (0, fields_1.field)('WriterConfig', 'Format of the exported results.', ['object'], fields_1.BOTH, { shape: 'WriterConfig' }),
    ], { required: [] }),
    WriterConfig: shape('WriterConfig', 'Format of the results a distributed Map writes.', [
        (0, fields_1.field)('OutputType', 'File format: `JSON` (an array) or `JSONL` (one result per line).', ['string'], fields_1.BOTH, (0, enumValues_1.choices)(enumValues_1.OUTPUT_TYPES)),
        (0, fields_1.field)('Transformation', '`NONE`: full child execution details; `COMPACT`: only each child\'s output; `FLATTEN`: outputs, with arrays ' +
            'returned by children flattened into one array.', ['string'], fields_1.BOTH, (0, enumValues_1.choices)(enumValues_1.TRANSFORMATIONS)),
    ]),
};
//# sourceMappingURL=distributedShapes.js.map