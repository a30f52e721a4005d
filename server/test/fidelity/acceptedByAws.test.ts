// Definitions AWS accepts (reproduced on deployed samples and recorded executions) must validate
// without errors and run the way AWS runs them (issue: "never refuse what AWS accepts").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeDiagnostics } from '../../src/service/diagnostics';
import { getCodeActions } from '../../src/service/codeActions';
import { toDiagnostic } from '../../src/lsp/convert';
import { applyWorkspaceEdit, fixture } from '../navigation/support';
import { check, diagnose, expectOne, machine } from '../diagnostics/helper';
import { run } from '../interpreter/engine/helpers';

const errorsOf = (text: string, format: 'json' | 'yaml' = 'json') =>
  diagnose(text, format).filter((d) => d.severity === 'error');

const choiceWithRuleOutput = {
  QueryLanguage: 'JSONata',
  StartAt: 'Pick',
  States: {
    Pick: {
      Type: 'Choice',
      Output: { from: 'state' },
      Choices: [
        {
          Condition: '{% $states.input.total > 100 %}',
          Output: { size: 'big', total: '{% $states.input.total %}' },
          Assign: { picked: 'big' },
          Next: 'Done',
        },
      ],
      Default: 'Done',
    },
    Done: { Type: 'Pass', Output: { out: '{% $states.input %}', picked: '{% $picked %}' }, End: true },
  },
};

test('Choice rule Output and Assign (JSONata) validate clean', () => {
  check(JSON.stringify(choiceWithRuleOutput, null, 2), []);
});

test("Choice rule Output becomes the state's output; the Default path keeps the state's Output", async () => {
  const big = await run(choiceWithRuleOutput, { total: 150 });
  assert.equal(big.status, 'SUCCEEDED');
  assert.deepEqual(big.output, { out: { size: 'big', total: 150 }, picked: 'big' });
  const small = await run(
    {
      ...choiceWithRuleOutput,
      States: { ...choiceWithRuleOutput.States, Done: { Type: 'Pass', Output: '{% $states.input %}', End: true } },
    },
    { total: 5 },
  );
  assert.deepEqual(small.output, { from: 'state' });
});

test('Choice rule Output is still unknown in a JSONPath machine', () => {
  const text = machine({
    C: { Type: 'Choice', Choices: [{ Variable: '$.a', IsPresent: true, Output: 1, Next: 'D' }], Default: 'D' },
    D: { Type: 'Succeed' },
  });
  assert.ok(errorsOf(text).length > 0);
});

const inlineMapTolerated = (extra: Record<string, unknown>) =>
  machine({
    M: {
      Type: 'Map',
      ItemsPath: '$.items',
      ...extra,
      ItemProcessor: {
        StartAt: 'Check',
        States: {
          Check: {
            Type: 'Choice',
            Choices: [{ Variable: '$', NumericEquals: 2, Next: 'Boom' }],
            Default: 'Ok',
          },
          Boom: { Type: 'Fail', Error: 'Bad', Cause: 'two' },
          Ok: { Type: 'Succeed' },
        },
      },
      End: true,
    },
  });

test('ToleratedFailureCount / Percentage on an INLINE Map: a warning, not an error', () => {
  const text = inlineMapTolerated({ ToleratedFailureCount: 1, ToleratedFailurePercentage: 50 });
  assert.deepEqual(errorsOf(text), []);
  const warning = expectOne(
    inlineMapTolerated({ ToleratedFailureCount: 1 }),
    'processor-config',
    '"ToleratedFailureCount"',
  );
  assert.equal(warning.severity, 'warning');
});

test('ToleratedFailureCount on an INLINE Map runs, and a failing iteration still fails the Map', async () => {
  const result = await run(JSON.parse(inlineMapTolerated({ ToleratedFailureCount: 1 })), { items: [1, 2, 3] });
  assert.equal(result.status, 'FAILED');
  assert.equal(result.error, 'Bad');
});

const iteratorWithConfig = machine({
  M: {
    Type: 'Map',
    ItemsPath: '$.items',
    Iterator: {
      ProcessorConfig: { Mode: 'INLINE' },
      StartAt: 'Double',
      States: { Double: { Type: 'Pass', Parameters: { 'v.$': 'States.MathAdd($, $)' }, End: true } },
    },
    End: true,
  },
});

