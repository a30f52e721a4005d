import { test } from 'node:test';
import assert from 'node:assert/strict';
import { complete, completeAt, sorted } from './helper';

const machine = (next: string): string => `{
  "StartAt": "A",
  "States": {
    "A": { "Type": "Pass", "Next": ${next} },
    "B": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "C" },
    "C": { "Type": "Succeed" },
    "D": { "Type": "Fail" }
  }
}`;

test('Next offers the states of the machine except the state itself', () => {
  const labels = complete(machine('"|"'));
  assert.deepEqual([...labels].sort(), ['B', 'C', 'D']);
});

test('unreferenced states sort first', () => {
  assert.deepEqual(sorted(machine('"|"')), ['B', 'D', 'C']);
});

test('detail is the state type and the edit replaces the string content', () => {
  const c = completeAt(machine('"X|Y"'));
  assert.equal(c.item('B').detail, 'Task');
  assert.match(c.apply('B'), /"Next": "B" \}/);
});

test('a bare value gets quotes', () => {
  const c = completeAt(machine('|'));
  assert.match(c.apply('D'), /"Next": "D" \}/);
});

test('StartAt offers every state of the machine', () => {
  const text = `{ "StartAt": "|", "States": { "A": { "Type": "Pass", "End": true }, "B": { "Type": "Pass", "End": true } } }`;
  assert.deepEqual(complete(text).sort(), ['A', 'B']);
});

test('branch scope: only the states of the enclosing branch', () => {
  const text = `{
  "StartAt": "P",
  "States": {
    "P": { "Type": "Parallel", "End": true, "Branches": [
      { "StartAt": "B1", "States": { "B1": { "Type": "Pass", "Next": "|" }, "B2": { "Type": "Pass", "End": true } } },
      { "StartAt": "X1", "States": { "X1": { "Type": "Pass", "End": true } } }
    ] },
    "Outer": { "Type": "Succeed" }
  }
}`;
  assert.deepEqual(complete(text), ['B2']);
});

test('processor scope: StartAt of an ItemProcessor offers its own states', () => {
  const text = `{
  "StartAt": "M",
  "States": {
    "M": { "Type": "Map", "End": true, "ItemProcessor": { "StartAt": "|", "States": { "Inner": { "Type": "Pass", "End": true } } } },
    "Outer": { "Type": "Succeed" }
  }
}`;
  assert.deepEqual(complete(text), ['Inner']);
});

test('Default, Choices[].Next and Catch[].Next offer state names', () => {
  const text = (d: string, c: string, k: string): string => `{
  "StartAt": "C",
  "States": {
    "C": { "Type": "Choice", "Choices": [{ "Variable": "$.x", "IsPresent": true, "Next": ${c} }], "Default": ${d} },
    "T": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true, "Catch": [{ "ErrorEquals": ["States.ALL"], "Next": ${k} }] },
    "Z": { "Type": "Succeed" }
  }
}`;
  assert.deepEqual(complete(text('"|"', '"T"', '"Z"')).sort(), ['T', 'Z']);
  assert.deepEqual(complete(text('"T"', '"|"', '"Z"')).sort(), ['T', 'Z']);
  assert.deepEqual(complete(text('"T"', '"T"', '"|"')).sort(), ['C', 'Z']);
});

test('YAML: Next offers state names as plain scalars', () => {
  const text = `StartAt: A
States:
  A:
    Type: Pass
    Next: |
  Second State:
    Type: Succeed
`;
  const c = completeAt(text, 'yaml');
  assert.deepEqual(c.labels, ['Second State']);
  assert.match(c.apply('Second State'), /Next: Second State\n/);
});

test('YAML: partially typed name is replaced', () => {
  const text = `StartAt: A
States:
  A:
    Type: Pass
    Next: Fi|
  Finish:
    Type: Succeed
`;
  assert.match(completeAt(text, 'yaml').apply('Finish'), /Next: Finish\n/);
});

test('right after the colon (":" trigger) the value gets a space and quotes', () => {
  const c = completeAt(machine('|').replace(' |', '|'));
  assert.match(c.apply('B'), /"Next": "B" \}/);
});

test('a big machine: at most 200 names, starting with the typed text first, then containing its letters', () => {
  const names = Array.from({ length: 400 }, (_, i) => `S${i}`);
  names[300] = 'xAlpha';
  names[350] = 'Alpha';
  const states = names.map(
    (n, i) => `"${n}": { "Type": "Pass", ${i < 399 ? `"Next": "${names[i + 1]}"` : '"End": true'} }`,
  );
  const text = (next: string): string =>
    `{ "StartAt": "S0", "States": { ${states.join(', ').replace('"Next": "S1"', `"Next": ${next}`)} } }`;
  const all = completeAt(text('"|"'));
  assert.equal(all.list.isIncomplete, true);
  assert.equal(all.labels.length, 200);
  assert.ok(all.labels.includes('S2') && !all.labels.includes('S0'), 'the nearest states, never the state itself');
  const typed = completeAt(text('"alp|"'));
  assert.deepEqual(typed.labels.sort(), ['Alpha', 'xAlpha']);
  assert.equal(typed.list.isIncomplete, true, 'a list filtered by the typed text is incomplete: deleting asks again');
});
