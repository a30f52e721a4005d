// Matching without back-tracking (issue 12): StringMatches agrees with the regex reading of the
// glob on random patterns, JSONPath `=~` and JSONata regexes run on RE2 with the syntax AWS
// documents (Java / JavaScript), and what RE2 cannot run is refused with a message saying so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { stringMatches } from '../../../src/interpreter/choiceOperators';
import { compileLinearRegex } from '../../../src/asl/expr/linearRegex';
import { parseJsonPath } from '../../../src/asl/expr';
import { evaluatePath } from '../../../src/interpreter/jsonpath';
import { evaluateJsonata } from '../../../src/interpreter/jsonata';
import { Failure } from '../../../src/interpreter/failure';
import type { Json } from '../../../src/interpreter/value';
import { makeScope } from './support';

/** The glob as a back-tracking regex: the reference meaning of StringMatches. */
function globRegex(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\' && (pattern[i + 1] === '*' || pattern[i + 1] === '\\')) source += '\\' + pattern[++i];
    else if (ch === '*') source += '.*';
    else source += ch.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, 's');
}

test('StringMatches equals the regex reading of the glob on random patterns and values', () => {
  const text = (chars: string[]) => fc.array(fc.constantFrom(...chars), { maxLength: 12 }).map((a) => a.join(''));
  fc.assert(
    fc.property(text(['a', 'b', '*', '\\', '\n']), text(['a', 'b', '*', '\\', '\n']), (pattern, value) => {
      assert.equal(stringMatches(value, pattern), globRegex(pattern).test(value), `${pattern} ~ ${value}`);
    }),
    { numRuns: 3000 },
  );
});

test('StringMatches of a back-tracking pattern against a long string is a plain scan', () => {
  assert.equal(stringMatches('a'.repeat(1_000_000), '*a*a*a*a*a*a*a*a*a*a*b'), false);
  assert.equal(stringMatches('a'.repeat(1_000_000) + 'b', '*a*a*a*a*a*a*a*a*a*a*b'), true);
});

const scope = makeScope();

function filter(path: string, data: Json): Json | Failure {
  return evaluatePath(path, data, scope);
}

test('JSONPath =~ uses Java syntax on RE2: whole-string match, flags, classes, named groups', () => {
  const items = [{ s: 'Order-12' }, { s: 'order-7' }, { s: 'x order-1' }];
  assert.deepEqual(filter('$[?(@.s =~ /Order-\\d+/)].s', items), ['Order-12']);
  assert.deepEqual(filter('$[?(@.s =~ /order-\\d+/i)].s', items), ['Order-12', 'order-7']);
  assert.deepEqual(filter('$[?(@.s =~ /(?<w>[a-z]+)-[0-9]{1,2}/)].s', items), ['order-7']);
  assert.deepEqual(filter('$[?(@.s =~ /(a+)+b/)]', [{ s: 'a'.repeat(100_000) }]), []);
});

test('a regex RE2 cannot run is a warning-level parse error naming the feature, and a runtime States.Runtime', () => {
  for (const regex of ['/(a)\\1/', '/a(?=b)/', '/(?<!a)b/']) {
    const { errors } = parseJsonPath(`$[?(@.s =~ ${regex})]`);
    assert.equal(errors.length, 1, regex);
    assert.equal(errors[0].severity, 'warning', regex);
    assert.match(errors[0].message, /linear-time regex engine \(RE2\)/);
    const r = filter(`$[?(@.s =~ ${regex})]`, [{ s: 'aa' }]);
    assert.ok(r instanceof Failure && r.error === 'States.Runtime', regex);
  }
  assert.equal(typeof compileLinearRegex('(a)\\1', '', 'java'), 'string');
});

/** The result as plain JSON (jsonata marks its sequences with extra properties). */
async function jsonata(expression: string, input: Json): Promise<Json | Failure> {
  const r = await evaluateJsonata(expression, { states: { input } }, scope);
  return r instanceof Failure ? r : (JSON.parse(JSON.stringify(r)) as Json);
}

test('JSONata regexes run on RE2 with JavaScript syntax: $match groups, $replace with $1, $split, $contains, flags', async () => {
  const input = { s: 'Ab-12 cd-345 AB-6' };
  assert.deepEqual(await jsonata('$match($states.input.s, /([a-z]+)-(\\d+)/i).groups', input), [
    'Ab',
    '12',
    'cd',
    '345',
    'AB',
    '6',
  ]);
  assert.equal(await jsonata('$replace($states.input.s, /(\\w+)-(\\d+)/, "$2:$1")', input), '12:Ab 345:cd 6:AB');
  assert.deepEqual(await jsonata('$split($states.input.s, / +/)', input), ['Ab-12', 'cd-345', 'AB-6']);
  assert.equal(await jsonata('$contains($states.input.s, /^cd/m)', input), false);
  assert.equal(await jsonata('$contains("é€😀x", /😀x$/)', input), true);
  assert.equal(await jsonata('$match("a😀b", /b/).index', input), 3, 'UTF-16 offsets like JavaScript');
  assert.equal(await jsonata(`$contains($states.input.long, /(a+)+b/)`, { long: 'a'.repeat(100_000) }), false);
});

test('a JSONata regex RE2 cannot run fails with States.QueryEvaluationError naming the feature', async () => {
  const r = await jsonata('$match("aa", /(a)\\1/)', {});
  assert.ok(r instanceof Failure);
  assert.equal(r.error, 'States.QueryEvaluationError');
  assert.match(r.cause, /linear-time regex engine \(RE2\).*Backreferences/);
});
