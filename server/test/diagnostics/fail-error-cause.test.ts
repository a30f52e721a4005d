import { test } from 'node:test';
import { check, expectOne, jsonataMachine, machine } from './helper';

test('fail-error-cause: Error with ErrorPath, reported on the later key', () => {
  expectOne(machine({ F: { Type: 'Fail', Error: 'E', ErrorPath: '$.e' } }), 'fail-error-cause', '"ErrorPath"');
});

test('fail-error-cause: Cause with CausePath', () => {
  expectOne(machine({ F: { Type: 'Fail', CausePath: '$.c', Cause: 'x' } }), 'fail-error-cause', '"Cause"');
});

test('fail-error-cause: one of each is fine; JSONata Error expression', () => {
  check(machine({ F: { Type: 'Fail', Error: 'E', CausePath: '$.c' } }), []);
  check(jsonataMachine({ F: { Type: 'Fail', Error: '{% $states.input.code %}', Cause: 'c' } }), []);
});
