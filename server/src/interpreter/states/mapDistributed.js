"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.finishDistributed = finishDistributed;
const failure_1 = require("../failure");
const payload_1 = require("../payload");
const jsonata_1 = require("../jsonata");
const flow_1 = require("../flow");
const resultWriter_1 = require("../map/resultWriter");
const value_1 = require("../value");
const map_1 = require("./map");
function finishDistributed(engine, frame) {
    const group = frame.waiting;
    const scratch = frame.scratch;
    const def = frame.state.def;
    const writer = (0, value_1.isJsonObject)(def.ResultWriter) ? def.ResultWriter : undefined;
    const records = childRecords(engine, frame, group, scratch);
    const runArn = (0, map_1.mapRunArn)(engine, frame);
    const runId = runArn.slice(runArn.lastIndexOf(':') + 1);
    const write = (args) => ((0, failure_1.isFailure)(args) ? args : (0, resultWriter_1.writeResults)(engine.env.objects, { def: writer ?? {}, args, mapRunArn: runArn, mapRunId: runId, children: records }));
    const template = writer ? (writer.Arguments ?? writer.Parameters ?? {}) : {};
    if (frame.state.jsonata)
        return (0, jsonata_1.evaluateJsonataTemplate)(template, (0, flow_1.jsonataBindings)(frame), frame).then(write);
    return write((0, payload_1.evaluatePayloadTemplate)(template, frame.afterInputPath ?? frame.input, frame));
}
function childRecords(engine, frame, group, scratch) {
    const { region, account, stateMachineName } = engine.env.identity;
    const label = typeof frame.state.def.Label === 'string' ? frame.state.def.Label : frame.state.name;
    const start = new Date(scratch.startedAt).toISOString();
    const stop = new Date(engine.now()).toISOString();
    return group.results.map((output, index) => {
        const name = `${label}-${index}`;
        return {
            index, status: group.outcomes[index] ?? 'FAILED', input: scratch.inputs[index] ?? null, output: output ?? null, name,
            executionArn: `arn:aws:states:${region}:${account}:execution:${stateMachineName}/${label}:${name}`,
            startDate: start, stopDate: stop, stateMachineArn: `arn:aws:states:${region}:${account}:stateMachine:${stateMachineName}/${label}`,
        };
    });
}
//# sourceMappingURL=mapDistributed.js.map