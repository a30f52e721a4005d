import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectNone, expectOne, machine, PASS_END } from './helper';

test('transition-out-of-scope: Next leaving a Parallel branch', () => {
  const text = machine({
    P: {
      Type: 'Parallel',
      Branches: [{ StartAt: 'In', States: { In: { Type: 'Pass', Next: 'After' } } }],
      Next: 'After',
    },
    After: PASS_END,
  });
  const d = expectOne(text, 'transition-out-of-scope', '"After"');
  assert.equal(d.data?.target, 'After');
  expectNone(text, 'undefined-state');
});

test('transition-out-of-scope: Next entering a Map processor and crossing branches', () => {
  const text = machine({
    M: { Type: 'Map', ItemProcessor: { StartAt: 'Inner', States: { Inner: PASS_END } }, Next: 'Inner' },
  });
  expectOne(text, 'transition-out-of-scope', '"Inner"');
  const cross = machine({
    P: {
      Type: 'Parallel',
      End: true,
      Branches: [
        { StartAt: 'B1', States: { B1: { Type: 'Pass', Next: 'B2' } } },
        { StartAt: 'B2', States: { B2: PASS_END } },
      ],
    },
  });
  expectOne(cross, 'transition-out-of-scope', '"B2"');
});

test('transition-out-of-scope: transitions inside the same branch are fine', () => {
  expectNone(
    machine({
      P: {
        Type: 'Parallel',
        End: true,
        Branches: [{ StartAt: 'X', States: { X: { Type: 'Pass', Next: 'Y' }, Y: PASS_END } }],
      },
    }),
    'transition-out-of-scope',
  );
});
