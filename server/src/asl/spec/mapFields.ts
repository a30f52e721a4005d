/*
 * Fields of the Map state (inline and distributed), kept apart from states.ts because there are many.
 * Pure data. Distributed-only fields say so in their doc; the validator checks them against ProcessorConfig.
 */
import type { FieldSpec } from './types';
import { BOTH, JSONATA_ONLY, JSONPATH_ONLY, field, pathTwin } from './fields';

export const MAP_ONLY_FIELDS: readonly FieldSpec[] = [
  field(
    'ItemProcessor',
    'The machine run for each item (or batch): `StartAt`, `States` and an optional `ProcessorConfig` ' +
      '(`Mode` INLINE or DISTRIBUTED). Replaces the deprecated `Iterator`.',
    ['object'],
    BOTH,
    { shape: 'ItemProcessor' },
  ),
  field(
    'Iterator',
    'Deprecated name of `ItemProcessor` for inline Maps: the machine run for each item.',
    ['object'],
    BOTH,
    {
      shape: 'Iterator',
      deprecated: 'Use `ItemProcessor` instead.',
    },
  ),
  field(
    'ItemsPath',
    'JSONPath mode: reference path to the array to iterate over in the effective input (an object iterates over ' +
      'its key-value pairs). Default `$`.',
    ['referencePath'],
    JSONPATH_ONLY,
  ),
  field(
    'Items',
    'JSONata mode: the array to iterate over, as a JSON array or a `{% %}` expression. Default: the state input.',
    ['array', 'jsonata'],
    JSONATA_ONLY,
  ),
  field(
    'ItemSelector',
    'Builds the input of each iteration. JSONPath: a payload template that may read `$$.Map.Item.Index` and ' +
      '`$$.Map.Item.Value`. JSONata: a value whose `{% %}` expressions may read `$states.context.Map.Item.*`.',
    ['payloadTemplate', 'object', 'jsonata'],
  ),
  field(
    'Parameters',
    'Deprecated on Map: the old name of `ItemSelector` (a payload template applied to each item).',
    ['payloadTemplate'],
    JSONPATH_ONLY,
    { deprecated: 'Use `ItemSelector` instead.' },
  ),
  field(
    'MaxConcurrency',
    'Upper bound on concurrent iterations. `0` (default) means no explicit limit (inline Maps run at most ' +
      'about 40 at once; distributed Maps up to 10,000 child executions). `1` runs items one by one in order.',
    ['integer', 'jsonata'],
    BOTH,
    { minimum: 0 },
  ),
  pathTwin('MaxConcurrency', 'the maximum concurrency (a non-negative integer)'),
  field(
    'ToleratedFailureCount',
    'Distributed Map only: how many items may fail before the Map run fails with ' +
      '`States.ExceedToleratedFailureThreshold`. Default 0.',
    ['integer', 'jsonata'],
    BOTH,
    { minimum: 0 },
  ),
  pathTwin('ToleratedFailureCount', 'the tolerated failure count (a non-negative integer)'),
  field(
    'ToleratedFailurePercentage',
    'Distributed Map only: percentage of items (0-100) that may fail before the Map run fails with ' +
      '`States.ExceedToleratedFailureThreshold`. Default 0.',
    ['number', 'jsonata'],
    BOTH,
    { minimum: 0, maximum: 100 },
  ),
  pathTwin('ToleratedFailurePercentage', 'the tolerated failure percentage (0-100)'),
  field(
    'ItemReader',
    'Distributed Map only: reads the items from a data source (an S3 object: JSON, JSON Lines, CSV, ' +
      'Parquet or a manifest; or an S3 listing) instead of the state input.',
    ['object'],
    BOTH,
    { shape: 'ItemReader' },
  ),
  field(
    'ItemBatcher',
    'Distributed Map only: groups items into batches; each child execution receives ' +
      '`{ "Items": [...], "BatchInput": ... }`.',
    ['object'],
    BOTH,
    { shape: 'ItemBatcher' },
  ),
  field(
    'ResultWriter',
    'Distributed Map only: writes the child execution results to Amazon S3 instead of returning them; ' +
      'the state result then describes the written files.',
    ['object'],
    BOTH,
    { shape: 'ResultWriter' },
  ),
  field(
    'Label',
    'Distributed Map only: a label for the Map Run, shown in child execution names. Up to 40 characters, ' +
      'no whitespace or special characters.',
    ['string'],
  ),
];

/** Map fields that only work with `ProcessorConfig.Mode: DISTRIBUTED`. */
export const DISTRIBUTED_ONLY_MAP_FIELDS: readonly string[] = [
  'ItemReader',
  'ItemBatcher',
  'ResultWriter',
  'ToleratedFailureCount',
  'ToleratedFailureCountPath',
  'ToleratedFailurePercentage',
  'ToleratedFailurePercentagePath',
  'Label',
];
