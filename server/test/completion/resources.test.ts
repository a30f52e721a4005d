import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { expandSnippet } from '../../src/asl/spec/snippetText';
import { complete, completeAt } from './helper';

const task = (body: string, ql = 'JSONPath'): string => `{
  "QueryLanguage": "${ql}",
  "StartAt": "S",
  "States": {
    "S": {
      "Type": "Task",
      ${body}
    }
  }
}`;

test('Resource offers common integrations', () => {
  const labels = complete(task('"Resource": "|",\n      "End": true'));
  for (const arn of [
    'arn:aws:states:::lambda:invoke',
    'arn:aws:states:::sns:publish',
    'arn:aws:states:::sqs:sendMessage',
    'arn:aws:states:::dynamodb:putItem',
    'arn:aws:states:::ecs:runTask.sync',
    'arn:aws:states:::states:startExecution.sync:2',
    'arn:aws:states:::events:putEvents',
    'arn:aws:states:::http:invoke',
    'arn:aws:states:::aws-sdk:SERVICE:ACTION',
  ]) {
    assert.ok(labels.includes(arn), arn);
  }
  assert.ok(!labels.includes('arn:aws:states:::s3:putObject'), 'ResultWriter resources are not Task resources');
});

test('JSONPath: the Parameters skeleton is added after the Resource', () => {
  const c = completeAt(task('"Resource": "|",\n      "End": true'));
  const out = c.apply('arn:aws:states:::lambda:invoke');
  assert.match(
    out,
    /"Resource": "arn:aws:states:::lambda:invoke",\n {6}"Parameters": \{\n {8}"FunctionName": "arn:aws:lambda:REGION:ACCOUNT_ID:function:FUNCTION_NAME",\n {8}"Payload.\$": "\$"\n {6}\},\n {6}"End": true/,
  );
});

test('JSONata: the Arguments skeleton; nothing added when Arguments exists', () => {
  const c = completeAt(task('"Resource": "|",\n      "End": true', 'JSONata'));
  assert.match(c.apply('arn:aws:states:::sns:publish'), /"Arguments": \{\n {8}"TopicArn"/);
  const d = completeAt(task('"Resource": "|",\n      "Arguments": {},\n      "End": true', 'JSONata'));
  assert.equal(d.item('arn:aws:states:::sns:publish').additionalTextEdits, undefined);
});

test('pattern ARNs become snippets with placeholders', () => {
  const c = completeAt(task('"Resource": "|",\n      "End": true'));
  const edit = c.item('arn:aws:states:::aws-sdk:SERVICE:ACTION').textEdit as { newText: string };
  assert.equal(edit.newText, 'arn:aws:states:::aws-sdk:${1:SERVICE}:${2:ACTION}');
});

test('ItemReader and ResultWriter resources', () => {
  const map = (inner: string): string =>
    `{ "StartAt": "M", "States": { "M": { "Type": "Map", "End": true, ${inner} } } }`;
  assert.deepEqual(complete(map('"ItemReader": { "Resource": "|" }')), [
    'arn:aws:states:::s3:getObject',
    'arn:aws:states:::s3:listObjectsV2',
  ]);
  assert.deepEqual(complete(map('"ResultWriter": { "Resource": "|" }')), ['arn:aws:states:::s3:putObject']);
});

test('YAML: Resource with an Arguments skeleton in YAML', () => {
  const text = `QueryLanguage: JSONata
StartAt: S
States:
  S:
    Type: Task
    Resource: "|"
    End: true
`;
  const out = completeAt(text, 'yaml').apply('arn:aws:states:::sqs:sendMessage');
  assert.match(
    out,
    /Resource: "arn:aws:states:::sqs:sendMessage"\n {4}Arguments:\n {6}QueueUrl: .*\n {6}MessageBody: ["']\{% \$states.input %\}["']\n {4}End: true/,
  );
});

test('request fields of a known Resource inside Parameters / Arguments', () => {
  const jp = completeAt(
    task(
      '"Resource": "arn:aws:states:::sqs:sendMessage",\n      "Parameters": { "QueueUrl": "q", | },\n      "End": true',
    ),
  );
  assert.deepEqual(jp.labels, ['MessageBody.$']);
  assert.equal((jp.item('MessageBody.$').textEdit as { newText: string }).newText, '"MessageBody.\\$": "${1:\\$}"');
  const ja = complete(
    task('"Resource": "arn:aws:states:::lambda:invoke",\n      "Arguments": { | },\n      "End": true', 'JSONata'),
  );
  assert.deepEqual(ja, ['FunctionName', 'Payload']);
  assert.deepEqual(
    complete(task('"Resource": "arn:aws:states:::unknown",\n      "Parameters": { | },\n      "End": true')),
    [],
  );
});

test('bare Resource value (JSON) and plain YAML value: the skeleton goes into the main edit', () => {
  const c = completeAt(task('"Resource": |,\n      "End": true'));
  assert.equal(c.item('arn:aws:states:::sns:publish').additionalTextEdits, undefined);
  const json = JSON.parse(expandSnippet(c.apply('arn:aws:states:::sns:publish')).text) as {
    States: { S: Record<string, unknown> };
  };
  assert.deepEqual(Object.keys(json.States.S), ['Type', 'Resource', 'Parameters', 'End']);
  assert.equal((json.States.S.Parameters as Record<string, string>)['Message.$'], '$');
  const yaml = `StartAt: S
States:
  S:
    Type: Task
    Resource: arn:aws:states:::sns:pub|
    End: true
`;
  const out = parse(expandSnippet(completeAt(yaml, 'yaml').apply('arn:aws:states:::sns:publish')).text) as {
    States: { S: Record<string, unknown> };
  };
  assert.deepEqual(Object.keys(out.States.S), ['Type', 'Resource', 'Parameters', 'End']);
  assert.equal(out.States.S.Resource, 'arn:aws:states:::sns:publish');
});
