/*
 * How Step Functions words the causes of the failures it raises itself: one place for the
 * "An error occurred while executing the state '<State>' (entered at the event id #<n>). " prefix
 * and for the payload-limit text. Errors reported by a task or a Fail state keep their own cause.
 * Pure; knows nothing of frames or history storage (the engine passes the name and the event id).
 */
import { Failure } from './failure';
import { exceedsDepthLimit, exceedsPayloadLimit } from './limits';
import { tooDeepMessage } from './guards';
import type { Json } from './value';

/** Errors whose cause AWS prefixes with the state and the id of its StateEntered event. */
const LOCATED_ERRORS: ReadonlySet<string> = new Set([
  'States.Runtime',
  'States.QueryEvaluationError',
  'States.ParameterPathFailure',
  'States.ResultPathMatchFailure',
  'States.IntrinsicFailure',
  'States.ItemReaderFailed',
  'States.ResultWriterFailed',
]);

const PREFIX = 'An error occurred while executing the state ';

/** AWS's prefix for a failure raised while executing `stateName`, entered at `enteredEventId`. */
export function statePrefix(stateName: string, enteredEventId: number): string {
  return `${PREFIX}'${stateName}' (entered at the event id #${enteredEventId}). `;
}

/**
 * The failure as AWS reports it: a failure the interpreter raised in a state gets the state prefix
 * once; a task's or Fail state's own error, and one already located (a child's), is returned as is.
 */
export function locateFailure(failure: Failure, stateName: string, enteredEventId: number): Failure {
  if (failure.origin !== 'service' || !LOCATED_ERRORS.has(failure.error)) return failure;
  return new Failure(failure.error, statePrefix(stateName, enteredEventId) + failure.cause, 'located');
}

/** States.DataLimitExceeded as AWS words it; `name` is the state (a Task's result: its resource). */
export function payloadLimitFailure(name: string): Failure {
  const cause = `The state/task '${name}' returned a result with a size exceeding the maximum number of bytes service limit.`;
  return new Failure('States.DataLimitExceeded', cause, 'located');
}

/**
 * The payload quotas a state's data must meet: nested no deeper than the JSON nesting limit
 * (States.Runtime; checked first, as the size walk recurses) and no larger than 256 KiB
 * (States.DataLimitExceeded). `what` names the data in the nesting cause.
 */
export function payloadFailure(value: Json, name: string, what = `The data of state '${name}'`): Failure | undefined {
  if (exceedsDepthLimit(value)) return new Failure('States.Runtime', tooDeepMessage(what));
  return exceedsPayloadLimit(value) ? payloadLimitFailure(name) : undefined;
}

/** `The JSONata expression '<expr>' specified for the field '<field>'`, the start of AWS's JSONata causes. */
export function jsonataWhere(expression: string, field: string | undefined): string {
  return `The JSONata expression '${expression.trim()}'${field === undefined ? '' : ` specified for the field '${field}'`}`;
}

/** AWS's cause for a JSONata result of the wrong type (`Expected 'array', but was 'number' for value: 1`). */
export function unexpectedJsonataType(expression: string, field: string, expected: string, value: unknown): Failure {
  const cause =
    `${jsonataWhere(expression, field)} returned an unexpected result type. ` +
    `Expected '${expected}', but was '${jsonTypeName(value)}' for value: ${JSON.stringify(value)}`;
  return new Failure('States.QueryEvaluationError', cause);
}

/** AWS's type names in causes: array, object, string, number, boolean, null. */
export function jsonTypeName(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

/** A `…Path` parameter that resolved to a value AWS refuses: `The SecondsPath parameter <what>: $.x == -1`. */
export function pathParameterFailure(parameter: string, what: string, path: string, value: unknown): Failure {
  const shown = typeof value === 'string' ? value : JSON.stringify(value);
  return new Failure('States.Runtime', `The ${parameter} parameter ${what}: ${path} == ${shown}`);
}

/** The input as AWS shows it in a cause: compact JSON (cut at 1,000 characters here). */
function shownInput(input: unknown): string {
  const text = JSON.stringify(input) ?? 'null';
  return text.length > 1000 ? text.slice(0, 1000) + '...' : text;
}

/** A payload template's `.$` path that matches nothing (States.Runtime on AWS, in every state). */
export function jsonPathNotFound(path: string, key: string, input: unknown): Failure {
  const cause = `The JSONPath '${path}' specified for the field '${key}' could not be found in the input '${shownInput(input)}'`;
  return new Failure('States.Runtime', cause);
}

/** An intrinsic's path argument that matches nothing; AWS names the whole expression (States.Runtime). */
export function intrinsicPathNotFound(expression: string, path: string, input: unknown): Failure {
  const cause =
    `The function '${expression}' had the following error: ` +
    `The JsonPath argument for the field '${path}' could not be found in the input '${shownInput(input)}'`;
  return new Failure('States.Runtime', cause);
}
