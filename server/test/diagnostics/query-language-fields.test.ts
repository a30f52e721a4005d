import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, expectNone, expectOne, jsonataMachine, machine } from './helper';

test('jsonpath-field-in-jsonata: Parameters in a JSONata state suggests Arguments', () => {
  const text = jsonataMachine({ A: { Type: 'Pass', Parameters: { a: 1 }, End: true } });
  const d = expectOne(text, 'jsonpath-field-in-jsonata', '"Parameters"');
  assert.equal(d.data?.field, 'Parameters');
  assert.equal(d.data?.replacement, 'Arguments');
});

test('jsonpath-field-in-jsonata: per-state QueryLanguage and Variable in a JSONata Choice rule', () => {
  const text = machine({
    C: {
      Type: 'Choice',
      QueryLanguage: 'JSONata',
      Choices: [{ Condition: '{% true %}', Variable: '$.x', Next: 'S' }],
      Default: 'S',
    },
    S: { Type: 'Succeed' },
  });
  expectOne(text, 'jsonpath-field-in-jsonata', '"Variable"');
});

test('jsonata-field-in-jsonpath: Arguments and Output in a JSONPath state', () => {
  const text = machine({ T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Arguments: {}, End: true } });
  expectOne(text, 'jsonata-field-in-jsonpath', '"Arguments"');
  expectOne(machine({ A: { Type: 'Pass', Output: 1, End: true } }), 'jsonata-field-in-jsonpath', '"Output"');
});

test('query-language fields: Assign is fine in both, Condition only in JSONata', () => {
  check(machine({ A: { Type: 'Pass', Assign: { x: 1 }, End: true } }), []);
  expectNone(
    jsonataMachine({ A: { Type: 'Pass', Assign: { x: 1 }, Output: '{% $states.input %}', End: true } }),
    'jsonpath-field-in-jsonata',
  );
  const text = machine({
    C: { Type: 'Choice', Choices: [{ Condition: '{% true %}', Next: 'S' }] },
    S: { Type: 'Succeed' },
  });
  expectOne(text, 'jsonata-field-in-jsonpath', '"Condition"');
});

test('jsonpath-field-in-jsonata: YAML', () => {
  const text =
    'QueryLanguage: JSONata\nStartAt: A\nStates:\n  A:\n    Type: Pass\n    ResultPath: $.x\n    End: true\n';
  expectOne(text, 'jsonpath-field-in-jsonata', 'ResultPath', 'yaml');
});
