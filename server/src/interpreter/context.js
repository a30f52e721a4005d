"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.contextBase = contextBase;
exports.buildContext = buildContext;
exports.withMapItem = withMapItem;
function contextBase(identity, input, startTime) {
    const { region, account, stateMachineName, executionName } = identity;
    return {
        Execution: {
            Id: `arn:aws:states:${region}:${account}:execution:${stateMachineName}:${executionName}`,
            Input: input,
            Name: executionName,
            RoleArn: identity.roleArn,
            StartTime: new Date(startTime).toISOString(),
            RedriveCount: 0,
        },
        StateMachine: { Id: `arn:aws:states:${region}:${account}:stateMachine:${stateMachineName}`, Name: stateMachineName },
    };
}
function buildContext(base, stateName, enteredAt, retryCount, token) {
    const ctx = {
        Execution: base.Execution,
        State: { EnteredTime: new Date(enteredAt).toISOString(), Name: stateName, RetryCount: retryCount },
        StateMachine: base.StateMachine,
    };
    if (token !== undefined)
        ctx.Task = { Token: token };
    return ctx;
}
/** The context seen by a Map's ItemSelector for one item. */
function withMapItem(context, index, value) {
    return { ...context, Map: { Item: { Index: index, Value: value } } };
}
//# sourceMappingURL=context.js.map