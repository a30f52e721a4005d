/*
 * Task dispatch: who produces a Task's result. A dispatcher answers with a result, an error, or
 * "pending" (a callback task waiting for SendTaskSuccess/Failure); `undefined` means nobody is
 * configured for this task. Mocks (mocks.ts) and local handler functions (injected, already
 * loaded by the caller) compose in that order. lambda:invoke results from handlers are wrapped
 * like AWS ({ExecutedVersion, Payload, SdkHttpMetadata, SdkResponseMetadata, StatusCode});
 * a mocked Return is the task result as is (Step Functions Local convention).
 */
import type { Json } from './value';
import { nestedDeeperThan, tooDeepMessage } from './guards';

export type IntegrationPattern = 'request' | 'sync' | 'callback';

export interface TaskRequest {
  readonly stateName: string;
  readonly resource: string;
  readonly pattern: IntegrationPattern;
  /** Parameters / Arguments after evaluation. */
  readonly input: Json;
  readonly token?: string;
  readonly context: Json;
}

export type TaskOutcome =
  | { readonly kind: 'result'; readonly value: Json }
  | { readonly kind: 'error'; readonly error: string; readonly cause: string }
  | { readonly kind: 'pending' };

export interface TaskDispatcher {
  dispatch(request: TaskRequest): TaskOutcome | undefined | Promise<TaskOutcome | undefined>;
}

/** A local handler: like a Lambda function, `handler(input, context)` returning the result. */
export type TaskHandler = (input: Json, context: Json) => unknown;

export interface ResourceInfo {
  readonly resourceType: string;
  readonly resource: string;
  readonly pattern: IntegrationPattern;
  /** Which family of history events: Task*, LambdaFunction* (legacy ARN) or Activity*. */
  readonly events: 'Task' | 'LambdaFunction' | 'Activity';
}

const cache = new Map<string, ResourceInfo>();

export function describeResource(arn: string): ResourceInfo {
  let info = cache.get(arn);
  if (info === undefined) {
    info = parseResource(arn);
    cache.set(arn, info);
  }
  return info;
}

function parseResource(arn: string): ResourceInfo {
  if (/^arn:[^:]+:lambda:/.test(arn))
    return { resourceType: 'lambda', resource: arn, pattern: 'request', events: 'LambdaFunction' };
  if (/^arn:[^:]+:states:[^:]*:[^:]*:activity:/.test(arn))
    return { resourceType: 'activity', resource: arn, pattern: 'callback', events: 'Activity' };
  const m = /^arn:[^:]+:states:::(.+)$/.exec(arn);
  if (!m) return { resourceType: 'unknown', resource: arn, pattern: 'request', events: 'Task' };
  const rest = m[1];
  const pattern: IntegrationPattern = rest.endsWith('.waitForTaskToken')
    ? 'callback'
    : /\.sync(:\d+)?$/.test(rest)
      ? 'sync'
      : 'request';
  const cut = rest.lastIndexOf(':');
  const sdk = rest.startsWith('aws-sdk:');
  const resourceType = sdk ? rest.slice(0, cut) : rest.slice(0, rest.indexOf(':'));
  const resource = sdk ? rest.slice(cut + 1) : rest.slice(rest.indexOf(':') + 1);
  return { resourceType, resource, pattern, events: 'Task' };
}

/** First dispatcher that answers wins. */
export function chainDispatchers(...dispatchers: (TaskDispatcher | undefined)[]): TaskDispatcher {
  const list = dispatchers.filter((d): d is TaskDispatcher => d !== undefined);
  return {
    dispatch(request) {
      for (let i = 0; i < list.length; i++) {
        const outcome = list[i].dispatch(request);
        if (outcome instanceof Promise) return continueAsync(outcome, list.slice(i + 1), request);
        if (outcome !== undefined) return outcome;
      }
      return undefined;
    },
  };
}

async function continueAsync(
  first: Promise<TaskOutcome | undefined>,
  rest: TaskDispatcher[],
  request: TaskRequest,
): Promise<TaskOutcome | undefined> {
  const outcome = await first;
  if (outcome !== undefined) return outcome;
  for (const d of rest) {
    const o = await d.dispatch(request);
    if (o !== undefined) return o;
  }
  return undefined;
}

