// Every JSONPath Choice operator (AWS: "Choice workflow state", and the Amazon States Language
// spec's Choice Rules): literal and …Path operands, Is* tests, StringMatches escapes, RFC 3339
// timestamps compared as instants, wrong types are false, a missing Variable is States.Runtime.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateChoiceRule } from '../../../src/interpreter/choice';
import { Failure } from '../../../src/interpreter/failure';
import type { Json } from '../../../src/interpreter/value';
import { makeScope } from './support';

const scope = makeScope({ limit: 10, who: 'bob' });
const check = (rule: Json, data: Json) => evaluateChoiceRule(rule, data, scope);
const is = (operator: string, value: Json, operand: Json) =>
  check({ Variable: '$.v', [operator]: operand }, { v: value });

// AWS: "Choice workflow state" — the ChoiceStateX example: input {type: Private, value: 22} goes to ValueInTwenties
test('AWS ChoiceStateX example picks the third rule', () => {
  const choices: Json[] = [
    { Not: { Variable: '$.type', StringEquals: 'Private' }, Next: 'Public' },
    { Variable: '$.value', NumericEquals: 0, Next: 'ValueIsZero' },
    {
      And: [
        { Variable: '$.value', NumericGreaterThanEquals: 20 },
        { Variable: '$.value', NumericLessThan: 30 },
      ],
      Next: 'ValueInTwenties',
    },
  ];
  const input = { type: 'Private', value: 22 };
  assert.deepEqual(
    choices.map((c) => check(c, input)),
    [false, false, true],
  );
});

const table: [string, Json, Json, boolean][] = [
  ['StringEquals', 'MyString', 'MyString', true],
  ['StringEquals', 'a', 'b', false],
  ['StringLessThan', 'a', 'b', true],
  ['StringLessThan', 'b', 'a', false],
  ['StringGreaterThan', 'MyStringABD', 'MyStringABC', true],
  ['StringLessThanEquals', 'a', 'a', true],
  ['StringGreaterThanEquals', 'a', 'b', false],
  ['StringLessThan', 'Z', 'a', true], // Java compareTo: code units
  ['NumericEquals', 1, 1.0, true],
  ['NumericEquals', 1, 2, false],
  ['NumericLessThan', 1, 2, true],
  ['NumericGreaterThan', 2.5, 2, true],
  ['NumericLessThanEquals', 2, 2, true],
  ['NumericGreaterThanEquals', 1, 2, false],
  ['BooleanEquals', true, true, true],
  ['BooleanEquals', false, true, false],
  ['TimestampEquals', '2001-01-01T12:00:00Z', '2001-01-01T12:00:00Z', true],
  ['TimestampEquals', '2001-01-01T13:00:00+01:00', '2001-01-01T12:00:00Z', true],
  ['TimestampEquals', '2001-01-01T12:00:00.000Z', '2001-01-01T12:00:00Z', true],
  ['TimestampLessThan', '2001-01-01T12:00:00.1Z', '2001-01-01T12:00:00.2Z', true],
  ['TimestampGreaterThan', '2016-08-18T17:33:00Z', '2016-08-18T17:32:59.999999999Z', true],
  ['TimestampLessThanEquals', '2001-01-01T12:00:00Z', '2001-01-01T12:00:00Z', true],
  ['TimestampGreaterThanEquals', '2000-01-01T00:00:00Z', '2001-01-01T00:00:00Z', false],
  // wrong types are false, never an error
  ['StringEquals', 1, '1', false],
  ['NumericEquals', '1', 1, false],
  ['BooleanEquals', 'true', true, false],
  ['NumericLessThan', null, 1, false],
  ['TimestampEquals', 'not a date', '2001-01-01T12:00:00Z', false],
  ['TimestampEquals', '2001-01-01t12:00:00z', '2001-01-01T12:00:00Z', false], // lowercase t/z are not ASL timestamps
  ['TimestampLessThan', '2001-02-30T00:00:00Z', '2001-03-01T00:00:00Z', false],
];
for (const [operator, value, operand, expected] of table) {
  test(`${operator}: ${JSON.stringify(value)} vs ${JSON.stringify(operand)} → ${expected}`, () =>
    assert.equal(is(operator, value, operand), expected));
}

test('StringMatches: * wildcard, \\* and \\\\ escapes, nothing else special', () => {
  assert.equal(is('StringMatches', 'log-2024.txt', 'log-*.txt'), true);
  assert.equal(is('StringMatches', 'log.txt', 'log-*.txt'), false);
  assert.equal(is('StringMatches', 'anything', '*'), true);
  assert.equal(is('StringMatches', '', '*'), true);
  assert.equal(is('StringMatches', 'a*b', 'a\\*b'), true);
  assert.equal(is('StringMatches', 'axb', 'a\\*b'), false);
  assert.equal(is('StringMatches', 'a\\b', 'a\\\\b'), true);
  assert.equal(is('StringMatches', 'a.b', 'a?b'), false);
  assert.equal(is('StringMatches', 'a(b)', 'a(b)'), true);
  assert.equal(is('StringMatches', 'line1\nline2', 'line1*'), true);
  assert.equal(is('StringMatches', 5, '*'), false);
});

