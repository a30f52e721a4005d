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

test('Task fields in JSONPath, minus those present', () => {
  const labels = complete(state('"Type": "Task", |'));
  for (const f of [
    'Resource',
    'Parameters',
    'ResultSelector',
    'ResultPath',
    'InputPath',
    'OutputPath',
    'Retry',
    'Catch',
    'Next',
    'End',
    'Assign',
    'TimeoutSeconds',
  ]) {
    assert.ok(labels.includes(f), f);
  }
  for (const f of ['Type', 'Arguments', 'Output', 'Choices', 'Seconds']) assert.ok(!labels.includes(f), f);
});

test('JSONata Task: no JSONPath-only fields', () => {
  const labels = complete(state('"Type": "Task", |', 'JSONata'));
  for (const f of ['Resource', 'Arguments', 'Output', 'Assign', 'Retry', 'Catch']) assert.ok(labels.includes(f), f);
  for (const f of ['Parameters', 'ResultSelector', 'ResultPath', 'InputPath', 'OutputPath', 'TimeoutSecondsPath'])
    assert.ok(!labels.includes(f), f);
});

test('a state switching to JSONata gets JSONata fields', () => {
  const labels = complete(state('"Type": "Pass", "QueryLanguage": "JSONata", |'));
  assert.ok(labels.includes('Output'));
  assert.ok(!labels.includes('Result'));
});

test('key inside quotes: replaces the key with "Key": placeholder', () => {
  const c = completeAt(state('"Type": "Wait", "Se|"'));
  assert.ok(c.labels.includes('Seconds'));
  const edit = c.item('Seconds').textEdit as { newText: string };
  assert.equal(edit.newText, '"Seconds": ${1:0}');
  assert.match(c.apply('Seconds'), /"Type": "Wait", "Seconds": \$\{1:0\} \}/);
});

test('key with an existing colon inserts the name only', () => {
  const c = completeAt(state('"Type": "Wait", "Se|": 3'));
  assert.equal((c.item('Seconds').textEdit as { newText: string }).newText, '"Seconds"');
  assert.ok(c.labels.includes('Seconds'), 'the key being edited is not "present"');
});

test('enum field keys get a choice snippet; End gets true', () => {
  const c = completeAt(state('"Type": "Pass", |'));
  assert.equal((c.item('End').textEdit as { newText: string }).newText, '"End": true');
  assert.equal(
    (c.item('QueryLanguage').textEdit as { newText: string }).newText,
    '"QueryLanguage": "${1|JSONPath,JSONata|}"',
  );
});

test('a comma is added when a property follows', () => {
  const c = completeAt(state('"Type": "Pass", | "End": true'));
  assert.equal((c.item('Comment').textEdit as { newText: string }).newText, '"Comment": "$1",');
});

test('an untyped state offers Type first', () => {
  assert.deepEqual(complete(state('|')), ['Type', 'Comment', 'QueryLanguage']);
});

test('Retry item fields', () => {
  const labels = complete(
    state('"Type": "Task", "Resource": "x", "End": true, "Retry": [{ "ErrorEquals": ["States.ALL"], | }]'),
  );
  assert.deepEqual([...labels].sort(), [
    'BackoffRate',
    'Comment',
    'IntervalSeconds',
    'JitterStrategy',
    'MaxAttempts',
    'MaxDelaySeconds',
  ]);
});

test('Catch item fields per language', () => {
  const jp = complete(state('"Type": "Task", "Resource": "x", "End": true, "Catch": [{ | }]'));
  assert.ok(jp.includes('ResultPath') && jp.includes('Next') && jp.includes('ErrorEquals') && !jp.includes('Output'));
  const ja = complete(state('"Type": "Task", "Resource": "x", "End": true, "Catch": [{ | }]', 'JSONata'));
  assert.ok(ja.includes('Output') && !ja.includes('ResultPath'));
});

test('Choice rule fields: JSONPath operators vs JSONata Condition', () => {
  const jp = complete(state('"Type": "Choice", "Choices": [{ "Variable": "$.x", | }]'));
  assert.ok(jp.includes('StringEquals') && jp.includes('And') && jp.includes('Next') && !jp.includes('Condition'));
  const ja = complete(state('"Type": "Choice", "Choices": [{ | }]', 'JSONata'));
  assert.ok(
    ja.includes('Condition') && ja.includes('Next') && !ja.includes('StringEquals') && !ja.includes('Variable'),
  );
});

