"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkMockSelection = checkMockSelection;
exports.mockDispatcher = mockDispatcher;
exports.entryFor = entryFor;
/*
 * Mocked task responses in AWS Step Functions Local's MockConfigFile format (sfn-local-mock-cfg-file
 * page): StateMachines.<name>.TestCases.<case>.<state> names an entry of MockedResponses, which maps
 * invocation numbers ("0", or an inclusive range "1-2") of that state in this execution to exactly
 * one of Return (the task result) or Throw ({Error, Cause}). Pure: the file is parsed by the caller.
 */
const value_1 = require("./value");
/** Problems with the selection itself (unknown machine or test case), for a usage error. */
function checkMockSelection(sel) {
    const machines = (0, value_1.isJsonObject)(sel.config) ? sel.config.StateMachines : undefined;
    if (!(0, value_1.isJsonObject)(machines))
        return 'the mock file has no "StateMachines" object';
    const machine = machines[sel.stateMachineName];
    if (!(0, value_1.isJsonObject)(machine) || !(0, value_1.isJsonObject)(machine.TestCases)) {
        return `the mock file has no state machine '${sel.stateMachineName}' (known: ${Object.keys(machines).join(', ') || 'none'}); use --state-machine-name`;
    }
    if (!(0, value_1.isJsonObject)(machine.TestCases[sel.testCase])) {
        return `state machine '${sel.stateMachineName}' has no test case '${sel.testCase}' (known: ${Object.keys(machine.TestCases).join(', ')})`;
    }
    return undefined;
}
function mockDispatcher(sel) {
    const config = (0, value_1.isJsonObject)(sel.config) ? sel.config : {};
    const testCase = lookup(config, ['StateMachines', sel.stateMachineName, 'TestCases', sel.testCase]);
    const responses = (0, value_1.isJsonObject)(config.MockedResponses) ? config.MockedResponses : {};
    const counters = new Map();
    return {
        dispatch(request) {
            if (!(0, value_1.isJsonObject)(testCase))
                return undefined;
            const responseName = testCase[request.stateName];
            if (typeof responseName !== 'string')
                return undefined;
            const invocation = counters.get(request.stateName) ?? 0;
            counters.set(request.stateName, invocation + 1);
            const response = responses[responseName];
            const entry = (0, value_1.isJsonObject)(response) ? entryFor(response, invocation) : undefined;
            if (entry === undefined) {
                return { kind: 'error', error: 'States.Runtime', cause: `The mocked response '${responseName}' for state '${request.stateName}' has no entry for invocation ${invocation} (test case '${sel.testCase}').` };
            }
            return outcomeOf(entry, responseName);
        },
    };
}
function lookup(obj, keys) {
    let cur = obj;
    for (const k of keys)
        cur = (0, value_1.isJsonObject)(cur) ? cur[k] : undefined;
    return cur;
}
/** The entry whose key ("N" or "N-M") covers this 0-based invocation number. */
function entryFor(response, invocation) {
    for (const key of Object.keys(response)) {
        const m = /^(\d+)(?:-(\d+))?$/.exec(key.trim());
        if (!m)
            continue;
        const from = Number(m[1]);
        const to = m[2] === undefined ? from : Number(m[2]);
        if (invocation >= from && invocation <= to && (0, value_1.isJsonObject)(response[key]))
            return response[key];
    }
    return undefined;
}
function outcomeOf(entry, name) {
    if ('Return' in entry)
        return { kind: 'result', value: entry.Return };
    const t = entry.Throw;
    if ((0, value_1.isJsonObject)(t))
        return { kind: 'error', error: typeof t.Error === 'string' ? t.Error : '', cause: typeof t.Cause === 'string' ? t.Cause : '' };
    return { kind: 'error', error: 'States.Runtime', cause: `The mocked response '${name}' has an entry with neither Return nor Throw.` };
}
//# sourceMappingURL=mocks.js.map