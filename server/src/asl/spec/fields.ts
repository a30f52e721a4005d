/*
 * Field specs shared by several state types and nested shapes (Comment, Next, End, the JSONPath I/O
 * fields, the JSONata Arguments/Output, Assign, Retry/Catch, timeouts). Pure data plus a builder.
 * Docs are our own wording, written from the AWS Step Functions developer guide and the ASL spec.
 */
import type { QueryLanguage } from '../types';
import type { FieldSpec, ValueKind } from './types';
import { QUERY_LANGUAGES, STATE_TYPE_NAMES, choices } from './enumValues';

export const JSONPATH_ONLY: readonly QueryLanguage[] = ['JSONPath'];
export const JSONATA_ONLY: readonly QueryLanguage[] = ['JSONata'];
export const BOTH: readonly QueryLanguage[] = ['JSONPath', 'JSONata'];

/** Largest value AWS accepts for TimeoutSeconds, HeartbeatSeconds, IntervalSeconds, MaxAttempts. */
export const MAX_SECONDS = 99999999;

type Extra = Omit<FieldSpec, 'name' | 'doc' | 'kinds' | 'languages'>;

/** Builds a FieldSpec; languages default to both query languages. */
export function field(
  name: string,
  doc: string,
  kinds: readonly ValueKind[],
  languages: readonly QueryLanguage[] = BOTH,
  extra: Extra = {},
): FieldSpec {
  return { name, doc, kinds, languages, ...extra };
}

/** Turns a list of specs into a record keyed by field name (order preserved). */
export function byName(specs: readonly FieldSpec[]): Readonly<Record<string, FieldSpec>> {
  const out: Record<string, FieldSpec> = {};
  for (const s of specs) out[s.name] = s;
  return out;
}

export const COMMENT = field('Comment', 'A human-readable description. Ignored at run time.', ['string']);

export const QUERY_LANGUAGE = field(
  'QueryLanguage',
  'Query language for this state: `JSONPath` (default) or `JSONata`. A state may switch to `JSONata` ' +
    'when the machine uses JSONPath, but not back to `JSONPath` when the machine uses JSONata.',
  ['string'],
  BOTH,
  choices(QUERY_LANGUAGES),
);

export const NEXT = field(
  'Next',
  'Name of the state to run after this one. Must name a state of the same machine (or branch/processor). ' +
    'Exactly one of `Next` and `End` is required.',
  ['stateName'],
);

export const END = field(
  'End',
  'When `true`, this state ends its machine (execution, branch or iteration). Exactly one of `Next` and `End` ' +
    'is required; the only meaningful value is `true`.',
  ['boolean'],
);

export const INPUT_PATH = field(
  'InputPath',
  'JSONPath selecting the part of the raw state input that becomes the effective input. Default `$` ' +
    '(all of it); `null` gives `{}`. May use `$$` (context) and `$var` (variables).',
  ['path'],
  JSONPATH_ONLY,
);

export const OUTPUT_PATH = field(
  'OutputPath',
  'JSONPath selecting the part of the state result (after ResultPath) that becomes the state output. ' +
    'Default `$`; `null` gives `{}`.',
  ['path'],
  JSONPATH_ONLY,
);

export const PARAMETERS = field(
  'Parameters',
  'Payload template building the effective input (for a Task: the API request or function payload). ' +
    'Keys ending in `.$` take a path (`$.x`, `$$.x`, `$var`) or an intrinsic function call.',
  ['payloadTemplate'],
  JSONPATH_ONLY,
);

export const RESULT_SELECTOR = field(
  'ResultSelector',
  'Payload template applied to the raw result before ResultPath; `.$` keys select from the result. ' +
    'Use it to keep only the fields you need.',
  ['payloadTemplate'],
  JSONPATH_ONLY,
);

export const RESULT_PATH = field(
  'ResultPath',
  'Reference path saying where to put the result in the raw input. Default `$` (the result replaces the input); ' +
    '`null` discards the result and passes the input through; `$.a.b` creates intermediate objects as needed.',
  ['referencePath'],
  JSONPATH_ONLY,
);

export const ARGUMENTS = field(
  'Arguments',
  'JSONata mode: the input sent to the task (API parameters or function payload) or to every branch. ' +
    'An object whose string values may be `{% %}` expressions, or a single `{% %}` expression.',
  ['object', 'jsonata'],
  JSONATA_ONLY,
);

export const OUTPUT = field(
  'Output',
  'JSONata mode: the state output. Any JSON value; `{% %}` strings inside are evaluated. Default: ' +
    '`$states.result` for Task, Parallel and Map, otherwise the state input.',
  ['any', 'jsonata'],
  JSONATA_ONLY,
);

export const ASSIGN = field(
  'Assign',
  'Workflow variables to set, as `{ "name": value }`. All values are evaluated with the variables as they were ' +
    'when the state was entered; the new values are visible from the next state on. JSONPath: use `"name.$"` ' +
    'keys for paths or intrinsics. JSONata: use `{% %}` expressions.',
  ['object', 'payloadTemplate'],
);

export const RETRY = field(
  'Retry',
  'Retriers tried in order when the state fails. The first whose `ErrorEquals` matches decides whether to ' +
    'retry; `States.ALL` must be alone and in the last retrier.',
  ['array'],
  BOTH,
  { itemShape: 'Retrier' },
);

export const CATCH = field(
  'Catch',
  'Catchers applied in order once retries are exhausted; the first whose `ErrorEquals` matches moves to its ' +
    '`Next` state with the error output. `States.ALL` must be alone and in the last catcher.',
  ['array'],
  BOTH,
  { itemShape: 'Catcher' },
);

/** Type field whose enum holds every state type; the doc depends on the owning type. */
export function typeField(doc: string): FieldSpec {
  return field('Type', doc, ['string'], BOTH, choices(STATE_TYPE_NAMES));
}

/** A positive integer seconds field that JSONata mode may compute with `{% %}`. */
export function secondsField(name: string, doc: string, extra: Extra = {}): FieldSpec {
  return field(name, doc, ['integer', 'jsonata'], BOTH, {
    minimum: 0,
    exclusiveMinimum: true,
    maximum: MAX_SECONDS,
    ...extra,
  });
}

/** The `…Path` twin of a numeric field (JSONPath only): a reference path to the value in the input. */
export function pathTwin(name: string, what: string): FieldSpec {
  return field(
    `${name}Path`,
    `JSONPath mode: reference path to ${what} in the effective input (or \`$$\`/\`$var\`). ` +
      `Not allowed together with \`${name}\`.`,
    ['referencePath'],
    JSONPATH_ONLY,
  );
}
