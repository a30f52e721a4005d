/*
 * Distributed Map ResultWriter (input-output-resultwriter page). With Resource/Parameters the
 * child results are written through the injected ObjectStore as
 * <Prefix>/<map run id>/SUCCEEDED_0.json, FAILED_0.json and manifest.json, and the state result
 * is {MapRunArn, ResultWriterDetails: {Bucket, Key}}; WriterConfig alone only reshapes the output
 * (Transformation NONE | COMPACT | FLATTEN, OutputType JSON | JSONL). Failures are
 * States.ResultWriterFailed.
 */
import { Failure, isFailure } from '../failure';
import type { ObjectStore } from '../environment';
import { isJsonObject, type Json, type JsonObject } from '../value';

export interface ChildRecord {
  readonly index: number;
  readonly status: 'SUCCEEDED' | 'FAILED';
  readonly input: Json;
  readonly output: Json;
  readonly name: string;
  readonly executionArn: string;
  readonly startDate: string;
  readonly stopDate: string;
  readonly stateMachineArn: string;
}

export interface WriterRequest {
  readonly def: JsonObject;
  /** Parameters/Arguments after evaluation. */
  readonly args: Json;
  readonly mapRunArn: string;
  readonly mapRunId: string;
  readonly children: readonly ChildRecord[];
}

export function transformation(def: JsonObject | undefined): string {
  const config = def && isJsonObject(def.WriterConfig) ? def.WriterConfig : undefined;
  if (config && typeof config.Transformation === 'string') return config.Transformation;
  return def && def.Resource !== undefined ? 'NONE' : 'COMPACT';
}

/** One child's entry in the results, per Transformation. */
export function shapeRecord(rec: ChildRecord, transform: string): Json {
  if (transform !== 'NONE' && rec.status === 'SUCCEEDED') return rec.output;
  const out: JsonObject = {
    ExecutionArn: rec.executionArn,
    Input: JSON.stringify(rec.input),
    InputDetails: { Included: true },
    Name: rec.name,
    RedriveCount: 0,
    RedriveStatus: 'NOT_REDRIVABLE',
    StartDate: rec.startDate,
    StateMachineArn: rec.stateMachineArn,
    Status: rec.status,
    StopDate: rec.stopDate,
  };
  if (rec.status === 'SUCCEEDED') {
    out.Output = JSON.stringify(rec.output);
    out.OutputDetails = { Included: true };
  } else if (isJsonObject(rec.output)) {
    out.Error = rec.output.Error ?? '';
    out.Cause = rec.output.Cause ?? '';
  }
  return out;
}

export function shapedResults(children: readonly ChildRecord[], transform: string): Json[] {
  const shaped = children.map((c) => shapeRecord(c, transform));
  return transform === 'FLATTEN'
    ? shaped.flatMap((v, i) => (children[i].status === 'SUCCEEDED' && Array.isArray(v) ? v : [v]))
    : shaped;
}

/** Writes the files and returns the state result, or the reshaped results when nothing is exported. */
export function writeResults(store: ObjectStore | undefined, req: WriterRequest): Json | Failure {
  const transform = transformation(req.def);
  const config = isJsonObject(req.def.WriterConfig) ? req.def.WriterConfig : {};
  if (req.def.Resource === undefined) return shapedResults(req.children, transform);
  if (!store?.putObject)
    return new Failure(
      'States.ResultWriterFailed',
      'no result folder is configured (asl run --result-dir DIR writes s3://Bucket/Prefix to DIR/Bucket/Prefix)',
    );
  const args = isJsonObject(req.args) ? req.args : {};
  const bucket = typeof args.Bucket === 'string' ? args.Bucket : '';
  const prefix = typeof args.Prefix === 'string' && args.Prefix !== '' ? args.Prefix.replace(/\/+$/, '') + '/' : '';
  const base = `${prefix}${req.mapRunId}/`;
  const jsonl = config.OutputType === 'JSONL';
  const files: JsonObject = { FAILED: [], PENDING: [], SUCCEEDED: [] };
  for (const status of ['SUCCEEDED', 'FAILED'] as const) {
    const records = req.children.filter((c) => c.status === status);
    if (records.length === 0) continue;
    const shaped = shapedResults(records, transform);
    const body = jsonl ? shaped.map((r) => JSON.stringify(r)).join('\n') + '\n' : JSON.stringify(shaped);
    const key = `${base}${status}_0.${jsonl ? 'jsonl' : 'json'}`;
    const written = store.putObject(bucket, key, body);
    if (isFailure(written)) return new Failure('States.ResultWriterFailed', written.cause);
    (files[status] as Json[]).push({ Key: key, Size: new TextEncoder().encode(body).length });
  }
  const manifestKey = `${base}manifest.json`;
  const manifest = { DestinationBucket: bucket, MapRunArn: req.mapRunArn, ResultFiles: files };
  const written = store.putObject(bucket, manifestKey, JSON.stringify(manifest));
  if (isFailure(written)) return new Failure('States.ResultWriterFailed', written.cause);
  return { MapRunArn: req.mapRunArn, ResultWriterDetails: { Bucket: bucket, Key: manifestKey } };
}
