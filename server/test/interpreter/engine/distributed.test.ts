// Distributed Map run locally. Expected behaviour from the AWS pages "ItemReader (Map)"
// (JSON array, JSONL, CSV with FIRST_ROW / GIVEN headers, values as strings, MaxItems),
// "ItemBatcher (Map)" (child input {BatchInput, Items}), "ResultWriter (Map)" (manifest and
// result files; the state result is {MapRunArn, ResultWriterDetails}), "Tolerated failure
// threshold" (States.ExceedToleratedFailureThreshold) and "Passing data between states with
// variables" (distributed children cannot read outer variables).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Failure } from '../../../src/interpreter/failure';
import type { ObjectStore } from '../../../src/interpreter/environment';
import { run, eventTypes } from './helpers';

function store(files: Record<string, string>, written: Record<string, string> = {}): ObjectStore {
  return {
    getObject: (bucket, key) =>
      files[`${bucket}/${key}`] ?? new Failure('States.ItemReaderFailed', `no ${bucket}/${key}`),
    putObject: (bucket, key, body) => {
      written[`${bucket}/${key}`] = body;
    },
  };
}

const distributed = (
  reader: Record<string, unknown> | undefined,
  extra: Record<string, unknown> = {},
  states?: Record<string, unknown>,
) => ({
  StartAt: 'M',
  States: {
    M: {
      Type: 'Map',
      ...(reader ? { ItemReader: reader } : {}),
      ItemProcessor: {
        ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'EXPRESS' },
        StartAt: Object.keys(states ?? { P: 0 })[0],
        States: states ?? { P: { Type: 'Pass', End: true } },
      },
      End: true,
      ...extra,
    },
  },
});

const s3 = (key: string, config: Record<string, unknown>) => ({
  Resource: 'arn:aws:states:::s3:getObject',
  ReaderConfig: config,
  Parameters: { Bucket: 'b', Key: key },
});

test('ItemReader: JSON, JSONL and CSV files', async () => {
  const files = {
    'b/a.json': '[{"id":1},{"id":2}]',
    'b/a.jsonl': '{"id":1}\n{"id":2}\n',
    'b/a.csv': 'id,name\n1,"Ada, L"\n2,Bob\n',
    'b/g.csv': '1|x\n2|y\n',
  };
  const objects = store(files);
  assert.deepEqual((await run(distributed(s3('a.json', { InputType: 'JSON' })), {}, { objects })).output, [
    { id: 1 },
    { id: 2 },
  ]);
  assert.deepEqual((await run(distributed(s3('a.jsonl', { InputType: 'JSONL' })), {}, { objects })).output, [
    { id: 1 },
    { id: 2 },
  ]);
  assert.deepEqual(
    (await run(distributed(s3('a.csv', { InputType: 'CSV', CSVHeaderLocation: 'FIRST_ROW' })), {}, { objects })).output,
    [
      { id: '1', name: 'Ada, L' },
      { id: '2', name: 'Bob' },
    ],
  );
  const given = await run(
    distributed(
      s3('g.csv', {
        InputType: 'CSV',
        CSVHeaderLocation: 'GIVEN',
        CSVHeaders: ['n', 'v'],
        CSVDelimiter: 'PIPE',
        MaxItems: 1,
      }),
    ),
    {},
    { objects },
  );
  assert.deepEqual(given.output, [{ n: '1', v: 'x' }]);
});

test('ItemReader: s3:listObjectsV2 lists objects; with Transformation LOAD_AND_FLATTEN it reads and flattens them', async () => {
  const files: Record<string, string> = {
    'b/in/1.jsonl': '{"id":1}\n{"id":2}\n',
    'b/in/2.jsonl': '{"id":3}\n',
    'b/other/x.jsonl': '{"id":9}\n',
  };
  const objects: ObjectStore = {
    ...store(files),
    listObjects: (bucket, prefix) =>
      Object.keys(files)
        .filter((k) => k.startsWith(`${bucket}/${prefix}`))
        .sort()
        .map((k) => ({ Key: k.slice(bucket.length + 1), Size: files[k].length })),
  };
  const list = (config: Record<string, unknown>) => ({
    Resource: 'arn:aws:states:::s3:listObjectsV2',
    ReaderConfig: config,
    Parameters: { Bucket: 'b', Prefix: 'in/' },
  });
  const plain = await run(distributed(list({})), {}, { objects });
  assert.deepEqual(
    (plain.output as { Key: string }[]).map((o) => o.Key),
    ['in/1.jsonl', 'in/2.jsonl'],
  );
  const flat = await run(
    distributed(list({ InputType: 'JSONL', Transformation: 'LOAD_AND_FLATTEN' })),
    {},
    { objects },
  );
  assert.equal(flat.status, 'SUCCEEDED');
  assert.deepEqual(flat.output, [{ id: 1 }, { id: 2 }, { id: 3 }]);
  const capped = await run(
    distributed(list({ InputType: 'JSONL', Transformation: 'LOAD_AND_FLATTEN', MaxItems: 2 })),
    {},
    { objects },
  );
  assert.deepEqual(capped.output, [{ id: 1 }, { id: 2 }]);
});

test('ItemReader: a missing file is States.ItemReaderFailed; history has MapRun events', async () => {
  const r = await run(distributed(s3('missing.json', { InputType: 'JSON' })), {}, { objects: store({}) });
  assert.equal(r.error, 'States.ItemReaderFailed');
  const ok = await run(distributed(undefined), [1], { objects: store({}) });
  assert.deepEqual(eventTypes(ok.execution), [
    'ExecutionStarted',
    'MapStateEntered',
    'MapStateStarted',
    'MapRunStarted',
    'PassStateEntered',
    'PassStateExited',
    'MapRunSucceeded',
    'MapStateSucceeded',
    'MapStateExited',
    'ExecutionSucceeded',
  ]);
});