test('the legacy Iterator with a ProcessorConfig validates (deprecation hint only) and runs', async () => {
  const found = diagnose(iteratorWithConfig);
  assert.deepEqual(
    found.map((d) => `${d.severity} ${d.code}`),
    ['information deprecated-field'],
  );
  const result = await run(JSON.parse(iteratorWithConfig), { items: [1, 2] });
  assert.deepEqual(result.output, [{ v: 2 }, { v: 4 }]);
});

test('a DISTRIBUTED ProcessorConfig inside Iterator is checked like ItemProcessor', () => {
  const text = machine({
    M: {
      Type: 'Map',
      Iterator: { ProcessorConfig: { Mode: 'DISTRIBUTED' }, StartAt: 'P', States: { P: { Type: 'Pass', End: true } } },
      End: true,
    },
  });
  expectOne(text, 'processor-config', '"DISTRIBUTED"');
});

const unquoted = machine({
  P: { Type: 'Pass', Parameters: { 'receipt.$': '$.Labels[?(@.Name==Receipt)].Value' }, End: true },
});

test('an unquoted JSONPath filter value: a warning on the word, no error', () => {
  assert.deepEqual(errorsOf(unquoted), []);
  const d = expectOne(unquoted, 'unquoted-filter-value', 'Receipt');
  assert.equal(d.severity, 'warning');
});

test('an unquoted filter value compares as a string at run time (as AWS does)', async () => {
  const input = {
    Labels: [
      { Name: 'Receipt', Value: 1 },
      { Name: 'Invoice', Value: 2 },
    ],
  };
  const result = await run(JSON.parse(unquoted), input);
  assert.deepEqual(result.output, { receipt: [1] });
});

test('quick fix "quote it" turns the bare word into a quoted string, JSON and YAML', () => {
  const yaml =
    'StartAt: P\nStates:\n  P:\n    Type: Pass\n    Parameters:\n      r.$: $.Labels[?(@.Name == Receipt)]\n    End: true\n';
  for (const [text, format, expected] of [
    [unquoted, 'json', "@.Name=='Receipt'"],
    [yaml, 'yaml', "@.Name == 'Receipt'"],
  ] as const) {
    const f = fixture(text, format);
    const diagnostic = computeDiagnostics(f.asl, { throwOnRuleError: true })
      .map((x) => toDiagnostic(f.doc, x))
      .find((x) => x.code === 'unquoted-filter-value');
    assert.ok(diagnostic, format);
    const [action] = getCodeActions(f.doc, f.asl, { range: diagnostic.range, diagnostics: [diagnostic] });
    assert.equal(action?.title, "Quote Receipt as 'Receipt'");
    const fixed = applyWorkspaceEdit(f.doc, action.edit);
    assert.ok(fixed.includes(expected), fixed);
    assert.deepEqual(
      diagnose(fixed, format).map((x) => x.code),
      [],
    );
  }
});

test('JSONata Choice machine with rule Output also validates in YAML', () => {
  const yaml = `QueryLanguage: JSONata
StartAt: C
States:
  C:
    Type: Choice
    Choices:
      - Condition: '{% $states.input.ok %}'
        Output: '{% "yes" %}'
        Next: D
    Default: D
  D:
    Type: Succeed
`;
  assert.deepEqual(errorsOf(yaml, 'yaml'), []);
});

test('MaxConcurrencyPath / ToleratedFailure*Path resolving to a bad value fail the state with States.Runtime', async () => {
  const mapWith = (field: string) => ({
    StartAt: 'M',
    States: {
      M: {
        Type: 'Map',
        ItemsPath: '$.items',
        [field]: '$.setting',
        ItemProcessor: {
          ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' },
          StartAt: 'P',
          States: { P: { Type: 'Pass', End: true } },
        },
        End: true,
      },
    },
  });
  const cases: [string, unknown][] = [
    ['MaxConcurrencyPath', 'ten'],
    ['MaxConcurrencyPath', -1],
    ['ToleratedFailureCountPath', -2],
    ['ToleratedFailurePercentagePath', 101],
    ['ToleratedFailurePercentagePath', '5'],
  ];
  for (const [field, setting] of cases) {
    const r = await run(mapWith(field), { items: [1], setting });
    assert.deepEqual([r.status, r.error], ['FAILED', 'States.Runtime'], `${field} = ${JSON.stringify(setting)}`);
    assert.match(r.cause ?? '', new RegExp(`The ${field} parameter references an invalid value: \\$\\.setting ==`));
  }
  const ok = await run(mapWith('ToleratedFailurePercentagePath'), { items: [1], setting: 100 });
  assert.equal(ok.status, 'SUCCEEDED');
});

