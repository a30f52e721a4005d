"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.prepareMapJsonPath = prepareMapJsonPath;
exports.prepareMapJsonata = prepareMapJsonata;
const failure_1 = require("../failure");
const jsonpath_1 = require("../jsonpath");
const payload_1 = require("../payload");
const jsonata_1 = require("../jsonata");
const context_1 = require("../context");
const flow_1 = require("../flow");
const itemReader_1 = require("../map/itemReader");
const itemBatcher_1 = require("../map/itemBatcher");
const value_1 = require("../value");
function prepareMapJsonPath(engine, frame) {
    const def = frame.state.def;
    const effective = (0, flow_1.inputStage)(frame);
    if ((0, failure_1.isFailure)(effective))
        return effective;
    const field = (name) => (typeof def[name + 'Path'] === 'string' ? (0, jsonpath_1.evaluatePath)(def[name + 'Path'], effective, frame) : def[name]);
    const items = frame.state.distributed && (0, value_1.isJsonObject)(def.ItemReader)
        ? readerItems(engine, def.ItemReader, (v) => (0, payload_1.evaluatePayloadTemplate)(v, effective, frame), (n, rc) => (typeof rc[n + 'Path'] === 'string' ? (0, jsonpath_1.evaluatePath)(rc[n + 'Path'], effective, frame) : rc[n]))
        : typeof def.ItemsPath === 'string' ? (0, jsonpath_1.evaluatePath)(def.ItemsPath, effective, frame) : effective;
    if ((0, failure_1.isFailure)(items))
        return items;
    if (!Array.isArray(items))
        return new failure_1.Failure('States.Runtime', `The items of Map state '${frame.state.name}' are not an array (got ${JSON.stringify(items)?.slice(0, 100)}).`);
    const selector = def.ItemSelector ?? def.Parameters;
    const select = (i) => (selector === undefined ? items[i] : (0, payload_1.evaluatePayloadTemplate)(selector, effective, itemScope(frame, i, items[i])));
    const batcher = (0, value_1.isJsonObject)(def.ItemBatcher) ? def.ItemBatcher : undefined;
    const batchField = (name) => (batcher === undefined ? undefined : typeof batcher[name + 'Path'] === 'string' ? (0, jsonpath_1.evaluatePath)(batcher[name + 'Path'], effective, frame) : batcher[name]);
    const batch = batcher === undefined ? undefined : batchSettings(batchField('MaxItemsPerBatch'), batchField('MaxInputBytesPerBatch'), batcher.BatchInput === undefined ? undefined : (0, payload_1.evaluatePayloadTemplate)(batcher.BatchInput, effective, frame));
    return finishPlan(frame, items, select, field, batch);
}
function batchSettings(maxItems, maxBytes, batchInput) {
    for (const v of [maxItems, maxBytes, batchInput])
        if ((0, failure_1.isFailure)(v))
            return v;
    return { maxItems: typeof maxItems === 'number' ? maxItems : undefined, maxBytes: typeof maxBytes === 'number' ? maxBytes : undefined, batchInput: batchInput };
}
async function prepareMapJsonata(engine, frame) {
    const def = frame.state.def;
    const bindings = (0, flow_1.jsonataBindings)(frame);
    const evalField = async (v, location) => {
        if (v === undefined)
            return undefined;
        const r = (0, jsonata_1.isJsonataString)(v) ? await (0, jsonata_1.evaluateJsonata)(v.slice(2, -2), bindings, frame) : await (0, jsonata_1.evaluateJsonataTemplate)(v, bindings, frame);
        return (0, failure_1.isFailure)(r) ? new flow_1.LocatedFailure(r, location) : r;
    };
    let items;
    if (frame.state.distributed && (0, value_1.isJsonObject)(def.ItemReader)) {
        const reader = def.ItemReader;
        const args = await evalField(reader.Arguments ?? reader.Parameters ?? {}, 'ItemReader');
        if (args instanceof flow_1.LocatedFailure)
            return args;
        const rc = (0, value_1.isJsonObject)(reader.ReaderConfig) ? reader.ReaderConfig : {};
        const max = await evalField(rc.MaxItems, 'ItemReader');
        if (max instanceof flow_1.LocatedFailure)
            return max;
        items = (0, itemReader_1.readItems)(engine.env.objects, { resource: String(reader.Resource ?? ''), args: args ?? {}, readerConfig: rc, maxItems: typeof max === 'number' ? max : undefined });
    }
    else
        items = def.Items === undefined ? frame.input : await evalField(def.Items, 'Items');
    if (items instanceof flow_1.LocatedFailure || (0, failure_1.isFailure)(items))
        return items;
    if (!Array.isArray(items))
        return new flow_1.LocatedFailure(new failure_1.Failure('States.QueryEvaluationError', `The Items of Map state '${frame.state.name}' are not an array.`), 'Items');
    const values = {};
    for (const name of ['MaxConcurrency', 'ToleratedFailureCount', 'ToleratedFailurePercentage']) {
        const v = await evalField(def[name], name);
        if (v instanceof flow_1.LocatedFailure)
            return v;
        values[name] = v;
    }
    const selector = def.ItemSelector;
    const list = items;
    const select = async (i) => {
        if (selector === undefined)
            return list[i];
        const context = (0, context_1.withMapItem)(frame.context, i, list[i]);
        return (0, jsonata_1.evaluateJsonataTemplate)(selector, { states: { input: frame.input, context } }, frame);
    };
    let batch;
    if ((0, value_1.isJsonObject)(def.ItemBatcher)) {
        const parts = [];
        for (const name of ['MaxItemsPerBatch', 'MaxInputBytesPerBatch', 'BatchInput']) {
            const v = await evalField(def.ItemBatcher[name], 'ItemBatcher');
            if (v instanceof flow_1.LocatedFailure)
                return v;
            parts.push(v);
        }
        batch = batchSettings(parts[0], parts[1], parts[2]);
    }
    return finishPlan(frame, list, select, (n) => values[n], batch);
}
function readerItems(engine, reader, template, config) {
    const args = template(reader.Parameters ?? {});
    if ((0, failure_1.isFailure)(args))
        return args;
    const rc = (0, value_1.isJsonObject)(reader.ReaderConfig) ? reader.ReaderConfig : {};
    const max = config('MaxItems', rc);
    if ((0, failure_1.isFailure)(max))
        return max;
    return (0, itemReader_1.readItems)(engine.env.objects, { resource: String(reader.Resource ?? ''), args, readerConfig: rc, maxItems: typeof max === 'number' ? max : undefined });
}
function itemScope(frame, index, value) {
    return { context: (0, context_1.withMapItem)(frame.context, index, value), variable: frame.variable, random: frame.random };
}
function finishPlan(frame, items, select, field, batch) {
    const nums = [];
    for (const name of ['MaxConcurrency', 'ToleratedFailureCount', 'ToleratedFailurePercentage']) {
        const v = field(name);
        if ((0, failure_1.isFailure)(v))
            return v;
        nums.push(typeof v === 'number' ? v : undefined);
    }
    const base = { maxConcurrency: nums[0] ?? 0, toleratedCount: nums[1], toleratedPercentage: nums[2] };
    if ((0, failure_1.isFailure)(batch))
        return batch;
    if (!frame.state.distributed || batch === undefined)
        return { ...base, count: items.length, inputFor: select };
    return batched(items, select, batch, base);
}
async function batched(items, select, settings, base) {
    const selected = [];
    for (let i = 0; i < items.length; i++) {
        const v = await select(i);
        if ((0, failure_1.isFailure)(v))
            return v;
        selected.push(v);
    }
    const batches = (0, itemBatcher_1.batchItems)(selected, settings);
    return { ...base, count: batches.length, inputFor: (i) => batches[i] };
}
//# sourceMappingURL=mapPlan.js.map