test('ItemBatcher: MaxItemsPerBatch and BatchInput; ItemSelector applies per item', async () => {
  const def = distributed(undefined, {
    ItemSelector: { 'v.$': '$$.Map.Item.Value' },
    ItemBatcher: { MaxItemsPerBatch: 2, BatchInput: { 'src.$': '$.src' } },
    ItemsPath: '$.items',
  });
  const r = await run(def, { items: [1, 2, 3], src: 'x' });
  assert.deepEqual(r.output, [
    { BatchInput: { src: 'x' }, Items: [{ v: 1 }, { v: 2 }] },
    { BatchInput: { src: 'x' }, Items: [{ v: 3 }] },
  ]);
});

test('Tolerated failures: within the threshold the Map succeeds, beyond it States.ExceedToleratedFailureThreshold', async () => {
  const states = {
    C: { Type: 'Choice', Choices: [{ Variable: '$', NumericEquals: 0, Next: 'F' }], Default: 'P' },
    P: { Type: 'Pass', End: true },
    F: { Type: 'Fail', Error: 'Zero', Cause: 'zero' },
  };
  const items = [0, 1, 2, 3];
  const ok = await run(distributed(undefined, { ToleratedFailureCount: 1 }, states), items);
  assert.equal(ok.status, 'SUCCEEDED');
  assert.equal((ok.output as unknown[]).length, 4);
  assert.deepEqual((ok.output as unknown[]).slice(1), [1, 2, 3]);
  const pct = await run(distributed(undefined, { ToleratedFailurePercentage: 20 }, states), items);
  assert.equal(pct.error, 'States.ExceedToleratedFailureThreshold');
  const none = await run(distributed(undefined, {}, states), items);
  assert.equal(none.error, 'States.ExceedToleratedFailureThreshold');
});

test('Distributed children cannot read outer variables', async () => {
  const def = {
    StartAt: 'Init',
    States: {
      Init: { Type: 'Pass', Assign: { secret: 1 }, Next: 'M' },
      M: {
        Type: 'Map',
        ItemProcessor: {
          ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' },
          StartAt: 'P',
          States: { P: { Type: 'Pass', Parameters: { 's.$': '$secret' }, End: true } },
        },
        ToleratedFailureCount: 0,
        End: true,
      },
    },
  };
  const r = await run(def, {}, {});
  const r2 = await run(
    { ...def, States: { ...def.States, Init: { Type: 'Pass', Assign: { secret: 1 }, Result: [1], Next: 'M' } } },
    {},
  );
  assert.equal(r.status, 'FAILED');
  assert.equal(r2.error, 'States.ExceedToleratedFailureThreshold');
});

test('ResultWriter: writes SUCCEEDED_0.json and manifest.json, result has MapRunArn and the manifest key', async () => {
  const written: Record<string, string> = {};
  const def = distributed(undefined, {
    ResultWriter: { Resource: 'arn:aws:states:::s3:putObject', Parameters: { Bucket: 'out', Prefix: 'runs' } },
    Label: 'lbl',
  });
  const r = await run(def, [{ a: 1 }], { objects: store({}, written) });
  assert.equal(r.status, 'SUCCEEDED');
  const out = r.output as { MapRunArn: string; ResultWriterDetails: { Bucket: string; Key: string } };
  assert.match(out.MapRunArn, /^arn:aws:states:us-east-1:123456789012:mapRun:Test\/lbl:/);
  assert.equal(out.ResultWriterDetails.Bucket, 'out');
  assert.match(out.ResultWriterDetails.Key, /^runs\/.+\/manifest\.json$/);
  const manifest = JSON.parse(written[`out/${out.ResultWriterDetails.Key}`]);
  assert.equal(manifest.ResultFiles.SUCCEEDED.length, 1);
  const results = JSON.parse(written[`out/${manifest.ResultFiles.SUCCEEDED[0].Key}`]);
  assert.equal(results[0].Status, 'SUCCEEDED');
  assert.equal(results[0].Output, '{"a":1}');
  assert.equal(results[0].Input, '{"a":1}');
});

test('ResultWriter: WriterConfig alone reshapes the output (FLATTEN)', async () => {
  const def = distributed(undefined, {
    ResultWriter: { WriterConfig: { Transformation: 'FLATTEN', OutputType: 'JSON' } },
  });
  const r = await run(def, [[1, 2], [3]]);
  assert.deepEqual(r.output, [1, 2, 3]);
});

test('ItemBatcher: MaxItemsPerBatchPath and MaxInputBytesPerBatch', async () => {
  const byPath = await run(
    distributed(undefined, { ItemsPath: '$.items', ItemBatcher: { MaxItemsPerBatchPath: '$.size' } }),
    { items: [1, 2, 3, 4, 5], size: 3 },
  );
  assert.deepEqual(byPath.output, [{ Items: [1, 2, 3] }, { Items: [4, 5] }]);
  const byBytes = await run(distributed(undefined, { ItemBatcher: { MaxInputBytesPerBatch: 16 } }), [
    'aaaa',
    'bbbb',
    'cccc',
  ]);
  assert.deepEqual(byBytes.output, [{ Items: ['aaaa', 'bbbb'] }, { Items: ['cccc'] }]);
});
