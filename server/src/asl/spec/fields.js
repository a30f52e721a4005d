"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CATCH = exports.RETRY = exports.ASSIGN = exports.OUTPUT = exports.ARGUMENTS = exports.RESULT_PATH = exports.RESULT_SELECTOR = exports.PARAMETERS = exports.OUTPUT_PATH = exports.INPUT_PATH = exports.END = exports.NEXT = exports.QUERY_LANGUAGE = exports.COMMENT = exports.MAX_SECONDS = exports.BOTH = exports.JSONATA_ONLY = exports.JSONPATH_ONLY = void 0;
exports.field = field;
exports.byName = byName;
exports.typeField = typeField;
exports.secondsField = secondsField;
exports.pathTwin = pathTwin;
const enumValues_1 = require("./enumValues");
exports.JSONPATH_ONLY = ['JSONPath'];
exports.JSONATA_ONLY = ['JSONata'];
exports.BOTH = ['JSONPath', 'JSONata'];
/** Largest value AWS accepts for TimeoutSeconds, HeartbeatSeconds, IntervalSeconds, MaxAttempts. */
exports.MAX_SECONDS = 99999999;
/** Builds a FieldSpec; languages default to both query languages. */
function field(name, doc, kinds, languages = exports.BOTH, extra = {}) {
    return { name, doc, kinds, languages, ...extra };
}
/** Turns a list of specs into a record keyed by field name (order preserved). */
function byName(specs) {
    const out = {};
    for (const s of specs)
        out[s.name] = s;
    return out;
}
exports.COMMENT = field('Comment', 'A human-readable description. Ignored at run time.', ['string']);
exports.QUERY_LANGUAGE = field('QueryLanguage', 'Query language for this state: `JSONPath` (default) or `JSONata`. A state may switch to `JSONata` ' +
    'when the machine uses JSONPath, but not back to `JSONPath` when the machine uses JSONata.', ['string'], exports.BOTH, (0, enumValues_1.choices)(enumValues_1.QUERY_LANGUAGES));
exports.NEXT = field('Next', 'Name of the state to run after this one. Must name a state of the same machine (or branch/processor). ' +
    'Exactly one of `Next` and `End` is required.', ['stateName']);
exports.END = field('End', 'When `true`, this state ends its machine (execution, branch or iteration). Exactly one of `Next` and `End` ' +
    'is required; the only meaningful value is `true`.', ['boolean']);
exports.INPUT_PATH = field('InputPath', 'JSONPath selecting the part of the raw state input that becomes the effective input. Default `$` ' +
    '(all of it); `null` gives `{}`. May use `$$` (context) and `$var` (variables).', ['path'], exports.JSONPATH_ONLY);
exports.OUTPUT_PATH = field('OutputPath', 'JSONPath selecting the part of the state result (after ResultPath) that becomes the state output. ' +
    'Default `$`; `null` gives `{}`.', ['path'], exports.JSONPATH_ONLY);
exports.PARAMETERS = field('Parameters', 'Payload template building the effective input (for a Task: the API request or function payload). ' +
    'Keys ending in `.$` take a path (`$.x`, `$$.x`, `$var`) or an intrinsic function call.', ['payloadTemplate'], exports.JSONPATH_ONLY);
exports.RESULT_SELECTOR = field('ResultSelector', 'Payload template applied to the raw result before ResultPath; `.$` keys select from the result. ' +
    'Use it to keep only the fields you need.', ['payloadTemplate'], exports.JSONPATH_ONLY);
exports.RESULT_PATH = field('ResultPath', 'Reference path saying where to put the result in the raw input. Default `$` (the result replaces the input); ' +
    '`null` discards the result and passes the input through; `$.a.b` creates intermediate objects as needed.', ['referencePath'], exports.JSONPATH_ONLY);
exports.ARGUMENTS = field('Arguments', 'JSONata mode: the input sent to the task (API parameters or function payload) or to every branch. ' +
    'An object whose string values may be `{% %}` expressions, or a single `{% %}` expression.', ['object', 'jsonata'], exports.JSONATA_ONLY);
exports.OUTPUT = field('Output', 'JSONata mode: the state output. Any JSON value; `{% %}` strings inside are evaluated. Default: ' +
    '`$states.result` for Task, Parallel and Map, otherwise the state input.', ['any', 'jsonata'], exports.JSONATA_ONLY);
exports.ASSIGN = field('Assign', 'Workflow variables to set, as `{ "name": value }`. All values are evaluated with the variables as they were ' +
    'when the state was entered; the new values are visible from the next state on. JSONPath: use `"name.$"` ' +
    'keys for paths or intrinsics. JSONata: use `{% %}` expressions.', ['object', 'payloadTemplate']);
exports.RETRY = field('Retry', 'Retriers tried in order when the state fails. The first whose `ErrorEquals` matches decides whether to ' +
    'retry; `States.ALL` must be alone and in the last retrier.', ['array'], exports.BOTH, { itemShape: 'Retrier' });
exports.CATCH = field('Catch', 'Catchers applied in order once retries are exhausted; the first whose `ErrorEquals` matches moves to its ' +
    '`Next` state with the error output. `States.ALL` must be alone and in the last catcher.', ['array'], exports.BOTH, { itemShape: 'Catcher' });
/** Type field whose enum holds every state type; the doc depends on the owning type. */
function typeField(doc) {
    return field('Type', doc, ['string'], exports.BOTH, (0, enumValues_1.choices)(enumValues_1.STATE_TYPE_NAMES));
}
/** A positive integer seconds field that JSONata mode may compute with `{% %}`. */
function secondsField(name, doc, extra = {}) {
    return field(name, doc, ['integer', 'jsonata'], exports.BOTH, {
        minimum: 0,
        exclusiveMinimum: true,
        maximum: exports.MAX_SECONDS,
        ...extra,
    });
}
/** The `…Path` twin of a numeric field (JSONPath only): a reference path to the value in the input. */
function pathTwin(name, what) {
    return field(`${name}Path`, `JSONPath mode: reference path to ${what} in the effective input (or \`$$\`/\`$var\`). ` +
        `Not allowed together with \`${name}\`.`, ['referencePath'], exports.JSONPATH_ONLY);
}
//# sourceMappingURL=fields.js.map