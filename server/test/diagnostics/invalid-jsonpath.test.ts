import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, diagnose, expectNone, expectOne, machine, only } from './helper';

test('invalid-jsonpath: ResultPath must be a reference path (error)', () => {
  const d = expectOne(
    machine({ A: { Type: 'Pass', ResultPath: '$.items[*]', End: true } }),
    'invalid-jsonpath',
    '"$.items[*]"',
  );
  assert.equal(d.severity, 'error');
});

test('invalid-jsonpath: syntax error is located inside the string', () => {
  const text = machine({ A: { Type: 'Pass', InputPath: '$.a[', End: true } });
  const found = only(text, 'invalid-jsonpath');
  assert.equal(found.length, 1);
  const start = text.indexOf('"$.a["') + 1;
  assert.ok(found[0].span.start >= start && found[0].span.end <= start + 4, JSON.stringify(found[0].span));
});

test('invalid-jsonpath: a path that does not start with $', () => {
  assert.ok(only(machine({ A: { Type: 'Pass', OutputPath: 'a.b', End: true } }), 'invalid-jsonpath').length === 1);
});

test('invalid-jsonpath: .$ values and Choice Variable', () => {
  const text = machine({
    A: { Type: 'Pass', Parameters: { 'x.$': '$..[' }, Next: 'C' },
    C: { Type: 'Choice', Choices: [{ Variable: '$.a[?(@.b > 1)]', IsPresent: true, Next: 'S' }] },
    S: { Type: 'Succeed' },
  });
  const found = only(text, 'invalid-jsonpath');
  assert.equal(found.length, 2);
  assert.equal(found[1].severity, 'warning'); // filters in Variable: AWS docs now show them
});

test('invalid-jsonpath: valid paths, $$ and $var, full JSONPath in InputPath', () => {
  const text = machine({
    A: { Type: 'Pass', Assign: { v: 1 }, Next: 'B' },
    B: {
      Type: 'Pass',
      InputPath: '$.items[?(@.price > 10)]',
      Parameters: { 'c.$': '$$.Execution.Id', 'v.$': '$v', 'w.$': "$['a b'][0]" },
      ResultPath: '$.out.x',
      End: true,
    },
  });
  check(text, []);
  expectNone(machine({ A: { Type: 'Pass', ResultPath: null, End: true } }), 'invalid-jsonpath');
});

test('invalid-jsonpath: YAML', () => {
  const found = diagnose(
    'StartAt: A\nStates:\n  A:\n    Type: Pass\n    ResultPath: $.a.*\n    End: true\n',
    'yaml',
  ).filter((d) => d.code === 'invalid-jsonpath');
  assert.equal(found.length, 1);
});

test('invalid-jsonpath: ResultPath cannot write into $$ or a variable', () => {
  expectOne(machine({ A: { Type: 'Pass', ResultPath: '$$.x', End: true } }), 'invalid-jsonpath', '"$$.x"');
  expectOne(
    machine({ A: { Type: 'Pass', Assign: { v: 1 }, Next: 'B' }, B: { Type: 'Pass', ResultPath: '$v.x', End: true } }),
    'invalid-jsonpath',
    '"$v.x"',
  );
});

test('invalid-jsonpath: a Credentials RoleArn.$ path is checked once (spec field and template at once)', () => {
  const text = machine({
    T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Credentials: { 'RoleArn.$': '$.role[' }, End: true },
  });
  assert.equal(only(text, 'invalid-jsonpath').length, 1);
});
