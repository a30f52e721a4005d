import { test } from 'node:test';
import { expectNone, expectOne, machine, PASS_END } from './helper';

test('no-terminal-state: a machine whose states only loop', () => {
  expectOne(
    machine({ A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Pass', Next: 'A' } }),
    'no-terminal-state',
    '"States"',
  );
});

test('no-terminal-state: in a branch', () => {
  const text = machine({
    P: { Type: 'Parallel', End: true, Branches: [{ StartAt: 'X', States: { X: { Type: 'Pass', Next: 'X' } } }] },
  });
  expectOne(text, 'no-terminal-state', '"States"');
});

test('no-terminal-state: not reported when a state is merely missing its transition', () => {
  expectNone(machine({ A: { Type: 'Pass' } }), 'no-terminal-state');
  expectNone(machine({ A: PASS_END }), 'no-terminal-state');
});
