// Known ASL facts the tables must encode (from the AWS Step Functions developer guide and the ASL spec),
// plus the lookup functions of the spec barrel.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CHOICE_OPERATORS,
  DISTRIBUTED_ONLY_MAP_FIELDS,
  INTRINSIC_FUNCTIONS,
  JSONATA_FUNCTIONS,
  LAMBDA_ERRORS,
  PREDEFINED_ERRORS,
  RESOURCES,
  STATE_TYPES,
  allowedFields,
  allowedShapeFields,
  contextFieldSpec,
  errorMatches,
  errorSpec,
  fieldKinds,
  intrinsicSpec,
  isStateType,
  jsonataFunctionSpec,
  shapeFieldSpec,
  shapeSpec,
  stateFieldSpec,
  stateTypeSpec,
} from '../../src/asl/spec';

const names = (type: string, lang: 'JSONPath' | 'JSONata'): string[] => allowedFields(type, lang).map((f) => f.name);

test('all eight state types, and lookups by name', () => {
  assert.deepEqual(Object.keys(STATE_TYPES).sort(), [
    'Choice',
    'Fail',
    'Map',
    'Parallel',
    'Pass',
    'Succeed',
    'Task',
    'Wait',
  ]);
  assert.ok(isStateType('Map'));
  assert.ok(!isStateType('map'));
  assert.ok(!isStateType('toString'));
  assert.equal(stateTypeSpec('Nope'), undefined);
  assert.equal(stateFieldSpec('Task', 'Resource')?.name, 'Resource');
  assert.equal(stateFieldSpec('Task', 'constructor'), undefined);
  assert.deepEqual(allowedFields('Nope', 'JSONPath'), []);
});

test('Task requires Resource; Choice requires Choices; Parallel requires Branches', () => {
  assert.ok(STATE_TYPES.Task.constraints.required?.some((g) => g.fields.includes('Resource')));
  assert.ok(STATE_TYPES.Choice.constraints.required?.some((g) => g.fields.includes('Choices')));
  assert.ok(STATE_TYPES.Parallel.constraints.required?.some((g) => g.fields.includes('Branches')));
});

test('Choice, Succeed and Fail have no Next/End; the others need exactly one of Next/End', () => {
  for (const t of ['Choice', 'Succeed', 'Fail']) {
    assert.equal(stateFieldSpec(t, 'Next'), undefined, t);
    assert.equal(stateFieldSpec(t, 'End'), undefined, t);
  }
  for (const t of ['Pass', 'Task', 'Wait', 'Parallel', 'Map'] as const) {
    const g = STATE_TYPES[t].constraints.exactlyOneOf ?? [];
    assert.ok(
      g.some((x) => x.fields.join() === 'Next,End'),
      t,
    );
  }
});

test('Fail has no InputPath/OutputPath/Output/Assign; Error and ErrorPath exclusive', () => {
  for (const f of ['InputPath', 'OutputPath', 'Output', 'Assign', 'Parameters'])
    assert.equal(stateFieldSpec('Fail', f), undefined, f);
  assert.ok(STATE_TYPES.Fail.constraints.atMostOneOf?.some((g) => g.fields.join() === 'Error,ErrorPath'));
  assert.deepEqual(fieldKinds(stateFieldSpec('Fail', 'ErrorPath')!, 'JSONPath'), ['referencePath', 'intrinsic']);
  assert.deepEqual(fieldKinds(stateFieldSpec('Fail', 'Error')!, 'JSONata'), ['string', 'jsonata']);
});

test('Wait needs exactly one of its time fields, per language', () => {
  const g = STATE_TYPES.Wait.constraints.exactlyOneOf ?? [];
  assert.ok(g.some((x) => x.fields.length === 4 && x.languages?.join() === 'JSONPath'));
  assert.ok(g.some((x) => x.fields.join() === 'Seconds,Timestamp' && x.languages?.join() === 'JSONata'));
});