/**
 * Handlers by state name (checked first) or by Resource ARN. A thrown Error becomes the task
 * error (its `name`, or `errorType` when set; cause = the Lambda-style JSON error description).
 */
export function handlerDispatcher(
  handlers: ReadonlyMap<string, TaskHandler>,
  requestIds: () => string,
): TaskDispatcher {
  return {
    dispatch(request) {
      const handler =
        handlers.get(request.stateName) ??
        handlers.get(request.resource) ??
        handlers.get(stripPattern(request.resource));
      if (handler === undefined) return undefined;
      const payload = isLambdaInvoke(request.resource) ? payloadOf(request.input) : request.input;
      try {
        const value = handler(payload, request.context);
        if (value instanceof Promise)
          return value.then(
            (v) => wrap(request, v, requestIds),
            (e) => errorOutcome(e),
          );
        return wrap(request, value, requestIds);
      } catch (e) {
        return errorOutcome(e);
      }
    },
  };
}

function stripPattern(resource: string): string {
  return resource.replace(/\.(waitForTaskToken|sync(:\d+)?)$/, '');
}

function isLambdaInvoke(resource: string): boolean {
  return /^arn:[^:]+:states:::lambda:invoke/.test(resource);
}

function payloadOf(input: Json): Json {
  return input !== null && typeof input === 'object' && !Array.isArray(input) && 'Payload' in input
    ? (input.Payload as Json)
    : null;
}

function wrap(request: TaskRequest, value: unknown, requestIds: () => string): TaskOutcome {
  if (value === undefined && request.pattern === 'callback') return { kind: 'pending' };
  const converted = handlerJson(request, value);
  if ('kind' in converted) return converted;
  const json = converted.json;
  if (!isLambdaInvoke(request.resource)) return { kind: 'result', value: json };
  const requestId = requestIds();
  return { kind: 'result', value: lambdaInvokeResult(json, requestId) };
}

/** The handler's value as JSON (a copy), or a States.Runtime outcome when it cannot be JSON. */
function handlerJson(request: TaskRequest, value: unknown): { json: Json } | TaskOutcome {
  if (value === undefined) return { json: null };
  const what = `The value returned by the handler of state '${request.stateName}'`;
  if (nestedDeeperThan(value)) return { kind: 'error', error: 'States.Runtime', cause: tooDeepMessage(what) };
  try {
    return { json: JSON.parse(JSON.stringify(value) ?? 'null') as Json };
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return { kind: 'error', error: 'States.Runtime', cause: `${what} is not JSON: ${reason}` };
  }
}

/** The shape AWS returns for arn:aws:states:::lambda:invoke (connect-lambda page). */
export function lambdaInvokeResult(payload: Json, requestId: string): Json {
  return {
    ExecutedVersion: '$LATEST',
    Payload: payload,
    SdkHttpMetadata: {
      AllHttpHeaders: {
        'X-Amz-Executed-Version': ['$LATEST'],
        'x-amzn-Remapped-Content-Length': ['0'],
        Connection: ['keep-alive'],
        'x-amzn-RequestId': [requestId],
        'Content-Type': ['application/json'],
      },
      HttpHeaders: {
        Connection: 'keep-alive',
        'Content-Type': 'application/json',
        'X-Amz-Executed-Version': '$LATEST',
        'x-amzn-Remapped-Content-Length': '0',
        'x-amzn-RequestId': requestId,
      },
      HttpStatusCode: 200,
    },
    SdkResponseMetadata: { RequestId: requestId },
    StatusCode: 200,
  };
}

function errorOutcome(e: unknown): TaskOutcome {
  if (e instanceof Error) {
    const errorType =
      typeof (e as { errorType?: unknown }).errorType === 'string'
        ? String((e as { errorType?: unknown }).errorType)
        : e.name;
    return {
      kind: 'error',
      error: errorType,
      cause: JSON.stringify({ errorMessage: e.message, errorType, trace: (e.stack ?? '').split('\n') }),
    };
  }
  return { kind: 'error', error: 'Error', cause: String(e) };
}

/** For the debugger: callback tasks nobody answers wait for the user's SendTaskSuccess/Failure. */
export function pendingCallbacks(): TaskDispatcher {
  return { dispatch: (request) => (request.pattern === 'callback' ? { kind: 'pending' } : undefined) };
}
