// Every intrinsic function, with the examples of AWS: "Intrinsic functions for JSONPath states in
// Step Functions" (docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html) and the
// argument rules stated there. Failures are values named States.IntrinsicFailure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Failure } from '../../../src/interpreter/failure';
import { INTRINSIC_FUNCTIONS } from '../../../src/asl/spec';
import { evaluateIntrinsic, implementedIntrinsics } from '../../../src/interpreter/intrinsics';
import type { Json } from '../../../src/interpreter/value';
import { makeScope } from './support';

const run = (expr: string, data: Json = {}, scope = makeScope()) => evaluateIntrinsic(expr, data, scope);
function fails(expr: string, data: Json = {}, pattern?: RegExp): void {
  const r = run(expr, data);
  assert.ok(r instanceof Failure, `${expr} should fail, got ${JSON.stringify(r)}`);
  assert.equal(r.error, 'States.IntrinsicFailure');
  if (pattern) assert.match(r.cause, pattern);
}

test('States.Format (AWS example, literal template and template from a path)', () => {
  const input = { name: 'Arnav', template: 'Hello, my name is {}.' };
  assert.equal(run("States.Format('Hello, my name is {}.', $.name)", input), 'Hello, my name is Arnav.');
  assert.equal(run('States.Format($.template, $.name)', input), 'Hello, my name is Arnav.');
});

test('States.Format: escapes, value formatting and arity', () => {
  assert.equal(run("States.Format('\\{{}\\} it\\'s \\\\', 1)"), "{1} it's \\");
  assert.equal(
    run("States.Format('{} {} {} {} {}', 'a', 1.5, true, null, $.o)", { o: { k: [1] } }),
    'a 1.5 true null {k=[1]}',
  );
  // AWS's Java runtime prints maps and lists (recorded executions): {Arg1=1, Arg2=[]}
  assert.equal(
    run("States.Format('{}', $.o)", { o: { Arg1: 1, Arg2: [], Arg3: { s: 'x y', n: null }, Arg4: ['a', [2, 3]] } }),
    '{Arg1=1, Arg2=[], Arg3={s=x y, n=null}, Arg4=[a, [2, 3]]}',
  );
  assert.equal(run("States.Format('{}|{}', $.e, $.a)", { e: {}, a: [] }), '{}|[]');
  assert.equal(run("States.Format('none')"), 'none');
  fails('States.Format($.t, 1, 2)', { t: '{}' }, /1 '\{\}' but 2 values/);
  fails('States.Format($.t)', { t: 1 }, /must be a string/);
});

test('States.StringToJson and States.JsonToString (AWS examples)', () => {
  assert.deepEqual(run('States.StringToJson($.escapedJsonString)', { escapedJsonString: '{"foo": "bar"}' }), {
    foo: 'bar',
  });
  assert.equal(run('States.JsonToString($.unescapedJson)', { unescapedJson: { foo: 'bar' } }), '{"foo":"bar"}');
  fails('States.StringToJson($.s)', { s: '{bad' }, /not valid JSON/);
  assert.equal(run('States.StringToJson($.s)', { s: '' }), null, "AWS: StringToJson('') is null");
  fails('States.StringToJson($.s)', { s: 1 });
});

test('States.Array (AWS example)', () => {
  assert.deepEqual(run('States.Array($.Id)', { Id: 123456 }), [123456]);
  assert.deepEqual(run('States.Array()'), []);
  assert.deepEqual(run("States.Array('a', 1, true, null, States.Array(2))"), ['a', 1, true, null, [2]]);
});

test('States.ArrayPartition (AWS example and rules)', () => {
  const inputArray = [1, 2, 3, 4, 5, 6, 7, 8, 9];
  assert.deepEqual(run('States.ArrayPartition($.inputArray,4)', { inputArray }), [[1, 2, 3, 4], [5, 6, 7, 8], [9]]);
  assert.deepEqual(run('States.ArrayPartition($.inputArray, 4.4)', { inputArray }), [[1, 2, 3, 4], [5, 6, 7, 8], [9]]);
  assert.deepEqual(run('States.ArrayPartition($.e, 2)', { e: [] }), []);
  fails('States.ArrayPartition($.inputArray, 0)', { inputArray }, /positive/);
  fails("States.ArrayPartition('x', 2)");
});

