/*
 * Shapes used only by a distributed Map: ItemReader (+ ReaderConfig), ItemBatcher, ResultWriter
 * (+ WriterConfig). Pure data. Values follow the AWS Step Functions developer guide (Distributed Map pages).
 */
import type { FieldSpec, ObjectShapeSpec } from './types';
import { ARGUMENTS, BOTH, PARAMETERS, byName, field, pathTwin } from './fields';
import {
  CSV_DELIMITERS,
  CSV_HEADER_LOCATIONS,
  INPUT_TYPES,
  MANIFEST_TYPES,
  OUTPUT_TYPES,
  READER_TRANSFORMATIONS,
  TRANSFORMATIONS,
  choices,
} from './enumValues';

function shape(
  name: string,
  doc: string,
  fields: FieldSpec[],
  constraints: ObjectShapeSpec['constraints'] = {},
): ObjectShapeSpec {
  return { name, doc, fields: byName(fields), constraints };
}

/** Payload limit of one batch (256 KiB). */
const MAX_BATCH_BYTES = 262144;

export const DISTRIBUTED_SHAPES: Readonly<Record<string, ObjectShapeSpec>> = {
  ItemReader: shape(
    'ItemReader',
    'Where a distributed Map reads its items: an S3 object (`arn:aws:states:::s3:getObject`) or an S3 listing ' +
      '(`arn:aws:states:::s3:listObjectsV2`).',
    [
      field(
        'Resource',
        'S3 API used to read: `arn:aws:states:::s3:getObject` (one object, see ReaderConfig.InputType) or ' +
          '`arn:aws:states:::s3:listObjectsV2` (the objects under a prefix become the items).',
        ['string'],
      ),
      {
        ...PARAMETERS,
        doc: 'JSONPath mode: the S3 request, e.g. `{ "Bucket": ..., "Key": ... }` or `{ "Bucket", "Prefix" }`; `.$` keys allowed.',
      },
      {
        ...ARGUMENTS,
        doc: 'JSONata mode: the S3 request, e.g. `{ "Bucket": ..., "Key": ... }` or `{ "Bucket", "Prefix" }`.',
      },
      field(
        'ReaderConfig',
        'How to read the object: its format, CSV headers and delimiter, and an item limit.',
        ['object'],
        BOTH,
        {
          shape: 'ReaderConfig',
        },
      ),
    ],
    { required: [{ fields: ['Resource'] }] },
  ),
  ReaderConfig: shape(
    'ReaderConfig',
    'Format and limits of the data a distributed Map reads.',
    [
      field(
        'InputType',
        'Format of the S3 object: `CSV`, `JSON`, `JSONL` (JSON Lines), `PARQUET`, or `MANIFEST` (an Athena data ' +
          'manifest or S3 Inventory manifest). Not used with `s3:listObjectsV2`.',
        ['string'],
        BOTH,
        choices(INPUT_TYPES),
      ),
      field(
        'CSVHeaderLocation',
        'CSV only: `FIRST_ROW` (the first line holds the column names) or `GIVEN` (names listed in `CSVHeaders`).',
        ['string'],
        BOTH,
        choices(CSV_HEADER_LOCATIONS),
      ),
      field(
        'ManifestType',
        'MANIFEST only: `ATHENA_DATA` (an Athena data manifest) or `S3_INVENTORY` (an S3 Inventory manifest).',
        ['string'],
        BOTH,
        choices(MANIFEST_TYPES),
      ),
      field(
        'Transformation',
        '`s3:listObjectsV2` only: `NONE` (the listed objects are the items) or `LOAD_AND_FLATTEN` (each listed ' +
          'object is read per `InputType` and its items are the items).',
        ['string'],
        BOTH,
        choices(READER_TRANSFORMATIONS),
      ),
      field('CSVHeaders', 'CSV with `CSVHeaderLocation: GIVEN`: the column names, in order.', ['array']),
      field(
        'CSVDelimiter',
        'CSV only: the field separator. Default `COMMA`.',
        ['string'],
        BOTH,
        choices(CSV_DELIMITERS),
      ),
      field(
        'MaxItems',
        'Read at most this many items (from the start). JSONata: may be a `{% %}` expression. At most 100,000,000.',
        ['integer', 'jsonata'],
        BOTH,
        { minimum: 0, maximum: 100000000 },
      ),
      pathTwin('MaxItems', 'the maximum number of items to read'),
      field(
        'ItemsPointer',
        'JSON input: a JSON Pointer (e.g. `/data/items`) to the array or object inside the file to iterate over. ' +
          'Empty or omitted: the whole document.',
        ['string'],
      ),
    ],
    { atMostOneOf: [{ fields: ['MaxItems', 'MaxItemsPath'] }] },
  ),
  ItemBatcher: shape(
    'ItemBatcher',
    'Groups items into batches; each child execution gets `{ "Items": [...], "BatchInput": ... }`. ' +
      'Give at least one of the two limits.',
    [
      field(
        'MaxItemsPerBatch',
        'Maximum number of items per batch. JSONata: may be a `{% %}` expression.',
        ['integer', 'jsonata'],
        BOTH,
        {
          minimum: 1,
        },
      ),
      pathTwin('MaxItemsPerBatch', 'the maximum number of items per batch'),
      field(
        'MaxInputBytesPerBatch',
        'Maximum size of a batch in bytes, at most 262,144 (256 KiB). JSONata: may be a `{% %}` expression.',
        ['integer', 'jsonata'],
        BOTH,
        { minimum: 1, maximum: MAX_BATCH_BYTES },
      ),
      pathTwin('MaxInputBytesPerBatch', 'the maximum batch size in bytes'),
      field(
        'BatchInput',
        'Fixed JSON added to every batch as `BatchInput`. JSONPath: `.$` keys allowed; JSONata: `{% %}` values.',
        ['any', 'payloadTemplate'],
      ),
    ],
    {
      atMostOneOf: [
        { fields: ['MaxItemsPerBatch', 'MaxItemsPerBatchPath'] },
        { fields: ['MaxInputBytesPerBatch', 'MaxInputBytesPerBatchPath'] },
      ],
    },
  ),
  ResultWriter: shape(
    'ResultWriter',
    'Writes the child execution results of a distributed Map to S3 (`arn:aws:states:::s3:putObject`) and/or ' +
      'formats them with `WriterConfig`.',
    [
      field('Resource', 'S3 API used to write: `arn:aws:states:::s3:putObject`.', ['string']),
      { ...PARAMETERS, doc: 'JSONPath mode: where to write, `{ "Bucket": ..., "Prefix": ... }`; `.$` keys allowed.' },
      { ...ARGUMENTS, doc: 'JSONata mode: where to write, `{ "Bucket": ..., "Prefix": ... }`.' },
      field('WriterConfig', 'Format of the exported results.', ['object'], BOTH, { shape: 'WriterConfig' }),
    ],
    { required: [] },
  ),
  WriterConfig: shape('WriterConfig', 'Format of the results a distributed Map writes.', [
    field(
      'OutputType',
      'File format: `JSON` (an array) or `JSONL` (one result per line).',
      ['string'],
      BOTH,
      choices(OUTPUT_TYPES),
    ),
    field(
      'Transformation',
      "`NONE`: full child execution details; `COMPACT`: only each child's output; `FLATTEN`: outputs, with arrays " +
        'returned by children flattened into one array.',
      ['string'],
      BOTH,
      choices(TRANSFORMATIONS),
    ),
  ]),
};
