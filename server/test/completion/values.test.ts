import { test } from 'node:test';
import assert from 'node:assert/strict';
import { complete, completeAt } from './helper';

const state = (body: string, ql = 'JSONPath'): string => `{
  "QueryLanguage": "${ql}",
  "StartAt": "S",
  "States": {
    "S": { ${body} }
  }
}`;

test('Type offers the eight state types', () => {
  assert.deepEqual(complete(state('"Type": "|"')), [
    'Pass',
    'Task',
    'Choice',
    'Wait',
    'Succeed',
    'Fail',
    'Parallel',
    'Map',
  ]);
});

test('Type value inside quotes replaces the content only', () => {
  const c = completeAt(state('"Type": "Ta|"'));
  assert.match(c.apply('Task'), /"Type": "Task" \}/);
  assert.ok(c.item('Task').documentation);
});

test('QueryLanguage, Mode, ExecutionType, JitterStrategy, InputType values', () => {
  assert.deepEqual(complete(state('"Type": "Pass", "QueryLanguage": "|"')), ['JSONPath', 'JSONata']);
  const map = (inner: string): string => state(`"Type": "Map", "End": true, ${inner}`);
  assert.deepEqual(complete(map('"ItemProcessor": { "ProcessorConfig": { "Mode": "|" } }')), ['INLINE', 'DISTRIBUTED']);
  assert.deepEqual(complete(map('"ItemProcessor": { "ProcessorConfig": { "ExecutionType": "|" } }')), [
    'STANDARD',
    'EXPRESS',
  ]);
  assert.ok(complete(map('"ItemReader": { "ReaderConfig": { "InputType": "|" } }')).includes('CSV'));
  assert.deepEqual(
    complete(state('"Type": "Task", "Resource": "x", "End": true, "Retry": [{ "JitterStrategy": "|" }]')),
    ['FULL', 'NONE'],
  );
});

test('End offers true, written bare even from inside quotes', () => {
  assert.deepEqual(complete(state('"Type": "Pass", "End": |')), ['true']);
  const c = completeAt(state('"Type": "Pass", "End": "|"'));
  assert.match(c.apply('true'), /"End": true \}/);
});

test('top-level QueryLanguage values', () => {
  assert.deepEqual(complete('{ "QueryLanguage": "|", "StartAt": "A", "States": {} }'), ['JSONPath', 'JSONata']);
});

test('YAML: Type values', () => {
  const text = `StartAt: S
States:
  S:
    Type: |
`;
  const c = completeAt(text, 'yaml');
  assert.equal(c.labels.length, 8);
  assert.match(c.apply('Choice'), /Type: Choice\n/);
});

test('YAML: value right after the colon gets a space', () => {
  const text = `StartAt: S
States:
  S:
    Type:|
`;
  assert.match(completeAt(text, 'yaml').apply('Wait'), /Type: Wait\n/);
});

test('YAML: enum in a nested shape', () => {
  const text = `StartAt: S
States:
  S:
    Type: Map
    End: true
    ItemProcessor:
      ProcessorConfig:
        Mode: |
      StartAt: I
      States: {}
`;
  assert.deepEqual(complete(text, 'yaml'), ['INLINE', 'DISTRIBUTED']);
});
