import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, expectOne, machine, only, spanOf } from './helper';

const pass = (params: Record<string, unknown>) => machine({ A: { Type: 'Pass', Parameters: params, End: true } });

test('invalid-intrinsic: unknown function, reported on its name', () => {
  const text = pass({ 'x.$': 'States.Formatt($.a)' });
  const d = expectOne(text, 'invalid-intrinsic', 'States.Formatt');
  assert.match(d.message, /Formatt/);
});

test('invalid-intrinsic: arity', () => {
  assert.equal(only(pass({ 'x.$': 'States.ArrayLength($.a, $.b)' }), 'invalid-intrinsic').length, 1);
  assert.equal(only(pass({ 'x.$': 'States.UUID(1)' }), 'invalid-intrinsic').length, 1);
});

test('invalid-intrinsic: literal argument types', () => {
  const text = pass({ 'x.$': "States.ArrayLength('abc')" });
  const found = only(text, 'invalid-intrinsic');
  assert.equal(found.length, 1);
  assert.equal(spanOf(text, found[0]), "'abc'");
  assert.equal(only(pass({ 'x.$': "States.MathAdd(1, 'two')" }), 'invalid-intrinsic').length, 1);
  assert.equal(only(pass({ 'x.$': 'States.JsonMerge($.a, $.b, true)' }), 'invalid-intrinsic').length, 1);
  assert.equal(only(pass({ 'x.$': "States.Hash($.a, 'SHA-2')" }), 'invalid-intrinsic').length, 1);
});

test('invalid-intrinsic: States.Format placeholder count', () => {
  assert.equal(only(pass({ 'x.$': "States.Format('{} and {}', $.a)" }), 'invalid-intrinsic').length, 1);
});

test('invalid-intrinsic: bad escapes and unclosed calls', () => {
  assert.ok(only(pass({ 'x.$': "States.Format('it\\'s {}', $.a" }), 'invalid-intrinsic').length >= 1);
});

test('invalid-intrinsic: intrinsic where only a path is allowed', () => {
  expectOne(
    machine({ A: { Type: 'Pass', InputPath: 'States.Array($.a)', End: true } }),
    'invalid-intrinsic',
    '"States.Array($.a)"',
  );
});

test('invalid-intrinsic: valid calls (nested, escapes, ErrorPath, Assign)', () => {
  check(
    pass({
      'a.$': "States.Format('Hello {} \\{x\\}', States.ArrayGetItem($.names, 0))",
      'b.$': 'States.ArrayRange(1, 9, 2)',
      'c.$': "States.Hash($.data, 'SHA-256')",
      'd.$': 'States.JsonMerge($.a, $.b, false)',
      'e.$': 'States.MathRandom(1, 999)',
      'f.$': 'States.UUID()',
    }),
    [],
  );
  check(machine({ F: { Type: 'Fail', ErrorPath: "States.Format('E{}', $.code)", CausePath: '$.cause' } }), []);
});
