// Targeted grammar checks: the scope a few key tokens must carry, independent of snapshot review.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { tokenize } from './tokenize';

const JSON_SCOPE = 'source.asl-studio.json';
const YAML_SCOPE = 'source.asl-studio.yaml';

/** Scopes of the first token whose text is exactly `text`. */
async function scopesOf(scopeName: string, doc: string, text: string, nth = 0): Promise<string> {
  const matches = (await tokenize(scopeName, doc)).filter((t) => t.text === text);
  assert.ok(matches[nth], `no token ${JSON.stringify(text)} in ${JSON.stringify(doc)}`);
  return matches[nth].scopes.join(' ');
}

const machine = (state: string) => `{"StartAt": "A", "States": {"A": ${state}}}`;

test('json: state names, fields, types and references', async () => {
  const doc = machine('{"Type": "Pass", "Next": "B"}');
  assert.match(await scopesOf(JSON_SCOPE, doc, 'A', 1), /entity\.name\.function\.state\.asl/);
  assert.match(await scopesOf(JSON_SCOPE, doc, 'Type'), /keyword\.other\.field\.asl/);
  assert.match(await scopesOf(JSON_SCOPE, doc, 'Pass'), /entity\.name\.type\.state-type\.asl/);
  assert.match(await scopesOf(JSON_SCOPE, doc, 'B'), /entity\.name\.function\.state\.asl/);
  assert.match(await scopesOf(JSON_SCOPE, doc, 'A', 0), /entity\.name\.function\.state\.asl/);
});

test('json: payload keys are user data, .$ keys are marked', async () => {
  const doc = machine('{"Type": "Pass", "Parameters": {"Type": "x", "a.$": "$.b"}, "End": true}');
  const payloadType = await scopesOf(JSON_SCOPE, doc, 'Type', 1);
  assert.doesNotMatch(payloadType, /keyword\.other\.field\.asl/);
  assert.match(await scopesOf(JSON_SCOPE, doc, '.$'), /keyword\.operator\.dynamic-key\.asl/);
  assert.match(await scopesOf(JSON_SCOPE, doc, '$'), /variable\.language\.root\.asl/);
});

test('json: intrinsic calls, context object and variables', async () => {
  const doc = machine(
    `{"Type": "Pass", "Parameters": {"a.$": "States.Format('{}', $$.Execution.Id, $v)"}, "End": true}`,
  );
  assert.match(await scopesOf(JSON_SCOPE, doc, 'Format'), /support\.function\.intrinsic\.asl/);
  assert.match(await scopesOf(JSON_SCOPE, doc, '{}'), /constant\.other\.placeholder\.asl/);
  assert.match(await scopesOf(JSON_SCOPE, doc, '$$'), /variable\.language\.context\.asl/);
  assert.match(await scopesOf(JSON_SCOPE, doc, 'v'), /variable\.other\.workflow\.asl/);
});

test('json: JSONata inside {% %}', async () => {
  const doc = machine('{"Type": "Pass", "Output": "{% $sum($states.input.x) %}", "End": true}');
  assert.match(await scopesOf(JSON_SCOPE, doc, '{%'), /punctuation\.section\.embedded\.begin\.jsonata/);
  assert.match(await scopesOf(JSON_SCOPE, doc, '$sum'), /support\.function\.jsonata/);
  assert.match(await scopesOf(JSON_SCOPE, doc, '$states'), /variable\.language\.states\.jsonata/);
  assert.match(await scopesOf(JSON_SCOPE, doc, '%}'), /punctuation\.section\.embedded\.end\.jsonata/);
});

test('json: an unclosed intrinsic or JSONata expression ends with its string', async () => {
  const doc = machine(`{"Type": "Pass", "Output": "{% $x ", "Next": "B"}`);
  assert.match(await scopesOf(JSON_SCOPE, doc, 'Next'), /keyword\.other\.field\.asl/);
  assert.match(await scopesOf(JSON_SCOPE, doc, 'B'), /entity\.name\.function\.state\.asl/);
});

test('yaml: state names, fields, types, references, JSONPath and JSONata', async () => {
  const doc = [
    'StartAt: A',
    'States:',
    '  A:',
    '    Type: Task',
    '    Parameters:',
    '      Type: data',
    '      x.$: $.y',
    "    Output: '{% $states.input %}'",
    '    Next: B',
    '  B:',
    '    Type: Succeed',
    '',
  ].join('\n');
  assert.match(await scopesOf(YAML_SCOPE, doc, 'A', 1), /entity\.name\.function\.state\.asl/);
  assert.match(await scopesOf(YAML_SCOPE, doc, 'Task'), /entity\.name\.type\.state-type\.asl/);
  assert.doesNotMatch(await scopesOf(YAML_SCOPE, doc, 'Type', 1), /keyword\.other\.field\.asl/);
  assert.match(await scopesOf(YAML_SCOPE, doc, '$states'), /variable\.language\.states\.jsonata/);
  assert.match(await scopesOf(YAML_SCOPE, doc, 'B', 0), /entity\.name\.function\.state\.asl/);
  assert.match(await scopesOf(YAML_SCOPE, doc, 'B', 1), /entity\.name\.function\.state\.asl/);
  assert.match(await scopesOf(YAML_SCOPE, doc, 'Succeed'), /entity\.name\.type\.state-type\.asl/);
});

test('yaml: a "- States:" block ends at its siblings (StartAt after it is a field)', async () => {
  const doc = [
    'States:',
    '  P:',
    '    Type: Parallel',
    '    Branches:',
    '      - States:',
    '          A:',
    '            Type: Pass',
    '        StartAt: A',
    '',
  ].join('\n');
  assert.match(await scopesOf(YAML_SCOPE, doc, 'A', 0), /entity\.name\.function\.state\.asl/);
  assert.match(await scopesOf(YAML_SCOPE, doc, 'StartAt'), /keyword\.other\.field\.asl/);
});
