import { test } from 'node:test';
import { check, expectOne, jsonataMachine, machine } from './helper';

test('wait-time-field: no time field, reported on the state name', () => {
  expectOne(machine({ W: { Type: 'Wait', End: true } }), 'wait-time-field', '"W"');
});

test('wait-time-field: two time fields, reported on the second', () => {
  expectOne(
    machine({ W: { Type: 'Wait', Seconds: 1, SecondsPath: '$.s', End: true } }),
    'wait-time-field',
    '"SecondsPath"',
  );
});

test('wait-time-field: exactly one is fine, in both languages', () => {
  check(machine({ W: { Type: 'Wait', TimestampPath: '$.when', End: true } }), []);
  check(jsonataMachine({ W: { Type: 'Wait', Timestamp: '{% $states.input.when %}', End: true } }), []);
});

test('wait-time-field: YAML', () => {
  expectOne(
    'StartAt: W\nStates:\n  W:\n    Type: Wait\n    Next: S\n  S:\n    Type: Succeed\n',
    'wait-time-field',
    'W',
    'yaml',
  );
});
