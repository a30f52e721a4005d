import { test } from 'node:test';
import { expectNone, expectOne, machine } from './helper';

test('next-and-end: both Next and End true, reported on End', () => {
  expectOne(
    machine({ A: { Type: 'Pass', Next: 'B', End: true }, B: { Type: 'Succeed' } }),
    'next-and-end',
    '"End": true',
  );
});

test('next-and-end: only one of them is fine', () => {
  expectNone(machine({ A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Pass', End: true } }), 'next-and-end');
});
