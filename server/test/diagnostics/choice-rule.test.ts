import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, expectNone, expectOne, jsonataMachine, machine, only } from './helper';

const choice = (rules: unknown[], extra: Record<string, unknown> = {}) =>
  machine({ C: { Type: 'Choice', Choices: rules, Default: 'S', ...extra }, S: { Type: 'Succeed' } });

test('choice-rule: two operators in one rule, reported on the second', () => {
  expectOne(
    choice([{ Variable: '$.x', NumericEquals: 1, NumericLessThan: 3, Next: 'S' }]),
    'choice-rule',
    '"NumericLessThan"',
  );
});

test('choice-rule: no operator', () => {
  expectOne(choice([{ Variable: '$.x', Next: 'S' }]), 'choice-rule', '{');
});

test('choice-rule: operator without Variable, Variable with And', () => {
  expectOne(choice([{ StringEquals: 'a', Next: 'S' }]), 'choice-rule', '"StringEquals"');
  expectOne(
    choice([{ Variable: '$.x', And: [{ Variable: '$.y', IsNull: false }], Next: 'S' }]),
    'choice-rule',
    '"Variable"',
  );
});

test('choice-rule: Next on a nested rule, empty And, Not with an array', () => {
  expectOne(choice([{ Or: [{ Variable: '$.y', IsNull: true, Next: 'S' }], Next: 'S' }]), 'choice-rule', '"Next"');
  expectOne(choice([{ And: [], Next: 'S' }]), 'choice-rule', '[]');
  const text = choice([{ Not: [{ Variable: '$.y', IsNull: true }], Next: 'S' }]);
  assert.equal(only(text, 'choice-rule').length, 1);
  expectNone(text, 'invalid-type');
});

test('choice-rule: empty Choices', () => {
  expectOne(choice([]), 'choice-rule', '[]');
});

test('choice-rule: operand types are checked (invalid-type) and Timestamp format', () => {
  expectOne(choice([{ Variable: '$.x', NumericEquals: '1', Next: 'S' }]), 'invalid-type', '"1"');
  expectOne(choice([{ Variable: '$.t', TimestampLessThan: '2020-01-01', Next: 'S' }]), 'invalid-type', '"2020-01-01"');
});

test('choice-rule: valid rules (nested Not/And/Or, *Path operators, $var, Assign on rules)', () => {
  check(
    choice([
      { Not: { Variable: '$.type', StringEquals: 'Private' }, Next: 'S' },
      {
        And: [
          { Variable: '$.v', IsPresent: true },
          {
            Or: [
              { Variable: '$.v', NumericGreaterThanPath: '$.min' },
              { Variable: '$$.Execution.Name', StringMatches: 'log-*' },
            ],
          },
        ],
        Next: 'S',
        Assign: { hit: true },
      },
      { Variable: '$.t', TimestampLessThan: '2016-03-14T01:59:00Z', Next: 'S' },
    ]),
    [],
  );
  check(
    jsonataMachine({
      C: {
        Type: 'Choice',
        Choices: [{ Condition: '{% $states.input.ok %}', Next: 'S', Assign: { a: 1 } }],
        Default: 'S',
      },
      S: { Type: 'Succeed' },
    }),
    [],
  );
});

test('choice-rule: YAML', () => {
  const yaml =
    'StartAt: C\nStates:\n  C:\n    Type: Choice\n    Choices:\n      - Variable: $.x\n        BooleanEquals: true\n        IsNull: false\n        Next: S\n    Default: S\n  S:\n    Type: Succeed\n';
  expectOne(yaml, 'choice-rule', 'IsNull', 'yaml');
});
