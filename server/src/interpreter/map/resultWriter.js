"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.transformation = transformation;
exports.shapeRecord = shapeRecord;
exports.shapedResults = shapedResults;
exports.writeResults = writeResults;
/*
 * Distributed Map ResultWriter (input-output-resultwriter page). With Resource/Parameters the
 * child results are written through the injected ObjectStore as
 * <Prefix>/<map run id>/SUCCEEDED_0.json, FAILED_0.json and manifest.json, and the state result
 * is {MapRunArn, ResultWriterDetails: {Bucket, Key}}; WriterConfig alone only reshapes the output
 * (Transformation NONE | COMPACT | FLATTEN, OutputType JSON | JSONL). Failures are
 * States.ResultWriterFailed.
 */
const failure_1 = require("../failure");
const value_1 = require("../value");
function transformation(def) {
    const config = def && (0, value_1.isJsonObject)(def.WriterConfig) ? def.WriterConfig : undefined;
    if (config && typeof config.Transformation === 'string')
        return config.Transformation;
    return def && def.Resource !== undefined ? 'NONE' : 'COMPACT';
}
/** One child's entry in the results, per Transformation. */
function shapeRecord(rec, transform) {
    if (transform !== 'NONE' && rec.status === 'SUCCEEDED')
        return rec.output;
    const out = {
        ExecutionArn: rec.executionArn, Input: JSON.stringify(rec.input), InputDetails: { Included: true }, Name: rec.name,
        RedriveCount: 0, RedriveStatus: 'NOT_REDRIVABLE', StartDate: rec.startDate, StateMachineArn: rec.stateMachineArn, Status: rec.status, StopDate: rec.stopDate,
    };
    if (rec.status === 'SUCCEEDED') {
        out.Output = JSON.stringify(rec.output);
        out.OutputDetails = { Included: true };
    }
    else if ((0, value_1.isJsonObject)(rec.output)) {
        out.Error = rec.output.Error ?? '';
        out.Cause = rec.output.Cause ?? '';
    }
    return out;
}
function shapedResults(children, transform) {
    const shaped = children.map((c) => shapeRecord(c, transform));
    return transform === 'FLATTEN' ? shaped.flatMap((v, i) => (children[i].status === 'SUCCEEDED' && Array.isArray(v) ? v : [v])) : shaped;
}
/** Writes the files and returns the state result, or the reshaped results when nothing is exported. */
function writeResults(store, req) {
    const transform = transformation(req.def);
    const config = (0, value_1.isJsonObject)(req.def.WriterConfig) ? req.def.WriterConfig : {};
    if (req.def.Resource === undefined)
        return shapedResults(req.children, transform);
    if (!store?.putObject)
        return new failure_1.Failure('States.ResultWriterFailed', 'no result folder is configured (asl run --result-dir DIR writes s3://Bucket/Prefix to DIR/Bucket/Prefix)');
    const args = (0, value_1.isJsonObject)(req.args) ? req.args : {};
    const bucket = typeof args.Bucket === 'string' ? args.Bucket : '';
    const prefix = typeof args.Prefix === 'string' && args.Prefix !== '' ? args.Prefix.replace(/\/+$/, '') + '/' : '';
    const base = `${prefix}${req.mapRunId}/`;
    const jsonl = config.OutputType === 'JSONL';
    const files = { FAILED: [], PENDING: [], SUCCEEDED: [] };
    for (const status of ['SUCCEEDED', 'FAILED']) {
        const records = req.children.filter((c) => c.status === status);
        if (records.length === 0)
            continue;
        const shaped = shapedResults(records, transform);
        const body = jsonl ? shaped.map((r) => JSON.stringify(r)).join('\n') + '\n' : JSON.stringify(shaped);
        const key = `${base}${status}_0.${jsonl ? 'jsonl' : 'json'}`;
        const written = store.putObject(bucket, key, body);
        if ((0, failure_1.isFailure)(written))
            return new failure_1.Failure('States.ResultWriterFailed', written.cause);
        files[status].push({ Key: key, Size: Buffer.byteLength(body, 'utf8') });
    }
    const manifestKey = `${base}manifest.json`;
    const manifest = { DestinationBucket: bucket, MapRunArn: req.mapRunArn, ResultFiles: files };
    const written = store.putObject(bucket, manifestKey, JSON.stringify(manifest));
    if ((0, failure_1.isFailure)(written))
        return new failure_1.Failure('States.ResultWriterFailed', written.cause);
    return { MapRunArn: req.mapRunArn, ResultWriterDetails: { Bucket: bucket, Key: manifestKey } };
}
//# sourceMappingURL=resultWriter.js.map