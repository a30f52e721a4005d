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
