import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectNone, expectOne, machine } from './helper';

test('state-name-too-long: 81 characters', () => {
  const name = 'x'.repeat(81);
  const d = expectOne(machine({ [name]: { Type: 'Succeed' } }), 'state-name-too-long', JSON.stringify(name));
  assert.equal(d.data?.length, 81);
});

test('state-name-too-long: 80 characters, and 80 astral characters, are fine', () => {
  expectNone(machine({ ['x'.repeat(80)]: { Type: 'Succeed' } }), 'state-name-too-long');
  expectNone(machine({ ['😀'.repeat(80)]: { Type: 'Succeed' } }), 'state-name-too-long');
});

test('state-name-too-long: empty name', () => {
  expectOne(machine({ '': { Type: 'Succeed' } }), 'state-name-too-long', '""');
});