test('field availability per language matches the guide', () => {
  assert.ok(names('Pass', 'JSONPath').includes('Result'));
  assert.ok(!names('Pass', 'JSONata').includes('Result'));
  assert.ok(names('Task', 'JSONata').includes('Arguments'));
  assert.ok(!names('Task', 'JSONPath').includes('Arguments'));
  assert.ok(names('Parallel', 'JSONata').includes('Arguments'));
  assert.ok(!names('Map', 'JSONata').includes('Arguments'));
  assert.ok(names('Map', 'JSONata').includes('Items') && names('Map', 'JSONPath').includes('ItemsPath'));
  assert.ok(!names('Succeed', 'JSONPath').includes('Assign'));
  for (const t of ['Pass', 'Task', 'Choice', 'Wait', 'Parallel', 'Map'])
    assert.ok(names(t, 'JSONata').includes('Assign'), t);
  for (const t of ['Pass', 'Choice', 'Wait', 'Succeed']) {
    assert.ok(!names(t, 'JSONPath').includes('Retry') && !names(t, 'JSONPath').includes('ResultSelector'), t);
  }
  assert.equal(stateFieldSpec('Map', 'Iterator')?.deprecated !== undefined, true);
  assert.equal(stateFieldSpec('Map', 'Parameters')?.deprecated !== undefined, true);
  assert.deepEqual(fieldKinds(stateFieldSpec('Task', 'TimeoutSeconds')!, 'JSONata'), ['integer', 'jsonata']);
  assert.deepEqual(fieldKinds(stateFieldSpec('Task', 'TimeoutSeconds')!, 'JSONPath'), ['integer']);
  assert.deepEqual(fieldKinds(stateFieldSpec('Pass', 'Result')!, 'JSONata'), []);
});

test('distributed-only Map fields exist on Map', () => {
  for (const f of DISTRIBUTED_ONLY_MAP_FIELDS) assert.ok(stateFieldSpec('Map', f), f);
  assert.ok(!DISTRIBUTED_ONLY_MAP_FIELDS.includes('ItemSelector'));
});

test('Map exclusive pairs and ItemProcessor/Iterator choice', () => {
  const c = STATE_TYPES.Map.constraints;
  assert.ok(c.exactlyOneOf?.some((g) => g.fields.join() === 'ItemProcessor,Iterator'));
  assert.ok(c.atMostOneOf?.some((g) => g.fields.join() === 'ItemSelector,Parameters'));
  assert.equal(stateFieldSpec('Map', 'ToleratedFailurePercentage')?.maximum, 100);
});

test('nested shapes: retrier, catcher, choice rules, processor config, reader config', () => {
  assert.deepEqual(shapeFieldSpec('Retrier', 'JitterStrategy')?.enum, ['FULL', 'NONE']);
  assert.equal(shapeFieldSpec('Retrier', 'BackoffRate')?.minimum, 1);
  assert.deepEqual(shapeFieldSpec('ProcessorConfig', 'Mode')?.enum, ['INLINE', 'DISTRIBUTED']);
  assert.deepEqual(shapeFieldSpec('ProcessorConfig', 'ExecutionType')?.enum, ['STANDARD', 'EXPRESS']);
  assert.ok(shapeFieldSpec('ReaderConfig', 'InputType')?.enum?.includes('PARQUET'));
  assert.deepEqual(
    allowedShapeFields('Catcher', 'JSONata').map((f) => f.name),
    ['ErrorEquals', 'Next', 'Output', 'Assign', 'Comment'],
  );
  assert.deepEqual(
    allowedShapeFields('ChoiceRule', 'JSONata').map((f) => f.name),
    ['Condition', 'Next', 'Assign', 'Output', 'Comment'],
  );
  assert.ok(allowedShapeFields('ChoiceRule', 'JSONPath').some((f) => f.name === 'StringMatches'));
  assert.equal(shapeFieldSpec('NestedChoiceRule', 'Next'), undefined);
  assert.ok(shapeSpec('StateMachine')?.constraints.required?.some((g) => g.fields.join() === 'StartAt,States'));
  assert.equal(shapeSpec('Nope'), undefined);
});

test('choice operators: 5 relations x (String, Numeric, Timestamp) x (plain, Path) + Boolean + StringMatches + 6 Is*', () => {
  assert.equal(CHOICE_OPERATORS.length, 30 + 2 + 1 + 6);
  assert.ok(!CHOICE_OPERATORS.some((o) => o.name === 'StringMatchesPath'));
  assert.equal(CHOICE_OPERATORS.find((o) => o.name === 'TimestampLessThanPath')?.operand, 'referencePath');
});