// Recorded AWS executions (the AWS samples' 'Check Address' Task, serverless-coffee issue #56, a Map's
// Parameters) raise States.Runtime, not the guide's States.ParameterPathFailure, and no catcher sees it.
test('an unresolvable .$ path is States.Runtime in a Pass state and in a Task (uncaught)', async () => {
  const pass = await run(
    { StartAt: 'P', States: { P: { Type: 'Pass', Parameters: { 'x.$': '$.missing' }, End: true } } },
    {},
  );
  assert.deepEqual([pass.status, pass.error], ['FAILED', 'States.Runtime']);
  const task = await run(
    {
      StartAt: 'T',
      States: {
        T: {
          Type: 'Task',
          Resource: 'arn:aws:lambda:us-east-1:1:function:f',
          Parameters: { 'x.$': '$.missing' },
          End: true,
        },
      },
    },
    {},
    { handlers: { T: () => 1 } },
  );
  assert.deepEqual([task.status, task.error], ['FAILED', 'States.Runtime']);
});

// ValidateStateMachineDefinition answers these with WARNINGS (NO_DOLLAR, NO_PATH,
// PASS_RESULT_IS_STATIC: API reference, ValidateStateMachineDefinitionDiagnostic): never an error here.
const awsWarnsOnly = {
  StartAt: 'NoDollar',
  States: {
    NoDollar: { Type: 'Pass', Parameters: { path: '$.foo', call: "States.Format('a{}', $.b)" }, Next: 'Static' },
    Static: { Type: 'Pass', Result: { 'z.$': '$.foo', w: '$.q' }, ResultPath: '$.r', Next: 'NoPath' },
    NoPath: { Type: 'Pass', Comment: '$.looks.like.a.path', End: true },
  },
};

test("AWS's warning-only cases (NO_DOLLAR, NO_PATH, PASS_RESULT_IS_STATIC) validate without errors and run", async () => {
  assert.deepEqual(errorsOf(JSON.stringify(awsWarnsOnly, null, 2)), []);
  const result = await run(awsWarnsOnly, { foo: 1, b: 2 });
  assert.equal(result.status, 'SUCCEEDED');
  assert.deepEqual(result.output, {
    path: '$.foo',
    call: "States.Format('a{}', $.b)",
    r: { 'z.$': '$.foo', w: '$.q' },
  });
});

// ItemReader fields of the distributed Map data sources (input-output-itemreader page: InputType CSV, JSON,
// JSONL, PARQUET, MANIFEST for "an Athena manifest, or an Amazon S3 inventory list"; s3:listObjectsV2).
test('ReaderConfig ManifestType and Transformation (LOAD_AND_FLATTEN) validate clean; unknown values do not', () => {
  const reader = (resource: string, config: Record<string, unknown>) =>
    JSON.stringify(
      {
        StartAt: 'M',
        States: {
          M: {
            Type: 'Map',
            ItemReader: {
              Resource: resource,
              ReaderConfig: config,
              Parameters: { Bucket: 'b', Key: 'k', Prefix: 'p' },
            },
            ItemProcessor: {
              ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' },
              StartAt: 'X',
              States: { X: { Type: 'Pass', End: true } },
            },
            End: true,
          },
        },
      },
      null,
      2,
    );
  const getObject = 'arn:aws:states:::s3:getObject';
  const list = 'arn:aws:states:::s3:listObjectsV2';
  assert.deepEqual(errorsOf(reader(getObject, { InputType: 'MANIFEST', ManifestType: 'ATHENA_DATA' })), []);
  assert.deepEqual(errorsOf(reader(getObject, { InputType: 'MANIFEST', ManifestType: 'S3_INVENTORY' })), []);
  assert.deepEqual(errorsOf(reader(list, { InputType: 'JSONL', Transformation: 'LOAD_AND_FLATTEN' })), []);
  assert.deepEqual(errorsOf(reader(getObject, { InputType: 'PARQUET' })), []);
  assert.deepEqual(
    errorsOf(reader(list, { Transformation: 'FLATTEN' })).map((d) => d.code),
    ['invalid-enum'],
  );
});