test('…Path operators compare with another path ($, $$, $var)', () => {
  const data = { v: 5, w: 5, s: 'bob', t: '2001-01-01T12:00:00Z', u: '2002-01-01T12:00:00Z', b: true, c: true };
  assert.equal(check({ Variable: '$.v', NumericEqualsPath: '$.w' }, data), true);
  assert.equal(check({ Variable: '$.v', NumericLessThanPath: '$limit' }, data), true);
  assert.equal(check({ Variable: '$.v', NumericGreaterThanPath: '$limit' }, data), false);
  assert.equal(check({ Variable: '$.v', NumericLessThanEqualsPath: '$.w' }, data), true);
  assert.equal(check({ Variable: '$.v', NumericGreaterThanEqualsPath: '$.w' }, data), true);
  assert.equal(check({ Variable: '$.s', StringEqualsPath: '$who' }, data), true);
  assert.equal(check({ Variable: '$.s', StringLessThanPath: '$.s' }, data), false);
  assert.equal(check({ Variable: '$.s', StringGreaterThanPath: '$.s' }, data), false);
  assert.equal(check({ Variable: '$.s', StringLessThanEqualsPath: '$.s' }, data), true);
  assert.equal(check({ Variable: '$.s', StringGreaterThanEqualsPath: '$.s' }, data), true);
  assert.equal(check({ Variable: '$.t', TimestampLessThanPath: '$.u' }, data), true);
  assert.equal(check({ Variable: '$.t', TimestampEqualsPath: '$.t' }, data), true);
  assert.equal(check({ Variable: '$.t', TimestampGreaterThanPath: '$.u' }, data), false);
  assert.equal(check({ Variable: '$.t', TimestampLessThanEqualsPath: '$.u' }, data), true);
  assert.equal(check({ Variable: '$.t', TimestampGreaterThanEqualsPath: '$.u' }, data), false);
  assert.equal(check({ Variable: '$.b', BooleanEqualsPath: '$.c' }, data), true);
  assert.equal(check({ Variable: '$$.State.Name', StringEqualsPath: '$$.State.Name' }, data), true);
  assert.equal(check({ Variable: '$.v', StringEqualsPath: '$.s' }, data), false); // wrong type: false
  const missing = check({ Variable: '$.v', NumericEqualsPath: '$.nope' }, data);
  assert.ok(missing instanceof Failure && missing.error === 'States.Runtime');
});

test('Is* type tests, true and false forms', () => {
  const data = { n: null, i: 1, s: 'x', b: false, t: '2016-08-18T17:33:00Z' };
  const t = (op: string, path: string, value: boolean) => check({ Variable: path, [op]: value }, data);
  assert.equal(t('IsNull', '$.n', true), true);
  assert.equal(t('IsNull', '$.i', true), false);
  assert.equal(t('IsNull', '$.i', false), true);
  assert.equal(t('IsNumeric', '$.i', true), true);
  assert.equal(t('IsNumeric', '$.s', true), false);
  assert.equal(t('IsString', '$.s', true), true);
  assert.equal(t('IsString', '$.n', false), true);
  assert.equal(t('IsBoolean', '$.b', true), true);
  assert.equal(t('IsTimestamp', '$.t', true), true);
  assert.equal(t('IsTimestamp', '$.s', true), false);
  assert.equal(t('IsPresent', '$.n', true), true);
  assert.equal(t('IsPresent', '$.zz', true), false);
  assert.equal(t('IsPresent', '$.zz', false), true);
  assert.equal(t('IsString', '$.zz', true), false);
});

test('a missing Variable is States.Runtime; And short-circuits after IsPresent', () => {
  const r = check({ Variable: '$.type', StringEquals: 'Private' }, {});
  assert.ok(r instanceof Failure);
  assert.equal(r.error, 'States.Runtime');
  assert.equal(r.cause, "Invalid path '$.type': The choice state's condition path references an invalid value.");
  const guarded: Json = {
    And: [
      { Variable: '$.type', IsPresent: true },
      { Variable: '$.type', StringEquals: 'Private' },
    ],
  };
  assert.equal(check(guarded, {}), false);
  assert.equal(check(guarded, { type: 'Private' }), true);
  const inNot = check({ Not: { Variable: '$.x', NumericEquals: 1 } }, {});
  assert.ok(inNot instanceof Failure);
});

test('And / Or / Not nest', () => {
  const rule: Json = {
    Or: [
      { Variable: '$.a', NumericEquals: 1 },
      { And: [{ Variable: '$.b', BooleanEquals: true }, { Not: { Variable: '$.c', StringEquals: 'x' } }] },
    ],
  };
  assert.equal(check(rule, { a: 1 }), true); // Or short-circuits: $.b is never read
  assert.equal(check(rule, { a: 2, b: true, c: 'y' }), true);
  assert.equal(check(rule, { a: 2, b: true, c: 'x' }), false);
  assert.equal(check({ Or: [] }, {}), false);
  assert.equal(check({ And: [] }, {}), true);
});

test('Variable may read the context object and workflow variables', () => {
  assert.equal(check({ Variable: '$$.State.RetryCount', NumericEquals: 0 }, {}), true);
  assert.equal(check({ Variable: '$limit', NumericGreaterThan: 5 }, {}), true);
});

test('malformed rules are failures, not exceptions', () => {
  for (const rule of [
    { Variable: '$.a' },
    { Variable: '$.a', Foo: 1 },
    { Variable: '$.a', NumericEquals: 1, StringEquals: 'x' },
    'x',
    { Variable: 1, NumericEquals: 1 },
  ] as Json[]) {
    assert.ok(check(rule, { a: 1 }) instanceof Failure, JSON.stringify(rule));
  }
});

test('the same rule object is compiled once and stays correct across inputs', () => {
  const rule = { Variable: '$.i', NumericLessThan: 3 };
  assert.deepEqual(
    [0, 1, 2, 3, 4].map((i) => check(rule, { i })),
    [true, true, true, false, false],
  );
});
