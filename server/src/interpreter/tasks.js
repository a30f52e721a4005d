"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.describeResource = describeResource;
exports.chainDispatchers = chainDispatchers;
exports.handlerDispatcher = handlerDispatcher;
exports.lambdaInvokeResult = lambdaInvokeResult;
exports.pendingCallbacks = pendingCallbacks;
const cache = new Map();
function describeResource(arn) {
    let info = cache.get(arn);
    if (info === undefined) {
        info = parseResource(arn);
        cache.set(arn, info);
    }
    return info;
}
function parseResource(arn) {
    if (/^arn:[^:]+:lambda:/.test(arn))
        return { resourceType: 'lambda', resource: arn, pattern: 'request', events: 'LambdaFunction' };
    if (/^arn:[^:]+:states:[^:]*:[^:]*:activity:/.test(arn))
        return { resourceType: 'activity', resource: arn, pattern: 'callback', events: 'Activity' };
    const m = /^arn:[^:]+:states:::(.+)$/.exec(arn);
    if (!m)
        return { resourceType: 'unknown', resource: arn, pattern: 'request', events: 'Task' };
    const rest = m[1];
    const pattern = rest.endsWith('.waitForTaskToken') ? 'callback' : /\.sync(:\d+)?$/.test(rest) ? 'sync' : 'request';
    const cut = rest.lastIndexOf(':');
    const sdk = rest.startsWith('aws-sdk:');
    const resourceType = sdk ? rest.slice(0, cut) : rest.slice(0, rest.indexOf(':'));
    const resource = sdk ? rest.slice(cut + 1) : rest.slice(rest.indexOf(':') + 1);
    return { resourceType, resource, pattern, events: 'Task' };
}
/** First dispatcher that answers wins. */
function chainDispatchers(...dispatchers) {
    const list = dispatchers.filter((d) => d !== undefined);
    return {
        dispatch(request) {
            for (let i = 0; i < list.length; i++) {
                const outcome = list[i].dispatch(request);
                if (outcome instanceof Promise)
                    return continueAsync(outcome, list.slice(i + 1), request);
                if (outcome !== undefined)
                    return outcome;
            }
            return undefined;
        },
    };
}
async function continueAsync(first, rest, request) {
    const outcome = await first;
    if (outcome !== undefined)
        return outcome;
    for (const d of rest) {
        const o = await d.dispatch(request);
        if (o !== undefined)
            return o;
    }
    return undefined;
}
/**
 * Handlers by state name (checked first) or by Resource ARN. A thrown Error becomes the task
 * error (its `name`, or `errorType` when set; cause = the Lambda-style JSON error description).
 */
function handlerDispatcher(handlers, requestIds) {
    return {
        dispatch(request) {
            const handler = handlers.get(request.stateName) ?? handlers.get(request.resource) ?? handlers.get(stripPattern(request.resource));
            if (handler === undefined)
                return undefined;
            const payload = isLambdaInvoke(request.resource) ? payloadOf(request.input) : request.input;
            try {
                const value = handler(payload, request.context);
                if (value instanceof Promise)
                    return value.then((v) => wrap(request, v, requestIds), (e) => errorOutcome(e));
                return wrap(request, value, requestIds);
            }
            catch (e) {
                return errorOutcome(e);
            }
        },
    };
}
function stripPattern(resource) {
    return resource.replace(/\.(waitForTaskToken|sync(:\d+)?)$/, '');
}
function isLambdaInvoke(resource) {
    return /^arn:[^:]+:states:::lambda:invoke/.test(resource);
}
function payloadOf(input) {
    return input !== null && typeof input === 'object' && !Array.isArray(input) && 'Payload' in input ? input.Payload : null;
}
function wrap(request, value, requestIds) {
    if (value === undefined && request.pattern === 'callback')
        return { kind: 'pending' };
    const json = (value === undefined ? null : JSON.parse(JSON.stringify(value)));
    if (!isLambdaInvoke(request.resource))
        return { kind: 'result', value: json };
    const requestId = requestIds();
    return { kind: 'result', value: lambdaInvokeResult(json, requestId) };
}
/** The shape AWS returns for arn:aws:states:::lambda:invoke (connect-lambda page). */
function lambdaInvokeResult(payload, requestId) {
    return {
        ExecutedVersion: '$LATEST',
        Payload: payload,
        SdkHttpMetadata: {
            AllHttpHeaders: { 'X-Amz-Executed-Version': ['$LATEST'], 'x-amzn-Remapped-Content-Length': ['0'], Connection: ['keep-alive'], 'x-amzn-RequestId': [requestId], 'Content-Type': ['application/json'] },
            HttpHeaders: { Connection: 'keep-alive', 'Content-Type': 'application/json', 'X-Amz-Executed-Version': '$LATEST', 'x-amzn-Remapped-Content-Length': '0', 'x-amzn-RequestId': requestId },
            HttpStatusCode: 200,
        },
        SdkResponseMetadata: { RequestId: requestId },
        StatusCode: 200,
    };
}
function errorOutcome(e) {
    if (e instanceof Error) {
        const errorType = typeof e.errorType === 'string' ? String(e.errorType) : e.name;
        return { kind: 'error', error: errorType, cause: JSON.stringify({ errorMessage: e.message, errorType, trace: (e.stack ?? '').split('\n') }) };
    }
    return { kind: 'error', error: 'Error', cause: String(e) };
}
/** For the debugger: callback tasks nobody answers wait for the user's SendTaskSuccess/Failure. */
function pendingCallbacks() {
    return { dispatch: (request) => (request.pattern === 'callback' ? { kind: 'pending' } : undefined) };
}
//# sourceMappingURL=tasks.js.map