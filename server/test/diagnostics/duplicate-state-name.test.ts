import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectNone, expectOne, machine, PASS_END } from './helper';

test('duplicate-state-name: the same name in a branch and at the top level', () => {
  const text = machine({
    P: { Type: 'Parallel', Next: 'Work', Branches: [{ StartAt: 'Work', States: { Work: PASS_END } }] },
    Work: PASS_END,
  });
  const d = expectOne(text, 'duplicate-state-name', '"Work"');
  assert.ok(d.span.start > text.indexOf('"Branches"') + 50);
});

test('duplicate-state-name: the same name in two Map processors', () => {
  const proc = { StartAt: 'Each', States: { Each: PASS_END } };
  expectOne(
    machine({
      M1: { Type: 'Map', ItemProcessor: proc, Next: 'M2' },
      M2: { Type: 'Map', ItemProcessor: proc, End: true },
    }),
    'duplicate-state-name',
    '"Each"',
  );
});

test('duplicate-state-name: a key repeated in one States object', () => {
  const text = '{"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}, "A": {"Type": "Succeed"}}}';
  const d = expectOne(text, 'duplicate-state-name', '"A"');
  assert.equal(d.span.start, text.lastIndexOf('"A"'));
});

test('duplicate-state-name: distinct names are fine', () => {
  expectNone(machine({ A: { Type: 'Pass', Next: 'B' }, B: PASS_END }), 'duplicate-state-name');
});
