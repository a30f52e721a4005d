/*
 * Enumerated values of ASL fields with a short doc for each (hover and completion details).
 * Pure data; `choices()` turns one table into the `enum` + `enumDocs` of a FieldSpec.
 */

type Docs = Readonly<Record<string, string>>;

export function choices(docs: Docs): { enum: readonly string[]; enumDocs: Docs } {
  return { enum: Object.keys(docs), enumDocs: docs };
}

export const QUERY_LANGUAGES: Docs = {
  JSONPath: 'Paths (`$.x`), payload templates with `.$` keys and `States.*` intrinsic functions. The default.',
  JSONata: '`{% %}` JSONata expressions with `$states.input`, `$states.result`, `Arguments`, `Output` and `Condition`.',
};

export const STATE_TYPE_NAMES: Docs = {
  Pass: 'Passes its input to its output, optionally transformed.',
  Task: 'Runs one unit of work: a Lambda function, an AWS service integration, an HTTPS call or an activity.',
  Choice: 'Branches to the first rule that matches, else `Default`.',
  Wait: 'Pauses for some seconds or until a timestamp.',
  Succeed: 'Ends its machine successfully.',
  Fail: 'Ends its machine with an error and a cause.',
  Parallel: 'Runs several branches at once with the same input.',
  Map: 'Runs a sub-workflow for each item of an array or data set.',
};

export const ASL_VERSIONS: Docs = { '1.0': 'Amazon States Language 1.0, the only version.' };

export const PROCESSOR_MODES: Docs = {
  INLINE: 'Iterations run inside the parent execution (at most about 40 at once); history stays in the parent.',
  DISTRIBUTED: 'Each item or batch runs as a child execution (up to 10,000 at once), for large data sets in S3.',
};

export const EXECUTION_TYPES: Docs = {
  STANDARD: 'Child executions are Standard workflows: exactly-once, up to one year, full history.',
  EXPRESS: 'Child executions are Express workflows: at-least-once, up to five minutes, cheaper at high volume.',
};

export const JITTER_STRATEGIES: Docs = {
  FULL: 'Each retry waits a random time between 0 and the computed delay.',
  NONE: 'Each retry waits exactly the computed delay (default).',
};

export const INPUT_TYPES: Docs = {
  CSV: 'Comma-separated (or other delimiter) text; each row becomes an item.',
  JSON: 'A JSON document holding an array (or, with ItemsPointer, an array or object inside it).',
  JSONL: 'JSON Lines: one JSON value per line, each an item.',
  MANIFEST: 'An Athena data manifest or S3 Inventory manifest listing the objects to process.',
  PARQUET: 'An Apache Parquet file; each row becomes an item.',
};

export const MANIFEST_TYPES: Docs = {
  ATHENA_DATA: 'An Athena data manifest (the objects an UNLOAD query wrote); needs `InputType` for their format.',
  S3_INVENTORY: 'An S3 Inventory `manifest.json`: each object listed in its inventory files becomes an item.',
};

export const READER_TRANSFORMATIONS: Docs = {
  NONE: 'Each listed object (Key, Size, ...) becomes an item (default).',
  LOAD_AND_FLATTEN: 'Each listed object is read (per `InputType`) and its items are flattened into one list.',
};

export const CSV_HEADER_LOCATIONS: Docs = {
  FIRST_ROW: 'The first line of the file holds the column names.',
  GIVEN: 'The column names are listed in `CSVHeaders`; every line is data.',
};

export const CSV_DELIMITERS: Docs = {
  COMMA: 'Fields separated by `,` (default).',
  PIPE: 'Fields separated by `|`.',
  SEMICOLON: 'Fields separated by `;`.',
  SPACE: 'Fields separated by a space.',
  TAB: 'Fields separated by a tab.',
};

export const OUTPUT_TYPES: Docs = {
  JSON: 'Results written as JSON arrays.',
  JSONL: 'Results written as JSON Lines, one result per line.',
};

export const TRANSFORMATIONS: Docs = {
  NONE: 'Full details of each child execution (input, output, status, ...).',
  COMPACT: 'Only the output of each child execution.',
  FLATTEN: 'Only the outputs, with arrays returned by children flattened into one array.',
};
