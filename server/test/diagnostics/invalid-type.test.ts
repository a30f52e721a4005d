import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, expectOne, jsonataMachine, machine, PASS_END } from './helper';

test('invalid-type: wrong JSON type is reported on the value', () => {
  const text = machine({
    T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', TimeoutSeconds: 'ten', End: true },
  });
  const d = expectOne(text, 'invalid-type', '"ten"');
  assert.equal(d.data?.field, 'TimeoutSeconds');
});

test('invalid-type: a state that is not an object', () => {
  expectOne(machine({ A: 'nope', B: PASS_END }, {}, 'B'), 'invalid-type', '"nope"');
});

test('invalid-type: {% %} only in JSONata states; JSONata Condition must be an expression', () => {
  const jp = machine({ W: { Type: 'Wait', Seconds: '{% 5 %}', End: true } });
  expectOne(jp, 'invalid-type', '"{% 5 %}"');
  const ja = jsonataMachine({
    C: { Type: 'Choice', Choices: [{ Condition: '$states.input.ok', Next: 'S' }], Default: 'S' },
    S: { Type: 'Succeed' },
  });
  expectOne(ja, 'invalid-type', '"$states.input.ok"');
});

test('invalid-type: a malformed Wait Timestamp', () => {
  expectOne(
    machine({ W: { Type: 'Wait', Timestamp: '2024-01-01 10:00', End: true } }),
    'invalid-type',
    '"2024-01-01 10:00"',
  );
});

test('invalid-type: correct types, {% %} in JSONata fields, null paths', () => {
  check(machine({ A: { Type: 'Pass', InputPath: null, ResultPath: null, End: true } }), []);
  check(
    jsonataMachine({
      W: { Type: 'Wait', Seconds: '{% 5 %}', Next: 'T' },
      T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', TimeoutSeconds: '{% 10 %}', End: true },
    }),
    [],
  );
  check(machine({ W: { Type: 'Wait', Timestamp: '2016-03-14T01:59:00Z', End: true } }), []);
});

test('invalid-type: YAML', () => {
  expectOne('StartAt: A\nStates:\n  A:\n    Type: Pass\n    End: "yes"\n', 'invalid-type', '"yes"', 'yaml');
});
