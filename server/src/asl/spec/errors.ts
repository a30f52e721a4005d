/*
 * Error names: the predefined `States.*` errors and the Lambda errors worth retrying, as data, plus
 * the ErrorEquals matching rule (States.ALL, States.TaskFailed). Pure: no I/O.
 */
import type { ErrorNameSpec } from './types';

function e(name: string, doc: string, matchedByAll = true): ErrorNameSpec {
  return { name, doc, matchedByAll };
}

export const PREDEFINED_ERRORS: readonly ErrorNameSpec[] = [
  e(
    'States.ALL',
    'Wildcard for `ErrorEquals`: matches every error name except `States.Runtime` and `States.DataLimitExceeded`. ' +
      'Must be the only name in its `ErrorEquals` and appear in the last retrier or catcher.',
  ),
  e(
    'States.Runtime',
    'A runtime error that cannot be processed, e.g. a path that matches nothing or a value of the wrong type. ' +
      'Not matched by `States.ALL`: the execution fails.',
    false,
  ),
  e('States.Timeout', 'The task ran longer than `TimeoutSeconds`, or the execution ran longer than its own timeout.'),
  e(
    'States.HeartbeatTimeout',
    'No heartbeat arrived within `HeartbeatSeconds` (activities and `.waitForTaskToken` tasks). ' +
      'Only usable in Retry/Catch, not as a Fail `Error`.',
  ),
  e('States.TaskFailed', 'The task failed. In `ErrorEquals` it matches any error except `States.Timeout`.'),
  e('States.Permissions', 'The task could not run because the execution role lacks a permission.'),
  e(
    'States.ResultPathMatchFailure',
    "`ResultPath` could not be applied to the state's input (e.g. the input is not an object).",
  ),
  e(
    'States.ParameterPathFailure',
    'Documented for a `.$` path inside `Parameters` that matched nothing; recorded AWS executions raise ' +
      '`States.Runtime` for it instead (not catchable), and so does the local runner.',
  ),
  e(
    'States.QueryEvaluationError',
    'A JSONata expression failed: an evaluation error, a value of the wrong type, or no value where one is required.',
  ),
  e('States.BranchFailed', 'A branch of a Parallel state failed.'),
  e('States.NoChoiceMatched', 'No rule of a Choice state matched and it has no `Default`.'),
  e('States.IntrinsicFailure', 'An intrinsic function call in a payload template failed.'),
  e(
    'States.ExceedToleratedFailureThreshold',
    'A distributed Map run had more failed items than `ToleratedFailureCount` / `ToleratedFailurePercentage` allow.',
  ),
  e('States.ItemReaderFailed', "A distributed Map's `ItemReader` could not read its data source."),
  e('States.ResultWriterFailed', "A distributed Map's `ResultWriter` could not write the results."),
  e(
    'States.DataLimitExceeded',
    'A payload (input, output, result, variable) exceeded the 256 KiB quota. Not matched by `States.ALL`.',
    false,
  ),
];

export const LAMBDA_ERRORS: readonly ErrorNameSpec[] = [
  e('Lambda.ServiceException', 'Lambda service error (HTTP 500); usually transient, worth retrying.'),
  e('Lambda.AWSLambdaException', 'Generic Lambda service exception; usually transient, worth retrying.'),
  e('Lambda.SdkClientException', 'The client could not reach Lambda (network problem); worth retrying.'),
  e('Lambda.TooManyRequestsException', 'Lambda throttled the invocation (concurrency limit); retry with backoff.'),
  e('Lambda.Unknown', 'The function failed without a typed error, e.g. it ran out of memory or timed out.'),
];

export const ALL_ERROR_NAMES: readonly ErrorNameSpec[] = [...PREDEFINED_ERRORS, ...LAMBDA_ERRORS];

/**
 * Whether one `ErrorEquals` entry matches an error name: exact match, `States.ALL` (all but
 * States.Runtime / States.DataLimitExceeded), or `States.TaskFailed` (all but States.Timeout).
 */
export function errorMatches(pattern: string, error: string): boolean {
  if (pattern === error) return true;
  if (pattern === 'States.ALL') return error !== 'States.Runtime' && error !== 'States.DataLimitExceeded';
  if (pattern === 'States.TaskFailed') {
    return error !== 'States.Timeout' && error !== 'States.Runtime' && error !== 'States.DataLimitExceeded';
  }
  return false;
}
