import { test } from 'node:test';
import { expectNone, expectOne, machine } from './helper';

test('invalid-variable-name: names that $name cannot read, and the reserved "states"', () => {
  expectOne(machine({ A: { Type: 'Pass', Assign: { 'my-var': 1 }, End: true } }), 'invalid-variable-name', '"my-var"');
  expectOne(machine({ A: { Type: 'Pass', Assign: { '1x.$': '$.a' }, End: true } }), 'invalid-variable-name', '"1x.$"');
  expectOne(machine({ A: { Type: 'Pass', Assign: { states: 1 }, End: true } }), 'invalid-variable-name', '"states"');
});

test('invalid-variable-name: ordinary names', () => {
  expectNone(
    machine({ A: { Type: 'Pass', Assign: { total: 1, _x2: 2, 'fromPath.$': '$.a' }, End: true } }),
    'invalid-variable-name',
  );
});