test('States.ArrayContains (AWS example, deep equality)', () => {
  assert.equal(
    run('States.ArrayContains($.inputArray, $.lookingFor)', { inputArray: [1, 2, 3, 4, 5, 6, 7, 8, 9], lookingFor: 5 }),
    true,
  );
  assert.equal(run('States.ArrayContains($.a, $.v)', { a: [{ x: [1] }], v: { x: [1] } }), true);
  assert.equal(run('States.ArrayContains($.a, 10)', { a: [1] }), false);
  fails('States.ArrayContains($.a, 1)', { a: 'x' });
});

test('States.ArrayRange (AWS example and limits)', () => {
  assert.deepEqual(run('States.ArrayRange(1, 9, 2)'), [1, 3, 5, 7, 9]);
  assert.deepEqual(run('States.ArrayRange(5, 1, -2)'), [5, 3, 1]);
  assert.deepEqual(
    run('States.ArrayRange(1, 1000, 1)') instanceof Array && (run('States.ArrayRange(1, 1000, 1)') as number[]).length,
    1000,
  );
  assert.deepEqual(run('States.ArrayRange(1.4, 2.6, 1)'), [1, 2, 3]);
  fails('States.ArrayRange(1, 1001, 1)', {}, /more than 1000/);
  fails('States.ArrayRange(1, 9, 0)', {}, /step must not be 0/);
  fails("States.ArrayRange('1', 9, 1)");
});

test('States.ArrayGetItem (AWS example and range)', () => {
  assert.equal(
    run('States.ArrayGetItem($.inputArray, $.index)', { inputArray: [1, 2, 3, 4, 5, 6, 7, 8, 9], index: 5 }),
    6,
  );
  fails('States.ArrayGetItem($.a, 3)', { a: [1] }, /out of range/);
  fails('States.ArrayGetItem($.a, -1)', { a: [1] });
});

test('States.ArrayLength (AWS example)', () => {
  assert.equal(run('States.ArrayLength($.inputArray)', { inputArray: [1, 2, 3, 4, 5, 6, 7, 8, 9] }), 9);
  fails('States.ArrayLength($.s)', { s: 'abc' });
});

test('States.ArrayUnique (AWS example, deep equality, first occurrence kept)', () => {
  assert.deepEqual(run('States.ArrayUnique($.inputArray)', { inputArray: [1, 2, 3, 3, 3, 3, 3, 3, 4] }), [1, 2, 3, 4]);
  assert.deepEqual(run('States.ArrayUnique($.a)', { a: [{ a: 1 }, '1', 1, { a: 1 }, null, null, true] }), [
    { a: 1 },
    '1',
    1,
    null,
    true,
  ]);
});

test('States.Base64Encode and States.Base64Decode (AWS examples, 10,000-char limit)', () => {
  assert.equal(run('States.Base64Encode($.input)', { input: 'Data to encode' }), 'RGF0YSB0byBlbmNvZGU=');
  // The page shows "Decoded data" as the output, which is not what the Base64 text decodes to.
  assert.equal(run('States.Base64Decode($.base64)', { base64: 'RGF0YSB0byBlbmNvZGU=' }), 'Data to encode');
  assert.equal(run('States.Base64Decode(States.Base64Encode($.s))', { s: 'héllo ✓' }), 'héllo ✓');
  fails('States.Base64Encode($.s)', { s: 'x'.repeat(10_001) }, /10,000/);
  fails('States.Base64Decode($.s)', { s: 'not base64!' }, /Base64/);
});

test('States.Hash (AWS example and algorithms)', () => {
  // The page prints "aaff4a450a104cd177d28d18d7485e8cae074b7" (39 digits, one dropped); this is SHA-1("input data").
  assert.equal(
    run('States.Hash($.Data, $.Algorithm)', { Data: 'input data', Algorithm: 'SHA-1' }),
    'aaff4a450a104cd177d28d18d74485e8cae074b7',
  );
  assert.equal(run("States.Hash('abc', 'MD5')"), '900150983cd24fb0d6963f7d28e17f72');
  assert.equal((run("States.Hash('abc', 'SHA-256')") as string).length, 64);
  assert.equal((run("States.Hash('abc', 'SHA-384')") as string).length, 96);
  assert.equal((run("States.Hash('abc', 'SHA-512')") as string).length, 128);
  fails("States.Hash('abc', 'SHA-3')", {}, /algorithm must be one of/);
  fails("States.Hash('abc', $.algorithm)", { algorithm: 'SHA-3' }, /unknown algorithm/);
  fails("States.Hash($.s, 'MD5')", { s: 'x'.repeat(10_001) }, /10,000/);
});

