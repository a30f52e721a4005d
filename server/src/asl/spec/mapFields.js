"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DISTRIBUTED_ONLY_MAP_FIELDS = exports.MAP_ONLY_FIELDS = void 0;
const fields_1 = require("./fields");
exports.MAP_ONLY_FIELDS = [
    (0, fields_1.field)('ItemProcessor', 'The machine run for each item (or batch): `StartAt`, `States` and an optional `ProcessorConfig` ' +
        '(`Mode` INLINE or DISTRIBUTED). Replaces the deprecated `Iterator`.', ['object'], fields_1.BOTH, { shape: 'ItemProcessor' }),
    (0, fields_1.field)('Iterator', 'Deprecated name of `ItemProcessor` for inline Maps: the machine run for each item.', ['object'], fields_1.BOTH, {
        shape: 'Iterator',
        deprecated: 'Use `ItemProcessor` instead.',
    }),
    (0, fields_1.field)('ItemsPath', 'JSONPath mode: reference path to the array to iterate over in the effective input (an object iterates over ' +
        'its key-value pairs). Default `$`.', ['referencePath'], fields_1.JSONPATH_ONLY),
    (0, fields_1.field)('Items', 'JSONata mode: the array to iterate over, as a JSON array or a `{% %}` expression. Default: the state input.', ['array', 'jsonata'], fields_1.JSONATA_ONLY),
    (0, fields_1.field)('ItemSelector', 'Builds the input of each iteration. JSONPath: a payload template that may read `$$.Map.Item.Index` and ' +
        '`$$.Map.Item.Value`. JSONata: a value whose `{% %}` expressions may read `$states.context.Map.Item.*`.', ['payloadTemplate', 'object', 'jsonata']),
    (0, fields_1.field)('Parameters', 'Deprecated on Map: the old name of `ItemSelector` (a payload template applied to each item).', ['payloadTemplate'], fields_1.JSONPATH_ONLY, { deprecated: 'Use `ItemSelector` instead.' }),
    (0, fields_1.field)('MaxConcurrency', 'Upper bound on concurrent iterations. `0` (default) means no explicit limit (inline Maps run at most ' +
        'about 40 at once; distributed Maps up to 10,000 child executions). `1` runs items one by one in order.', ['integer', 'jsonata'], fields_1.BOTH, { minimum: 0 }),
    (0, fields_1.pathTwin)('MaxConcurrency', 'the maximum concurrency (a non-negative integer)'),
    (0, fields_1.field)('ToleratedFailureCount', 'Distributed Map only: how many items may fail before the Map run fails with ' +
        '`States.ExceedToleratedFailureThreshold`. Default 0.', ['integer', 'jsonata'], fields_1.BOTH, { minimum: 0 }),
    (0, fields_1.pathTwin)('ToleratedFailureCount', 'the tolerated failure count (a non-negative integer)'),
    (0, fields_1.field)('ToleratedFailurePercentage', 'Distributed Map only: percentage of items (0-100) that may fail before the Map run fails with ' +
        '`States.ExceedToleratedFailureThreshold`. Default 0.', ['number', 'jsonata'], fields_1.BOTH, { minimum: 0, maximum: 100 }),
    (0, fields_1.pathTwin)('ToleratedFailurePercentage', 'the tolerated failure percentage (0-100)'),
    (0, fields_1.field)('ItemReader', 'Distributed Map only: reads the items from a data source (an S3 object: JSON, JSON Lines, CSV, ' +
        'Parquet or a manifest; or an S3 listing) instead of the state input.', ['object'], fields_1.BOTH, { shape: 'ItemReader' }),
    (0, fields_1.field)('ItemBatcher', 'Distributed Map only: groups items into batches; each child execution receives ' +
        '`{ "Items": [...], "BatchInput": ... }`.', ['object'], fields_1.BOTH, { shape: 'ItemBatcher' }),
    (0, fields_1.field)('ResultWriter', 'Distributed Map only: writes the child execution results to Amazon S3 instead of returning them; ' +
        'the state result then describes the written files.', ['object'], fields_1.BOTH, { shape: 'ResultWriter' }),
    (0, fields_1.field)('Label', 'Distributed Map only: a label for the Map Run, shown in child execution names. Up to 40 characters, ' +
        'no whitespace or special characters.', ['string']),
];
/** Map fields that only work with `ProcessorConfig.Mode: DISTRIBUTED`. */
exports.DISTRIBUTED_ONLY_MAP_FIELDS = [
    'ItemReader',
    'ItemBatcher',
    'ResultWriter',
    'ToleratedFailureCount',
    'ToleratedFailureCountPath',
    'ToleratedFailurePercentage',
    'ToleratedFailurePercentagePath',
    'Label',
];
//# sourceMappingURL=mapFields.js.map