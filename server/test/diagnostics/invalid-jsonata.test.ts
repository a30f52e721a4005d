import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, expectNone, expectOne, jsonataMachine, machine, only, spanOf } from './helper';

test('invalid-jsonata: syntax error located at the offending token', () => {
  const text = jsonataMachine({ A: { Type: 'Pass', Output: '{% $states.input.a bar %}', End: true } });
  expectOne(text, 'invalid-jsonata', 'bar');
});

test('invalid-jsonata: unexpected end points at the closing %}', () => {
  const text = jsonataMachine({ A: { Type: 'Pass', Output: { x: '{% 1 + %}' }, End: true } });
  expectOne(text, 'invalid-jsonata', '%}');
});

test('invalid-jsonata: escapes inside the JSON string keep the column right', () => {
  const text = jsonataMachine({ A: { Type: 'Pass', Output: '{% "a\\"b" & ) %}', End: true } });
  expectOne(text, 'invalid-jsonata', ')');
});

test('invalid-jsonata: empty expression, $eval', () => {
  assert.equal(only(jsonataMachine({ A: { Type: 'Pass', Output: '{%  %}', End: true } }), 'invalid-jsonata').length, 1);
  expectOne(jsonataMachine({ A: { Type: 'Pass', Output: '{% $eval("1") %}', End: true } }), 'invalid-jsonata', '$eval');
});

test('invalid-jsonata: 2.1 operators (??) are not accepted by jsonata 2.0.6', () => {
  assert.equal(
    only(jsonataMachine({ A: { Type: 'Pass', Output: '{% $states.input.a ?? 1 %}', End: true } }), 'invalid-jsonata')
      .length,
    1,
  );
});

test('invalid-jsonata: {% %} in a JSONPath state and half expressions are warnings', () => {
  const text = machine({ A: { Type: 'Pass', Parameters: { a: '{% 1 %}' }, End: true } });
  const d = expectOne(text, 'invalid-jsonata', '"{% 1 %}"');
  assert.equal(d.severity, 'warning');
  const half = jsonataMachine({ A: { Type: 'Pass', Output: { a: 'Hello {% $x %}' }, End: true } });
  assert.equal(only(half, 'invalid-jsonata')[0].severity, 'warning');
});

test('invalid-jsonata: valid expressions everywhere (Arguments, Condition, Items, catcher Output)', () => {
  const text = jsonataMachine({
    C: { Type: 'Choice', Choices: [{ Condition: '{% $states.input.n > 1 %}', Next: 'M' }], Default: 'M' },
    M: {
      Type: 'Map',
      Items: '{% $states.input.list %}',
      ItemProcessor: { StartAt: 'I', States: { I: { Type: 'Pass', Output: '{% $states.input * 2 %}', End: true } } },
      Next: 'T',
    },
    T: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Arguments: { FunctionName: 'f', Payload: '{% $states.input %}' },
      Catch: [{ ErrorEquals: ['States.ALL'], Output: '{% $states.errorOutput %}', Next: 'S' }],
      End: true,
    },
    S: { Type: 'Succeed' },
  });
  check(text, []);
  expectNone(machine({ A: { Type: 'Pass', Result: { a: '{% not evaluated %}' }, End: true } }), 'invalid-jsonata');
});

test('invalid-jsonata: YAML plain and quoted scalars', () => {
  const yaml =
    'QueryLanguage: JSONata\nStartAt: A\nStates:\n  A:\n    Type: Pass\n    Output: "{% 1 + %}"\n    End: true\n';
  const d = only(yaml, 'invalid-jsonata', 'yaml');
  assert.equal(d.length, 1);
  assert.equal(spanOf(yaml, d[0]), '%}');
});

test('invalid-jsonata: a field read at the top level (no context item in Step Functions)', () => {
  const text = jsonataMachine({
    A: { Type: 'Pass', Output: { v: '{% phone %}', n: '{% $count(items) %}' }, End: true },
  });
  assert.deepEqual(
    only(text, 'invalid-jsonata').map((d) => spanOf(text, d)),
    ['phone', 'items'],
  );
  expectNone(
    jsonataMachine({ A: { Type: 'Pass', Output: '{% $states.input.items[price > 10].name %}', End: true } }),
    'invalid-jsonata',
  );
});

test('invalid-jsonata: $states.errorOutput outside a catcher (error), $states.result where no result exists (warning)', () => {
  const text = jsonataMachine({
    P: { Type: 'Pass', Output: '{% $states.errorOutput %}', Next: 'T' },
    T: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Arguments: { x: '{% $states.result %}' },
      Output: '{% $states.result.Payload %}',
      Catch: [{ ErrorEquals: ['States.ALL'], Output: '{% $states.errorOutput.Cause %}', Next: 'S' }],
      End: true,
    },
    S: { Type: 'Succeed' },
  });
  const found = only(text, 'invalid-jsonata');
  assert.deepEqual(
    found.map((d) => [spanOf(text, d), d.severity]),
    [
      ['$states.errorOutput', 'error'],
      ['$states.result', 'warning'],
    ],
  );
});

test('invalid-jsonata: YAML block scalars map the error column across indentation', () => {
  const yaml =
    'QueryLanguage: JSONata\nStartAt: A\nStates:\n  A:\n    Type: Pass\n    Output: |-\n      {% $states.input.a +\n         bar baz %}\n    End: true\n';
  const d = only(yaml, 'invalid-jsonata', 'yaml');
  assert.equal(d.length, 1);
  assert.equal(spanOf(yaml, d[0]), 'baz');
});

test('invalid-jsonata: a regex the linear-time engine cannot run is a warning at the literal; others are fine', () => {
  const text = jsonataMachine({ A: { Type: 'Pass', Output: '{% $match($states.input.s, /(a)\\1/i) %}', End: true } });
  const d = expectOne(text, 'invalid-jsonata', '/(a)\\\\1/i');
  assert.equal(d.severity, 'warning');
  assert.match(d.message, /^AWS accepts this, but .*linear-time regex engine \(RE2\).*Backreferences/);
  expectNone(
    jsonataMachine({ A: { Type: 'Pass', Output: '{% $match($states.input.s, /(a+)+b/i) %}', End: true } }),
    'invalid-jsonata',
  );
});