test('States.JsonMerge (AWS example: shallow, second object wins)', () => {
  const input = { json1: { a: { a1: 1, a2: 2 }, b: 2 }, json2: { a: { a3: 1, a4: 2 }, c: 3 } };
  assert.deepEqual(run('States.JsonMerge($.json1, $.json2, false)', input), { a: { a3: 1, a4: 2 }, b: 2, c: 3 });
  fails('States.JsonMerge($.json1, $.json2, true)', input, /only shallow merges/);
  fails('States.JsonMerge($.json1, $.json2, $.deep)', { ...input, deep: true }, /deep merging is not supported/);
  fails('States.JsonMerge($.json1, 1, false)', input);
});

test('States.MathRandom: integer in [start, end), rounding, seeds repeat', () => {
  for (let i = 0; i < 200; i++) {
    const r = run('States.MathRandom($.start, $.end)', { start: 1, end: 999 }, makeScope({}, null, i)) as number;
    assert.ok(Number.isInteger(r) && r >= 1 && r < 999, String(r));
  }
  assert.equal(run('States.MathRandom(1, 2)'), 1);
  assert.equal(
    run('States.MathRandom(0, 1000, 7)', {}, makeScope({}, null, 1)),
    run('States.MathRandom(0, 1000, 7)', {}, makeScope({}, null, 2)),
  );
  fails('States.MathRandom(5, 5)', {}, /less than/);
});

test('States.MathAdd (AWS example, rounding, int range)', () => {
  assert.equal(run('States.MathAdd($.value1, $.step)', { value1: 111, step: -1 }), 110);
  assert.equal(run('States.MathAdd(1.4, 2.6)'), 4);
  assert.equal(run('States.MathAdd(2147483647, 0)'), 2147483647);
  fails('States.MathAdd(2147483648, 0)', {}, /between/);
  fails("States.MathAdd('1', 2)", {}, /must be a number/);
});

test('States.StringSplit (AWS examples)', () => {
  assert.deepEqual(run('States.StringSplit($.inputString, $.splitter)', { inputString: '1,2,3,4,5', splitter: ',' }), [
    '1',
    '2',
    '3',
    '4',
    '5',
  ]);
  assert.deepEqual(
    run('States.StringSplit($.inputString, $.splitter)', { inputString: 'This.is+a,test=string', splitter: '.+,=' }),
    ['This', 'is', 'a', 'test', 'string'],
  );
  assert.deepEqual(run("States.StringSplit('a,,b', ',')"), ['a', 'b']);
  fails("States.StringSplit(1, ',')");
});

test('States.UUID: v4 shape, from the seeded random source', () => {
  const a = run('States.UUID()', {}, makeScope({}, null, 5)) as string;
  assert.match(a, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.equal(run('States.UUID()', {}, makeScope({}, null, 5)), a);
  assert.notEqual(run('States.UUID()', {}, makeScope({}, null, 6)), a);
});

test('the nine-function AWS example evaluates', () => {
  const expr =
    "States.Format('{}.{}', States.ArrayGetItem(States.StringSplit(States.ArrayGetItem(States.StringSplit($.ImageRecipe.Arn, '/'), 2), '.'), 0), States.ArrayGetItem(States.StringSplit(States.ArrayGetItem(States.StringSplit($.ImageRecipe.Arn, '/'), 2), '.'), 1))";
  assert.equal(
    run(expr, { ImageRecipe: { Arn: 'arn:aws:imagebuilder:us-east-1:123:image-recipe/my-recipe/1.0.0' } }),
    '1.0',
  );
});

test('path arguments: variables, context, missing paths, syntax errors', () => {
  assert.equal(run('States.MathAdd($count, 1)', {}, makeScope({ count: 41 })), 42);
  assert.equal(run("States.Format('{}', $$.State.Name)"), 'S');
  // AWS (recorded): a missing path argument is States.Runtime, naming the whole expression and the input.
  const missing = run("States.Format('{}', States.MathAdd($.missing, 1))", { other: 1 });
  assert.ok(missing instanceof Failure);
  assert.deepEqual(
    [missing.error, missing.cause],
    [
      'States.Runtime',
      "The function 'States.Format('{}', States.MathAdd($.missing, 1))' had the following error: " +
        `The JsonPath argument for the field '$.missing' could not be found in the input '{"other":1}'`,
    ],
  );
  fails('States.Nope()', {}, /Unknown intrinsic/);
  fails('States.MathAdd(1', {}, /Invalid intrinsic/);
});

test('every intrinsic of the ASL facts table is implemented, and nothing else', () => {
  assert.deepEqual(implementedIntrinsics().sort(), INTRINSIC_FUNCTIONS.map((f) => f.name).sort());
  assert.equal(implementedIntrinsics().length, 18);
});
