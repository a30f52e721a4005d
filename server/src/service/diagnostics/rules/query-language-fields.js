"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.queryLanguageFieldsRule = void 0;
const messages_1 = require("../messages");
/** What to use instead, in the state's own language. */
const JSONATA_REPLACEMENT = {
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
const JSONPATH_REPLACEMENT = {
    Arguments: 'Parameters',
    Output: 'OutputPath',
    Items: 'ItemsPath',
    Condition: 'Variable',
};
exports.queryLanguageFieldsRule = {
    scope: 'states',
    codes: ['jsonpath-field-in-jsonata', 'jsonata-field-in-jsonpath'],
    check(ctx) {
        for (const { obj, prop } of ctx.structure.otherLanguage) {
            if (obj.language === 'JSONata') {
                ctx.report('jsonpath-field-in-jsonata', prop.keySpan, messages_1.MESSAGES.jsonpathFieldInJsonata(prop.key, JSONATA_REPLACEMENT[prop.key]), {
                    data: { field: prop.key, replacement: JSONATA_REPLACEMENT[prop.key] },
                });
            }
            else {
                ctx.report('jsonata-field-in-jsonpath', prop.keySpan, messages_1.MESSAGES.jsonataFieldInJsonpath(prop.key, JSONPATH_REPLACEMENT[prop.key]), {
                    data: { field: prop.key, replacement: JSONPATH_REPLACEMENT[prop.key] },
                });
            }
        }
    },
};
//# sourceMappingURL=query-language-fields.js.map