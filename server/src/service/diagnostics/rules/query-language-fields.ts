/*
 * jsonpath-field-in-jsonata / jsonata-field-in-jsonpath: a field that exists, but only in the other
 * query language (e.g. Parameters in a JSONata state, Arguments in a JSONPath state).
 */
import type { DiagnosticRule } from '../context';
import { MESSAGES } from '../messages';

/** What to use instead, in the state's own language. */
const JSONATA_REPLACEMENT: Readonly<Record<string, string>> = {
  Parameters: 'Arguments',
  ResultSelector: 'Output',
  ResultPath: 'Output',
  OutputPath: 'Output',
  InputPath: 'Arguments',
  Result: 'Output',
  ItemsPath: 'Items',
  Variable: 'Condition',
  SecondsPath: 'Seconds',
  TimestampPath: 'Timestamp',
  TimeoutSecondsPath: 'TimeoutSeconds',
  HeartbeatSecondsPath: 'HeartbeatSeconds',
  MaxConcurrencyPath: 'MaxConcurrency',
  ErrorPath: 'Error',
  CausePath: 'Cause',
  ToleratedFailureCountPath: 'ToleratedFailureCount',
  ToleratedFailurePercentagePath: 'ToleratedFailurePercentage',
  MaxItemsPath: 'MaxItems',
  MaxItemsPerBatchPath: 'MaxItemsPerBatch',
  MaxInputBytesPerBatchPath: 'MaxInputBytesPerBatch',
};
const JSONPATH_REPLACEMENT: Readonly<Record<string, string>> = {
  Arguments: 'Parameters',
  Output: 'OutputPath',
  Items: 'ItemsPath',
  Condition: 'Variable',
};

export const queryLanguageFieldsRule: DiagnosticRule = {
  scope: 'states',
  codes: ['jsonpath-field-in-jsonata', 'jsonata-field-in-jsonpath'],
  check(ctx) {
    for (const { obj, prop } of ctx.structure.otherLanguage) {
      if (obj.language === 'JSONata') {
        ctx.report(
          'jsonpath-field-in-jsonata',
          prop.keySpan,
          MESSAGES.jsonpathFieldInJsonata(prop.key, JSONATA_REPLACEMENT[prop.key]),
          {
            data: { field: prop.key, replacement: JSONATA_REPLACEMENT[prop.key] },
          },
        );
      } else {
        ctx.report(
          'jsonata-field-in-jsonpath',
          prop.keySpan,
          MESSAGES.jsonataFieldInJsonpath(prop.key, JSONPATH_REPLACEMENT[prop.key]),
          {
            data: { field: prop.key, replacement: JSONPATH_REPLACEMENT[prop.key] },
          },
        );
      }
    }
  },
};
