// The JSONPath I/O stages one at a time (InputPath, Parameters, ResultSelector, ResultPath,
// OutputPath), with the AWS developer guide's own examples. The engine chains these stages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Failure } from '../../../src/interpreter/failure';
import { evaluatePath } from '../../../src/interpreter/jsonpath';
import { evaluatePayloadTemplate } from '../../../src/interpreter/payload';
import { applyResultPath } from '../../../src/interpreter/resultPath';
import type { Json } from '../../../src/interpreter/value';
import { makeScope } from './support';

const scope = makeScope({ greeting: 'hi' });

// AWS: "InputPath and Parameters" (InputPath section)
test('InputPath selects a portion of the input', () => {
  const input = {
    comment: 'Example for InputPath.',
    dataset1: { val1: 1, val2: 2, val3: 3 },
    dataset2: { val1: 'a', val2: 'b', val3: 'c' },
  };
  assert.deepEqual(evaluatePath('$.dataset2', input, scope), { val1: 'a', val2: 'b', val3: 'c' });
});

// AWS: "InputPath and Parameters" (Parameters section)
test('Parameters builds key-value pairs from static values and paths', () => {
  const input = {
    comment: 'Example for Parameters.',
    product: {
      details: { color: 'blue', size: 'small', material: 'cotton' },
      availability: 'in stock',
      sku: '2317',
      cost: '$23',
    },
  };
  const parameters = {
    comment: 'Selecting what I care about.',
    MyDetails: { 'size.$': '$.product.details.size', 'exists.$': '$.product.availability', StaticValue: 'foo' },
  };
  assert.deepEqual(evaluatePayloadTemplate(parameters, input, scope), {
    comment: 'Selecting what I care about.',
    MyDetails: { size: 'small', exists: 'in stock', StaticValue: 'foo' },
  });
});

// AWS: "InputPath and Parameters" (ResultSelector section: EMR createCluster.sync result)
test('ResultSelector picks fields of a task result', () => {
  const result = {
    resourceType: 'elasticmapreduce',
    resource: 'createCluster.sync',
    output: {
      SdkHttpMetadata: { HttpHeaders: { 'Content-Length': '1112' }, HttpStatusCode: 200 },
      SdkResponseMetadata: { RequestId: 'r' },
      ClusterId: 'AKIAIOSFODNN7EXAMPLE',
    },
  };
  const selector = { 'ClusterId.$': '$.output.ClusterId', 'ResourceType.$': '$.resourceType' };
  assert.deepEqual(evaluatePayloadTemplate(selector, result, scope), {
    ClusterId: 'AKIAIOSFODNN7EXAMPLE',
    ResourceType: 'elasticmapreduce',
  });
});

// AWS: "Specifying state output using ResultPath in Step Functions"
const lambdaInput = {
  comment: 'This is a test of the input and output of a Task state.',
  details: 'Default example',
  who: 'AWS Step Functions',
};
const lambdaResult = 'Hello, AWS Step Functions!';

test('ResultPath "$" (and absent) replaces the input with the result', () => {
  assert.equal(applyResultPath(lambdaInput, '$', lambdaResult), lambdaResult);
  assert.equal(applyResultPath(lambdaInput, undefined, lambdaResult), lambdaResult);
});

test('ResultPath "$.taskresult" includes the result with the input', () => {
  assert.deepEqual(applyResultPath(lambdaInput, '$.taskresult', lambdaResult), {
    ...lambdaInput,
    taskresult: lambdaResult,
  });
});

test('ResultPath "$.strings.lambdaresult" inserts into a child node', () => {
  const input = {
    comment: 'An input comment.',
    strings: { string1: 'foo', string2: 'bar', string3: 'baz' },
    who: 'AWS Step Functions',
  };
  assert.deepEqual(applyResultPath(input, '$.strings.lambdaresult', lambdaResult), {
    comment: 'An input comment.',
    strings: { string1: 'foo', string2: 'bar', string3: 'baz', lambdaresult: lambdaResult },
    who: 'AWS Step Functions',
  });
});

test('ResultPath "$.comment" updates an existing node', () => {
  assert.deepEqual(applyResultPath(lambdaInput, '$.comment', lambdaResult), { ...lambdaInput, comment: lambdaResult });
});

test('ResultPath "$.error" in a Catch keeps the input and adds the error output', () => {
  assert.deepEqual(applyResultPath({ foo: 'bar' }, '$.error', { Error: 'Error here' }), {
    foo: 'bar',
    error: { Error: 'Error here' },
  });
});

