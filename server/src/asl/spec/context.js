"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CONTEXT_FIELDS = void 0;
exports.CONTEXT_FIELDS = [
    { path: 'Execution', doc: 'Information about the current execution.' },
    { path: 'Execution.Id', doc: 'ARN of the execution.' },
    { path: 'Execution.Input', doc: 'The input the execution was started with.' },
    { path: 'Execution.Name', doc: 'Name of the execution.' },
    { path: 'Execution.RoleArn', doc: 'ARN of the IAM role the execution runs with.' },
    { path: 'Execution.StartTime', doc: 'When the execution started (ISO 8601 timestamp).' },
    { path: 'Execution.RedriveCount', doc: 'How many times the execution has been redriven (0 if never).' },
    {
        path: 'Execution.RedriveTime',
        doc: 'When the execution was last redriven (ISO 8601 timestamp).',
        availability: 'Only after the execution has been redriven.',
    },
    { path: 'State', doc: 'Information about the current state.' },
    { path: 'State.EnteredTime', doc: 'When the current state was entered (ISO 8601 timestamp).' },
    { path: 'State.Name', doc: 'Name of the current state.' },
    { path: 'State.RetryCount', doc: 'Number of retries of the current state so far (0 on the first attempt).' },
    { path: 'StateMachine', doc: 'Information about the state machine.' },
    { path: 'StateMachine.Id', doc: 'ARN of the state machine.' },
    { path: 'StateMachine.Name', doc: 'Name of the state machine.' },
    { path: 'Task', doc: 'Information about the current task.', availability: 'Task states only.' },
    {
        path: 'Task.Token',
        doc: 'Task token to pass to the worker, which returns it with SendTaskSuccess / SendTaskFailure / SendTaskHeartbeat.',
        availability: 'Task states using `.waitForTaskToken` or an activity.',
    },
    { path: 'Map', doc: 'Information about the current Map item.', availability: 'Inside a Map state ItemSelector.' },
    { path: 'Map.Item', doc: 'The current Map item.', availability: 'Inside a Map state ItemSelector.' },
    {
        path: 'Map.Item.Index',
        doc: 'Zero-based index of the item being processed.',
        availability: 'Inside a Map state ItemSelector (or the deprecated Parameters).',
    },
    {
        path: 'Map.Item.Value',
        doc: 'Value of the item being processed.',
        availability: 'Inside a Map state ItemSelector (or the deprecated Parameters).',
    },
    {
        path: 'Map.Item.Key',
        doc: 'Key of the current entry when the Map iterates over the key-value pairs of a JSON object.',
        availability: 'Inside a Map state ItemSelector, when the items are the entries of a JSON object.',
    },
    {
        path: 'Map.Item.Source',
        doc: 'Where a distributed Map item was read from (e.g. the S3 object and its position).',
        availability: 'Inside a distributed Map ItemSelector whose items come from an ItemReader.',
    },
];
//# sourceMappingURL=context.js.map