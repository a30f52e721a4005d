import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { expandSnippet } from '../../src/asl/spec/snippetText';
import { complete, completeAt } from './helper';

test('new state position offers one snippet per state type', () => {
  const labels = complete('{ "StartAt": "A", "States": { "A": { "Type": "Succeed" }, | } }');
  assert.deepEqual(labels, [
    'Pass state',
    'Task state',
    'Choice state',
    'Wait state',
    'Succeed state',
    'Fail state',
    'Parallel state',
    'Map state',
  ]);
});

test('JSON snippet: name first, then the spec body, valid JSON once expanded', () => {
  const c = completeAt('{ "StartAt": "A", "States": { "A": { "Type": "Succeed" }, | } }');
  const edit = c.item('Task state').textEdit as { newText: string };
  assert.ok(edit.newText.startsWith('"${1:NewTask}": {'));
  const expanded = expandSnippet(c.apply('Task state')).text;
  const parsed = JSON.parse(expanded) as { States: Record<string, { Type: string; Resource: string }> };
  assert.equal(parsed.States.NewTask.Type, 'Task');
  assert.ok(parsed.States.NewTask.Resource);
});

test('JSONata machine: JSONata snippets', () => {
  const c = completeAt('{ "QueryLanguage": "JSONata", "StartAt": "A", "States": { | } }');
  const parsed = JSON.parse(expandSnippet(c.apply('Pass state')).text) as {
    States: Record<string, Record<string, unknown>>;
  };
  assert.ok('Output' in parsed.States.PassState);
  assert.ok(!('Result' in parsed.States.PassState));
});

test('snippets inside a branch use the branch scope for fresh names', () => {
  const text =
    '{ "StartAt": "P", "States": { "P": { "Type": "Parallel", "End": true, "Branches": [ { "StartAt": "NewTask", "States": { "NewTask": { "Type": "Succeed" }, | } } ] } } }';
  const edit = completeAt(text).item('Task state').textEdit as { newText: string };
  assert.ok(edit.newText.startsWith('"${1:NewTask2}"'));
});

test('no state snippets at a state key that already has a value', () => {
  assert.deepEqual(complete('{ "StartAt": "A", "States": { "A|": { "Type": "Succeed" } } }'), []);
});

test('YAML: state snippets render as YAML', () => {
  const text = `StartAt: A
States:
  A:
    Type: Succeed
  |
`;
  const c = completeAt(text, 'yaml');
  assert.equal(c.labels.length, 8);
  const out = expandSnippet(c.apply('Choice state')).text;
  const parsed = parse(out) as { States: Record<string, { Type: string; Choices: unknown[] }> };
  assert.equal(parsed.States.NewChoice.Type, 'Choice');
  assert.equal(parsed.States.NewChoice.Choices.length, 1);
  assert.equal(parsed.States.A.Type, 'Succeed');
});

test('array items of Retry, Catch, Choices and Branches get an element snippet', () => {
  const state = (body: string, ql = 'JSONPath'): string =>
    `{ "QueryLanguage": "${ql}", "StartAt": "A", "States": { "A": { ${body} } } }`;
  assert.deepEqual(complete(state('"Type": "Task", "Resource": "x", "End": true, "Retry": [|]')), ['New retrier']);
  const c = completeAt(state('"Type": "Task", "Resource": "x", "End": true, "Catch": [|]', 'JSONata'));
  assert.deepEqual(JSON.parse(expandSnippet(c.apply('New catcher')).text).States.A.Catch, [
    { ErrorEquals: ['States.ALL'], Next: '' },
  ]);
  const rule = completeAt(state('"Type": "Choice", "Choices": [| { "Variable": "$.a", "IsNull": true, "Next": "A" }]'));
  const parsed = JSON.parse(expandSnippet(rule.apply('New choice rule')).text);
  assert.equal(parsed.States.A.Choices.length, 2);
  assert.deepEqual(complete(state('"Type": "Parallel", "End": true, "Branches": [|]')), ['New branch']);
  assert.deepEqual(complete(state('"Type": "Pass", "End": true, "Assign": [|]')), []);
});
