// JSONata evaluation as AWS runs it (AWS: "Transforming data with JSONata in Step Functions"):
// jsonata 2.0.6, `$states`, workflow variables, the AWS-added functions, no $eval, and every
// error or undefined result as States.QueryEvaluationError.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Failure } from '../../../src/interpreter/failure';
import { evaluateJsonata, evaluateJsonataTemplate, isJsonataString } from '../../../src/interpreter/jsonata';
import type { Json } from '../../../src/interpreter/value';
import { defaultContext, makeScope } from './support';

const input: Json = {
  customer: { name: 'Ann', age: 30 },
  items: [{ price: 2 }, { price: 3 }],
  content: 'input data',
  seed: 7,
};
const states: Json = { input, context: defaultContext() };
const run = (expr: string, variables: Record<string, Json> = {}, seed = 1) =>
  evaluateJsonata(expr, { states }, makeScope(variables, defaultContext(), seed));

async function queryFailure(expr: string, pattern?: RegExp): Promise<void> {
  const r = await run(expr);
  assert.ok(r instanceof Failure, `${expr} should fail, got ${JSON.stringify(r)}`);
  assert.equal(r.error, 'States.QueryEvaluationError');
  if (pattern) assert.match(r.cause, pattern);
}

test('isJsonataString: exactly {% ... %}', () => {
  assert.equal(isJsonataString('{% 1 %}'), true);
  assert.equal(isJsonataString('{%1%}'), true);
  assert.equal(isJsonataString(' {% 1 %}'), false);
  assert.equal(isJsonataString('{% 1 %} '), false);
  assert.equal(isJsonataString('x {% 1 %}'), false);
  assert.equal(isJsonataString(1), false);
});

test('$states.input, $states.context and arithmetic', async () => {
  assert.equal(await run('$states.input.customer.name'), 'Ann');
  assert.equal(await run("'Hello ' & $states.input.customer.name"), 'Hello Ann');
  assert.equal(await run('$states.input.customer.age >= 18'), true);
  assert.equal(await run('$sum($states.input.items.price)'), 5);
  assert.equal(await run('$states.context.Execution.Name'), 'e1');
});

test('workflow variables are bound by name', async () => {
  assert.equal(await run('$total + 1', { total: 41 }), 42);
  assert.deepEqual(await run('$order.lines[1]', { order: { lines: [1, 2] } }), 2);
  assert.equal(await run('$exists($unset)'), false);
});

// AWS: "Transforming data with JSONata in Step Functions" — functions provided by Step Functions
test('$partition', async () => {
  assert.deepEqual(await run('$partition([1, 2, 3, 4, 5, 6, 7, 8, 9], 3)'), [
    [1, 2, 3],
    [4, 5, 6],
    [7, 8, 9],
  ]);
  assert.deepEqual(await run('$partition([1, 2, 3, 4, 5], 2)'), [[1, 2], [3, 4], [5]]);
});

test('$range (inclusive, with step)', async () => {
  assert.deepEqual(await run('$range(0, 10, 2)'), [0, 2, 4, 6, 8, 10]);
  assert.deepEqual(await run('$range(5, 1, -2)'), [5, 3, 1]);
  assert.equal(await run('$range(1, 9, 9)'), 1, 'a one-element sequence is that element (AWS)');
  assert.deepEqual(await run('$count($range(1, 9, 9))'), 1);
  await queryFailure('$range(0, 10, 0)', /step/);
});

test('$hash', async () => {
  assert.equal(await run("$hash($states.input.content, 'SHA-1')"), 'aaff4a450a104cd177d28d18d74485e8cae074b7');
  assert.equal(await run("$hash('abc', 'MD5')"), '900150983cd24fb0d6963f7d28e17f72');
  await queryFailure("$hash('abc', 'SHA-3')", /algorithm/);
});

test('$random with and without a seed', async () => {
  const r = (await run('$random()')) as number;
  assert.ok(r >= 0 && r < 1);
  assert.equal(await run('$random()', {}, 9), await run('$random()', {}, 9));
  assert.equal(await run('$random($states.input.seed)', {}, 1), await run('$random($states.input.seed)', {}, 2));
});

test('$uuid is a v4 UUID from the seeded source', async () => {
  const u = (await run('$uuid()', {}, 3)) as string;
  assert.match(u, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.equal(await run('$uuid()', {}, 3), u);
});

test('$parse replaces $eval, which is not available', async () => {
  assert.deepEqual(await run(`$parse('{"a": [1, true]}')`), { a: [1, true] });
  await queryFailure("$eval('1 + 1')", /\$eval is not supported/);
  await queryFailure("$parse('{bad')");
});

test('JSONata 2.0.6: no ?: and ?? operators', async () => {
  await queryFailure('$states.input.missing ?: 1', /invalid/);
  await queryFailure('$states.input.missing ?? 1', /invalid/);
});

test('an undefined result is States.QueryEvaluationError with AWS wording', async () => {
  const r = await evaluateJsonata('$states.input.nope', { states }, makeScope(), 'Output');
  assert.ok(r instanceof Failure);
  assert.equal(r.error, 'States.QueryEvaluationError');
  assert.equal(
    r.cause,
    "The JSONata expression '$states.input.nope' specified for the field 'Output' returned nothing (undefined).",
  );
});

test('runtime and syntax errors are States.QueryEvaluationError', async () => {
  await queryFailure("1 + 'a'", /T2002|must evaluate to numbers/);
  await queryFailure('$states.input.', /invalid/);
  await queryFailure('function($x){$x}', /function/);
});

test('$now and $millis use the injected clock', async () => {
  assert.equal(await run('$now()'), '2026-01-31T12:00:00.000Z');
  assert.equal(await run('$millis()'), Date.UTC(2026, 0, 31, 12, 0, 0));
  assert.equal(await run("$now('[Y0001]-[M01]-[D01]')"), '2026-01-31');
});

test('evaluateJsonataTemplate evaluates every {% %} string inside objects and arrays', async () => {
  const template: Json = {
    a: '{% 1 + 1 %}',
    b: ['{% $states.input.customer.name %}', 'literal', { c: '{% $x %}' }],
    d: 'not {% 1 %}',
    e: 5,
  };
  assert.deepEqual(await evaluateJsonataTemplate(template, { states }, makeScope({ x: true })), {
    a: 2,
    b: ['Ann', 'literal', { c: true }],
    d: 'not {% 1 %}',
    e: 5,
  });
  const r = await evaluateJsonataTemplate({ a: { b: '{% $states.input.none %}' } }, { states }, makeScope());
  assert.ok(r instanceof Failure && r.error === 'States.QueryEvaluationError');
  const plain = { a: [1, { b: 'x' }] };
  assert.equal(await evaluateJsonataTemplate(plain, { states }, makeScope()), plain);
  assert.equal(await evaluateJsonataTemplate('{% 3 %}', { states }, makeScope()), 3);
});

test('$states.result and $states.errorOutput are visible when bound', async () => {
  const bound: Json = { input: {}, result: { ok: 1 }, errorOutput: { Error: 'E', Cause: 'c' }, context: {} };
  assert.equal(await evaluateJsonata('$states.result.ok', { states: bound }, makeScope()), 1);
  assert.equal(await evaluateJsonata('$states.errorOutput.Error', { states: bound }, makeScope()), 'E');
});