test('18 intrinsic functions with consistent arity', () => {
  assert.equal(INTRINSIC_FUNCTIONS.length, 18);
  for (const f of INTRINSIC_FUNCTIONS) {
    assert.ok(f.signature.startsWith(`${f.name}(`), f.name);
    if (f.maxArgs !== undefined) {
      assert.ok(f.maxArgs >= f.minArgs, f.name);
      assert.equal(f.argKinds.length, f.maxArgs, f.name);
    }
  }
  assert.equal(intrinsicSpec('States.Format')?.maxArgs, undefined);
  assert.equal(intrinsicSpec('States.UUID')?.maxArgs, 0);
  assert.equal(intrinsicSpec('States.Nope'), undefined);
});

test('errors: States.ALL matches all but States.Runtime and States.DataLimitExceeded', () => {
  assert.equal(PREDEFINED_ERRORS.length, 16);
  assert.equal(LAMBDA_ERRORS.length, 5);
  assert.deepEqual(
    PREDEFINED_ERRORS.filter((e) => !e.matchedByAll)
      .map((e) => e.name)
      .sort(),
    ['States.DataLimitExceeded', 'States.Runtime'],
  );
  for (const e of [...PREDEFINED_ERRORS, ...LAMBDA_ERRORS])
    assert.equal(errorMatches('States.ALL', e.name), e.matchedByAll, e.name);
  assert.ok(errorMatches('States.ALL', 'MyCustomError'));
  assert.ok(errorMatches('States.TaskFailed', 'Lambda.Unknown'));
  assert.ok(!errorMatches('States.TaskFailed', 'States.Timeout'));
  assert.ok(!errorMatches('Lambda.Unknown', 'Lambda.ServiceException'));
  assert.equal(errorSpec('States.Timeout')?.name, 'States.Timeout');
  assert.equal(errorSpec('Lambda.TooManyRequestsException')?.matchedByAll, true);
});

test('JSONata: $eval unavailable, AWS additions flagged, lookup with or without $', () => {
  assert.equal(jsonataFunctionSpec('$eval')?.unavailable, true);
  for (const n of ['$partition', '$range', '$hash', '$random', '$uuid', '$parse'])
    assert.equal(jsonataFunctionSpec(n)?.awsOnly, true, n);
  assert.equal(jsonataFunctionSpec('sum')?.name, '$sum');
  assert.equal(JSONATA_FUNCTIONS.filter((f) => f.awsOnly).length, 6);
  for (const f of JSONATA_FUNCTIONS) assert.ok(f.signature.startsWith(`${f.name}(`), f.name);
});

test('every JSONata 2.0.6 built-in the jsonata package binds is in the table', async () => {
  const jsonata = (await import('jsonata')).default;
  for (const name of [
    'sum',
    'count',
    'string',
    'pad',
    'formatInteger',
    'sift',
    'each',
    'shuffle',
    'zip',
    'millis',
    'now',
    'clone',
    'decodeUrl',
  ]) {
    const expr = jsonata(`$type($${name})`);
    assert.equal(await expr.evaluate({}), 'function', name);
    assert.ok(jsonataFunctionSpec(name), `missing $${name}`);
  }
});

test('context fields and resources', () => {
  for (const p of [
    'Execution.Id',
    'Execution.RedriveCount',
    'State.RetryCount',
    'StateMachine.Name',
    'Task.Token',
    'Map.Item.Index',
    'Map.Item.Value',
  ]) {
    assert.ok(contextFieldSpec(p), p);
  }
  const lambda = RESOURCES.find((r) => r.arn === 'arn:aws:states:::lambda:invoke');
  assert.deepEqual(lambda?.arguments, {
    FunctionName: 'arn:aws:lambda:REGION:ACCOUNT_ID:function:FUNCTION_NAME',
    Payload: '{% $states.input %}',
  });
  assert.equal(lambda?.parameters['Payload.$'], '$');
  for (const r of RESOURCES) {
    assert.equal(r.isPattern === true, /REGION|ACCOUNT_ID|SERVICE:ACTION/.test(r.arn), `${r.arn}: isPattern`);
    if (r.pattern === 'waitForTaskToken') assert.ok(r.arn.endsWith('.waitForTaskToken'), r.arn);
    if (r.pattern === 'sync') assert.match(r.arn, /\.sync(:2)?$/);
    assert.ok(!JSON.stringify(r.parameters).includes('{%'), `${r.arn}: JSONata in Parameters`);
    assert.ok(!Object.keys(r.arguments).some((k) => k.endsWith('.$')), `${r.arn}: .$ key in Arguments`);
  }
});
