// Machines: nesting (Parallel branches, Map ItemProcessor / Iterator), ids, owners, transitions,
// query-language inheritance, duplicates and malformed shapes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseAsl } from '../../src/asl';
import { MACHINE_JSON, slice } from './support';

test('machines, ids and owners, depth-first state order', () => {
  const doc = parseAsl(MACHINE_JSON);
  assert.deepEqual(
    doc.allMachines.map((m) => m.id),
    ['root', 'Fan out/Branches[0]', 'Fan out/Branches[1]', 'Each item/ItemProcessor'],
  );
  assert.deepEqual(
    doc.allStates.map((s) => s.name),
    ['Fan out', 'A1', 'B1', 'B2', 'Route', 'Each item', 'Work', 'Done', 'Failed'],
  );
  const [root, b0, b1, proc] = doc.allMachines;
  assert.equal(root, doc.machine);
  assert.equal(root.owner, undefined);
  assert.equal(b1.owner?.state.name, 'Fan out');
  assert.equal(b1.owner?.kind, 'Branch');
  assert.equal(b1.owner?.index, 1);
  assert.equal(proc.owner?.kind, 'ItemProcessor');
  assert.deepEqual(root.stateByName.get('Fan out')?.children, [b0, b1]);
  assert.equal(b1.startAt?.target, 'B1');
  assert.equal(slice(doc, b1.startAt?.span), '"B1"');
  assert.equal(b1.states[0].machine, b1);
  assert.equal(root.statesNode?.properties.length, 5);
});

test('transitions: StartAt, Next, Default, Choices[i].Next, Catch[i].Next, End', () => {
  const doc = parseAsl(MACHINE_JSON);
  const m = doc.machine;
  assert.ok(m);
  assert.equal(m.startAt?.kind, 'StartAt');
  assert.equal(m.startAt?.from, undefined);
  const fanOut = m.stateByName.get('Fan out');
  assert.deepEqual(
    fanOut?.transitions.map((t) => [t.kind, t.target, t.index, slice(doc, t.span)]),
    [
      ['Catch', 'Failed', 0, '"Failed"'],
      ['Next', 'Route', undefined, '"Route"'],
    ],
  );
  assert.equal(fanOut?.transitions[0].from, fanOut);
  const route = m.stateByName.get('Route');
  assert.deepEqual(
    route?.transitions.map((t) => `${t.kind}:${t.target}`),
    ['Choice:Each item', 'Default:Done'],
  );
  assert.equal(route?.type, 'Choice');
  assert.equal(doc.allStates.find((s) => s.name === 'A1')?.isEnd, true);
  assert.equal(m.stateByName.get('Done')?.isEnd, false);
});

test('non-string targets are not transitions; non-object states and branches are tolerated', () => {
  const doc = parseAsl(
    JSON.stringify({
      StartAt: 5,
      States: {
        A: { Type: 'Pass', Next: 3, End: 'true' },
        B: 'not an object',
        C: { Type: 'Choice', Choices: [{ Next: null }, 'x', { Next: 'A' }], Default: ['A'] },
        P: { Type: 'Parallel', Branches: [1, { States: 'x' }], Catch: {} },
        M: { Type: 'Map', ItemProcessor: [], Iterator: { StartAt: 'I', States: {} } },
      },
    }),
  );
  const m = doc.machine;
  assert.ok(m);
  assert.equal(m.startAt, undefined);
  assert.deepEqual(m.stateByName.get('A')?.transitions, []);
  assert.equal(m.stateByName.get('A')?.isEnd, false);
  assert.equal(m.stateByName.get('B')?.node, undefined);
  assert.equal(m.stateByName.get('B')?.type, undefined);
  assert.deepEqual(
    m.stateByName.get('C')?.transitions.map((t) => [t.kind, t.index]),
    [['Choice', 2]],
  );
  assert.deepEqual(
    doc.allMachines.map((x) => x.id),
    ['root', 'P/Branches[1]', 'M/Iterator'],
  );
  assert.equal(doc.allMachines[1].statesNode, undefined);
  assert.deepEqual(doc.allMachines[1].states, []);
  assert.equal(doc.allMachines[2].owner?.kind, 'Iterator');
});