test('nested Choice rule (And) has no Next', () => {
  const labels = complete(state('"Type": "Choice", "Choices": [{ "And": [{ | }], "Next": "S" }]'));
  assert.ok(labels.includes('Variable') && !labels.includes('Next'));
});

test('ProcessorConfig, ItemReader, ItemBatcher, ResultWriter fields', () => {
  const map = (inner: string): string => state(`"Type": "Map", "End": true, ${inner}`);
  assert.deepEqual(
    complete(map('"ItemProcessor": { "ProcessorConfig": { | }, "StartAt": "I", "States": {} }')).sort(),
    ['ExecutionType', 'Mode'],
  );
  assert.ok(complete(map('"ItemReader": { | }')).includes('ReaderConfig'));
  assert.ok(complete(map('"ItemBatcher": { | }')).includes('MaxItemsPerBatch'));
  assert.ok(complete(map('"ResultWriter": { | }')).includes('WriterConfig'));
  const proc = complete(map('"ItemProcessor": { | }'));
  assert.ok(proc.includes('ProcessorConfig') && proc.includes('StartAt') && proc.includes('States'));
});

test('top-level fields', () => {
  const labels = complete('{ "StartAt": "A", | "States": {} }');
  assert.ok(labels.includes('Comment') && labels.includes('TimeoutSeconds') && labels.includes('QueryLanguage'));
  assert.ok(!labels.includes('StartAt') && !labels.includes('States'));
});

test('no keys inside payload templates', () => {
  assert.deepEqual(complete(state('"Type": "Pass", "Parameters": { | }, "End": true')), []);
});

test('YAML: key on a new line of a state', () => {
  const text = `StartAt: S
States:
  S:
    Type: Task
    Res|
`;
  const c = completeAt(text, 'yaml');
  assert.ok(c.labels.includes('Resource'));
  assert.ok(!c.labels.includes('Type'));
  assert.match(c.apply('Resource'), /\n {4}Resource: \$1\n/);
});

test('YAML: first key of a new state object', () => {
  const text = `StartAt: S
States:
  S:
    Ty|
`;
  assert.deepEqual(complete(text, 'yaml'), ['Type', 'Comment', 'QueryLanguage']);
});

test('YAML: Retry item fields after a dash', () => {
  const text = `StartAt: S
States:
  S:
    Type: Task
    Resource: x
    End: true
    Retry:
      - ErrorEquals: [States.ALL]
        |
`;
  const labels = complete(text, 'yaml');
  assert.ok(labels.includes('MaxAttempts') && !labels.includes('ErrorEquals'));
});

test('YAML: new Catch item after a dash', () => {
  const text = `StartAt: S
States:
  S:
    Type: Task
    Resource: x
    End: true
    Catch:
      - |
`;
  const labels = complete(text, 'yaml');
  assert.ok(labels.includes('ErrorEquals') && labels.includes('Next'));
});

test('YAML: JSONata state fields', () => {
  const text = `QueryLanguage: JSONata
StartAt: S
States:
  S:
    Type: Pass
    |
`;
  const labels = complete(text, 'yaml');
  assert.ok(labels.includes('Output') && !labels.includes('Result') && !labels.includes('InputPath'));
});

test('a missing comma after the previous property is inserted as an additional edit', () => {
  const text = `{
  "StartAt": "S",
  "States": {
    "S": {
      "Type": "Pass"
      |
    }
  }
}`;
  const c = completeAt(text);
  const out = c.apply('End');
  assert.match(out, /"Type": "Pass",\n {6}"End": true\n/);
  const quoted = completeAt(text.replace('|', '"En|"'));
  assert.match(quoted.apply('End'), /"Type": "Pass",\n {6}"End": true\n/);
});

test('no extra comma when the previous property has one', () => {
  const c = completeAt(state('"Type": "Pass", |'));
  assert.equal(c.item('End').additionalTextEdits, undefined);
});

test('YAML: the key being edited is offered again (not counted as present)', () => {
  const text = `StartAt: S
States:
  S:
    Ty|pe: Pass
    End: true
`;
  const c = completeAt(text, 'yaml');
  assert.ok(c.labels.includes('Type'));
  assert.ok(!c.labels.includes('End'));
  assert.equal((c.item('Type').textEdit as { newText: string }).newText, 'Type');
});

test('YAML: object fields insert an indented block, as is', () => {
  const text = `StartAt: S
States:
  S:
    Type: Task
    Resource: x
    End: true
    Ret|
`;
  const item = completeAt(text, 'yaml').item('Retry');
  assert.equal((item.textEdit as { newText: string }).newText, 'Retry:\n      - $1');
  assert.equal(item.insertTextMode, 1);
});