test('ResultPath null discards the result', () => {
  assert.equal(applyResultPath(lambdaInput, null, lambdaResult), lambdaInput);
});

test('ResultPath never mutates the input and shares untouched branches', () => {
  const input = { a: { x: 1 }, b: { y: [1, 2] } };
  const frozen = JSON.stringify(input);
  const out = applyResultPath(input, '$.a.z', 5) as { a: Json; b: Json };
  assert.equal(JSON.stringify(input), frozen);
  assert.equal(out.b, input.b);
  assert.deepEqual(out.a, { x: 1, z: 5 });
  assert.deepEqual(applyResultPath(input, '$.new.deep.path', 1), { ...input, new: { deep: { path: 1 } } });
  assert.deepEqual(applyResultPath({ list: [1, 2, 3] }, '$.list[1]', 'x'), { list: [1, 'x', 3] });
});

test('ResultPath that cannot apply is States.ResultPathMatchFailure', () => {
  for (const [input, path] of [
    ['hello', '$.a'],
    [{ a: 'str' }, '$.a.b'],
    [{ a: [1] }, '$.a.b'],
    [{ a: [1] }, '$.a[5]'],
    [[1], '$.x'],
  ] as [Json, string][]) {
    const r = applyResultPath(input, path, 1);
    assert.ok(r instanceof Failure, `${JSON.stringify(input)} ${path}`);
    assert.equal(r.error, 'States.ResultPathMatchFailure');
  }
});

// AWS: "InputPath, ResultPath and OutputPath Example"
test('InputPath + ResultPath + OutputPath chain', () => {
  const input = {
    comment: 'An input comment.',
    data: { val1: 23, val2: 17 },
    extra: 'foo',
    lambda: { who: 'AWS Step Functions' },
  };
  assert.deepEqual(evaluatePath('$.lambda', input, scope), { who: 'AWS Step Functions' });
  const afterResultPath = applyResultPath(input, '$.data.lambdaresult', 'Hello, AWS Step Functions!');
  assert.deepEqual(afterResultPath, {
    ...input,
    data: { val1: 23, val2: 17, lambdaresult: 'Hello, AWS Step Functions!' },
  });
  assert.deepEqual(evaluatePath('$.data', afterResultPath as Json, scope), {
    val1: 23,
    val2: 17,
    lambdaresult: 'Hello, AWS Step Functions!',
  });
});

test('a Parameters path that matches nothing is States.Runtime with AWS wording (recorded executions)', () => {
  const r = evaluatePayloadTemplate({ 'bar.$': '$.foo' }, { a: 1 }, scope);
  assert.ok(r instanceof Failure);
  assert.equal(r.error, 'States.Runtime');
  assert.equal(
    r.cause,
    `The JSONPath '$.foo' specified for the field 'bar.$' could not be found in the input '{"a":1}'`,
  );
});

// AWS: "Accessing execution data from the Context object in Step Functions"
test('Parameters read the context object, variables and intrinsics; arrays are processed too', () => {
  const template = {
    'name.$': '$$.Execution.Name',
    'g.$': '$greeting',
    'msg.$': "States.Format('{} {}', $greeting, $.who)",
    list: [{ 'v.$': '$.who' }, 'static'],
    n: 1,
  };
  assert.deepEqual(evaluatePayloadTemplate(template, { who: 'Ann' }, scope), {
    name: 'e1',
    g: 'hi',
    msg: 'hi Ann',
    list: [{ v: 'Ann' }, 'static'],
    n: 1,
  });
});

test('a template without .$ keys is returned as is (shared)', () => {
  const template = { a: { b: [1, { c: 2 }] } };
  assert.equal(evaluatePayloadTemplate(template, {}, scope), template);
});

test('an intrinsic failure inside Parameters propagates as a value', () => {
  const r = evaluatePayloadTemplate({ 'x.$': 'States.ArrayGetItem($.a, 5)' }, { a: [1] }, scope);
  assert.ok(r instanceof Failure);
  assert.equal(r.error, 'States.IntrinsicFailure');
});

test('a "__proto__" key is kept as data', () => {
  const r = evaluatePayloadTemplate(JSON.parse('{"__proto__.$": "$.a"}') as Json, { a: 1 }, scope) as Record<
    string,
    Json
  >;
  assert.equal(Object.prototype.hasOwnProperty.call(r, '__proto__'), true);
  assert.equal(JSON.stringify(r), '{"__proto__":1}');
});