test('nested machine ids include the enclosing machine', () => {
  const doc = parseAsl(
    JSON.stringify({
      StartAt: 'Outer',
      States: {
        Outer: {
          Type: 'Parallel',
          Branches: [
            {
              StartAt: 'Inner',
              States: {
                Inner: { Type: 'Map', ItemProcessor: { StartAt: 'W', States: { W: { Type: 'Succeed' } } }, End: true },
              },
            },
          ],
          End: true,
        },
      },
    }),
  );
  assert.deepEqual(
    doc.allMachines.map((m) => m.id),
    ['root', 'Outer/Branches[0]', 'Outer/Branches[0]/Inner/ItemProcessor'],
  );
  assert.deepEqual(
    doc.allStates.map((s) => `${s.machine.id}:${s.name}`),
    ['root:Outer', 'Outer/Branches[0]:Inner', 'Outer/Branches[0]/Inner/ItemProcessor:W'],
  );
});

test('query language: top level, per-state override, inherited by nested machines', () => {
  const doc = parseAsl(
    JSON.stringify({
      QueryLanguage: 'JSONata',
      StartAt: 'P',
      States: {
        P: { Type: 'Parallel', Branches: [{ StartAt: 'X', States: { X: { Type: 'Pass', End: true } } }], Next: 'Q' },
        Q: { Type: 'Pass', QueryLanguage: 'JSONPath', End: true },
      },
    }),
  );
  assert.equal(doc.machine?.queryLanguage, 'JSONata');
  assert.deepEqual(
    doc.allStates.map((s) => `${s.name}:${s.queryLanguage}`),
    ['P:JSONata', 'X:JSONata', 'Q:JSONPath'],
  );

  const mixed = parseAsl(
    JSON.stringify({
      StartAt: 'M',
      States: {
        M: {
          Type: 'Map',
          QueryLanguage: 'JSONata',
          ItemProcessor: {
            StartAt: 'Y',
            States: { Y: { Type: 'Pass', End: true }, Z: { Type: 'Pass', QueryLanguage: 'JSONPath', End: true } },
          },
          End: true,
        },
        N: { Type: 'Pass', QueryLanguage: 'Bogus', End: true },
      },
    }),
  );
  assert.equal(mixed.machine?.queryLanguage, 'JSONPath');
  assert.equal(mixed.allMachines[1].queryLanguage, 'JSONata');
  assert.deepEqual(
    mixed.allStates.map((s) => `${s.name}:${s.queryLanguage}`),
    ['M:JSONata', 'Y:JSONata', 'Z:JSONPath', 'N:JSONPath'],
  );
});

test('duplicate state names: all kept in order, stateByName keeps the first', () => {
  const doc = parseAsl('{"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}, "A": {"Type": "Succeed"}}}');
  const m = doc.machine;
  assert.equal(m?.states.length, 2);
  assert.equal(m?.stateByName.get('A'), m?.states[0]);
  assert.equal(m?.stateByName.get('A')?.type, 'Pass');
});

test('a root that is not an object has no machine', () => {
  for (const text of ['[]', '"x"', '42', 'null']) {
    const doc = parseAsl(text);
    assert.equal(doc.machine, undefined);
    assert.deepEqual(doc.allStates, []);
    assert.deepEqual(doc.allMachines, []);
  }
});

test('transitions are resolved to the first state of that name in their own machine only', () => {
  const doc = parseAsl(
    JSON.stringify({
      StartAt: 'P',
      States: {
        P: {
          Type: 'Parallel',
          Branches: [{ StartAt: 'In', States: { In: { Type: 'Pass', Next: 'After' } } }],
          Next: 'After',
        },
        After: { Type: 'Pass', Next: 'Ghost' },
        Dup: { Type: 'Pass', Next: 'Dup' },
        'Dup ': { Type: 'Succeed' },
      },
    }).replace('"Dup "', '"Dup"'),
  );
  const root = doc.machine!;
  const [p, after, dup, dup2] = root.states;
  assert.deepEqual(
    root.states.map((s) => s.ordinal),
    [0, 1, 2, 3],
  );
  assert.equal(root.startAt?.resolved, p);
  assert.equal(p.transitions[0].resolved, after);
  assert.equal(after.transitions[0].resolved, undefined, 'no state named Ghost');
  assert.equal(dup.transitions[0].resolved, dup, 'the first of two states named Dup');
  assert.notEqual(dup2, dup);
  const branch = p.children[0];
  assert.equal(branch.startAt?.resolved, branch.states[0]);
  assert.equal(branch.states[0].transitions[0].resolved, undefined, 'After is not in the branch');
});
