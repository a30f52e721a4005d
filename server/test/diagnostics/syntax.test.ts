import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, diagnose, machine, PASS_END } from './helper';

test('json-syntax: a broken JSON document is reported at the error', () => {
  const text = '{ "StartAt": "A", "States": { "A": { "Type": "Pass", "End": true }, } ';
  const found = diagnose(text).filter((d) => d.code === 'json-syntax');
  assert.ok(found.length >= 1);
  assert.ok(found.every((d) => d.severity === 'error' && d.span.start >= 0 && d.span.end <= text.length));
});

test('json-syntax: valid JSON has no syntax diagnostic', () => {
  check(machine({ A: PASS_END }), []);
});

test('yaml-syntax: a broken YAML document is reported', () => {
  const text = 'StartAt: A\nStates:\n  A: {Type: Pass, End: true\n';
  assert.ok(diagnose(text, 'yaml').some((d) => d.code === 'yaml-syntax'));
});

test('yaml-syntax: valid YAML has none', () => {
  check('StartAt: A\nStates:\n  A:\n    Type: Pass\n    End: true\n', [], 'yaml');
});
