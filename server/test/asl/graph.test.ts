// Graph functions: lookups, successors (same machine only), reachability, references, exits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseAsl, findState, successors, reachableStates, referencesTo, canReachTerminal } from '../../src/asl';
import type { AslState } from '../../src/asl';
import { MACHINE_JSON } from './support';

const names = (states: Iterable<AslState>): string[] => [...states].map((s) => s.name).sort();

test('findState and successors stay inside the machine', () => {
  const doc = parseAsl(MACHINE_JSON);
  const m = doc.machine;
  assert.ok(m);
  assert.equal(findState(m, 'Route')?.type, 'Choice');
  assert.equal(findState(m, 'A1'), undefined, 'branch states are not in the top-level scope');
  assert.equal(findState(undefined, 'Route'), undefined);
  assert.deepEqual(
    successors(findState(m, 'Fan out')!).map((s) => s.name),
    ['Failed', 'Route'],
  );
  assert.deepEqual(
    successors(findState(m, 'Route')!).map((s) => s.name),
    ['Each item', 'Done'],
  );
  assert.deepEqual(successors(findState(m, 'Done')!), []);
});

test('reachableStates follows StartAt and every transition kind', () => {
  const doc = parseAsl(
    JSON.stringify({
      StartAt: 'A',
      States: {
        A: { Type: 'Choice', Choices: [{ Next: 'B' }], Default: 'C' },
        B: { Type: 'Task', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'D' }], Next: 'A' },
        C: { Type: 'Succeed' },
        D: { Type: 'Fail' },
        Orphan: { Type: 'Pass', Next: 'C' },
      },
    }),
  );
  assert.deepEqual(names(reachableStates(doc.machine!)), ['A', 'B', 'C', 'D']);
  const noStart = parseAsl('{"States": {"A": {"Type": "Succeed"}}}');
  assert.equal(reachableStates(noStart.machine!).size, 0);
  const badStart = parseAsl('{"StartAt": "Z", "States": {"A": {"Type": "Succeed"}}}');
  assert.equal(reachableStates(badStart.machine!).size, 0);
});

test('referencesTo lists StartAt and incoming edges in the same machine', () => {
  const doc = parseAsl(
    JSON.stringify({
      StartAt: 'A',
      States: {
        A: { Type: 'Choice', Choices: [{ Next: 'A' }, { Next: 'B' }], Default: 'A' },
        B: {
          Type: 'Parallel',
          Branches: [{ StartAt: 'A', States: { A: { Type: 'Pass', Next: 'A' } } }],
          Catch: [{ Next: 'A' }],
          End: true,
        },
      },
    }),
  );
  const a = findState(doc.machine, 'A')!;
  assert.deepEqual(
    referencesTo(doc, a).map((t) => `${t.kind}:${t.from?.name ?? '-'}`),
    ['StartAt:-', 'Choice:A', 'Default:A', 'Catch:B'],
  );
  const inner = doc.allMachines[1].states[0];
  assert.deepEqual(
    referencesTo(doc, inner).map((t) => `${t.kind}:${t.from?.name ?? '-'}`),
    ['StartAt:-', 'Next:A'],
  );
});

test('canReachTerminal finds the states of exit-less cycles', () => {
  const doc = parseAsl(
    JSON.stringify({
      StartAt: 'A',
      States: {
        A: { Type: 'Choice', Choices: [{ Next: 'Loop1' }], Default: 'Done' },
        Loop1: { Type: 'Pass', Next: 'Loop2' },
        Loop2: { Type: 'Wait', Seconds: 1, Next: 'Loop1' },
        Done: { Type: 'Pass', End: true },
        Bad: { Type: 'Fail' },
        ToBad: { Type: 'Task', Next: 'Bad' },
        Dangling: { Type: 'Pass', Next: 'Nowhere' },
      },
    }),
  );
  assert.deepEqual(names(canReachTerminal(doc.machine!)), ['A', 'Bad', 'Done', 'ToBad']);
});

test('graph functions are linear on a long chain', () => {
  const States: Record<string, unknown> = {};
  const n = 20000;
  for (let i = 0; i < n; i++) States[`S${i}`] = i + 1 < n ? { Type: 'Pass', Next: `S${i + 1}` } : { Type: 'Succeed' };
  const doc = parseAsl(JSON.stringify({ StartAt: 'S0', States }));
  assert.equal(reachableStates(doc.machine!).size, n);
  assert.equal(canReachTerminal(doc.machine!).size, n);
  assert.equal(referencesTo(doc, findState(doc.machine, 'S0')!).length, 1);
});
