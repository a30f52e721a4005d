import { test } from 'node:test';
import assert from 'node:assert/strict';
import { complete, completeAt } from './helper';

const jsonPath = (stateBody: string, extra = ''): string => `{
  "StartAt": "First",
  "States": {
    "First": { "Type": "Pass", "Assign": { "orderId.$": "$.id", "total": 0 }, "Next": "S" },
    "S": { ${stateBody} }${extra}
  }
}`;

test('JSONPath .$ value: intrinsics, context paths and variables', () => {
  const labels = complete(jsonPath('"Type": "Pass", "Parameters": { "x.$": "|" }, "End": true'));
  assert.ok(labels.includes('States.Format'));
  assert.ok(labels.includes('States.UUID'));
  assert.ok(labels.includes('$$.Execution.Id'));
  assert.ok(labels.includes('$orderId') && labels.includes('$total'));
  assert.ok(!labels.includes('$$.Map.Item.Index'), 'Map.Item only in a Map ItemSelector');
});

test('intrinsic item inserts a signature snippet replacing the token', () => {
  const c = completeAt(jsonPath('"Type": "Pass", "Parameters": { "x.$": "States.Fo|" }, "End": true'));
  assert.match(c.apply('States.Format'), /"x.\$": "States.Format\(\$\{1:template\}, \$\{2:values\}\)"/);
  assert.ok(c.item('States.Format').detail?.includes('template'));
});

test('after a dot only matching members are offered', () => {
  const labels = complete(jsonPath('"Type": "Pass", "Parameters": { "x.$": "$$.Execution.|" }, "End": true'));
  assert.ok(labels.length > 0);
  assert.ok(
    labels.every((l) => l.startsWith('$$.Execution.')),
    labels.join(),
  );
  const c = completeAt(jsonPath('"Type": "Pass", "Parameters": { "x.$": "$$.Execution.I|" }, "End": true'));
  assert.match(c.apply('$$.Execution.Id'), /"x.\$": "\$\$.Execution.Id"/);
});

test('intrinsic arguments get paths and variables', () => {
  const c = completeAt(
    jsonPath('"Type": "Pass", "Parameters": { "x.$": "States.Format(\'{}\', $ord|)" }, "End": true'),
  );
  assert.match(c.apply('$orderId'), /States.Format\('\{\}', \$orderId\)/);
});

test('Map ItemSelector offers $$.Map.Item.*', () => {
  const labels = complete(
    jsonPath(
      '"Type": "Map", "ItemSelector": { "i.$": "$$.Map.|" }, "ItemProcessor": { "StartAt": "I", "States": { "I": { "Type": "Succeed" } } }, "End": true',
    ),
  );
  assert.ok(labels.includes('$$.Map.Item.Index') && labels.includes('$$.Map.Item.Value'));
});

test('Assign values in JSONPath states get intrinsics and variables', () => {
  const labels = complete(jsonPath('"Type": "Pass", "Assign": { "y.$": "|" }, "End": true'));
  assert.ok(labels.includes('States.Array') && labels.includes('$orderId'));
});

test('path fields: context and variables, no intrinsics; ResultPath gets nothing', () => {
  const labels = complete(jsonPath('"Type": "Pass", "InputPath": "|", "End": true'));
  assert.ok(labels.includes('$$.Execution.Input') && labels.includes('$orderId') && !labels.includes('States.Format'));
  assert.deepEqual(complete(jsonPath('"Type": "Pass", "ResultPath": "|", "End": true')), []);
});

test('Choice Variable gets paths', () => {
  const labels = complete(
    jsonPath('"Type": "Choice", "Choices": [{ "Variable": "|", "IsPresent": true, "Next": "First" }]'),
  );
  assert.ok(labels.includes('$orderId') && labels.includes('$$.State.Name'));
});

test('Fail ErrorPath accepts intrinsics', () => {
  assert.ok(complete(jsonPath('"Type": "Fail", "ErrorPath": "|"')).includes('States.Format'));
});

test('plain string values are not expressions', () => {
  assert.deepEqual(complete(jsonPath('"Type": "Pass", "Parameters": { "x": "|" }, "End": true')), []);
  assert.deepEqual(complete(jsonPath('"Type": "Pass", "Comment": "|", "End": true')), []);
});

const jsonata = (stateBody: string): string => `{
  "QueryLanguage": "JSONata",
  "StartAt": "First",
  "States": {
    "First": { "Type": "Pass", "Assign": { "customer": "{% $states.input.customer %}" }, "Next": "S" },
    "S": { ${stateBody} },
    "Handler": { "Type": "Succeed" }
  }
}`;

test('JSONata: $states members, context, variables and functions', () => {
  const labels = complete(jsonata('"Type": "Pass", "Output": "{% | %}", "End": true'));
  assert.ok(labels.includes('$states.input') && labels.includes('$states.context'));
  assert.ok(labels.includes('$customer'));
  assert.ok(
    labels.includes('$string') &&
      labels.includes('$partition') &&
      labels.includes('$uuid') &&
      labels.includes('$parse'),
  );
  assert.ok(labels.includes('$range') && labels.includes('$hash') && labels.includes('$random'));
  assert.ok(!labels.includes('$eval'));
  assert.ok(!labels.includes('$states.result'), 'Pass has no result');
  assert.ok(!labels.includes('$states.errorOutput'));
});

test('JSONata: $states.result in Task Output and Assign, not in Arguments', () => {
  const task = (field: string): string =>
    jsonata(`"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", ${field}, "End": true`);
  assert.ok(complete(task('"Output": "{% $states.| %}"')).includes('$states.result'));
  assert.ok(complete(task('"Assign": { "r": "{% $states.| %}" }')).includes('$states.result'));
  assert.ok(!complete(task('"Arguments": { "p": "{% $states.| %}" }')).includes('$states.result'));
});

test('JSONata: $states.errorOutput only in Catch Output/Assign', () => {
  const task = (c: string): string =>
    jsonata(
      `"Type": "Task", "Resource": "x", "End": true, "Catch": [{ "ErrorEquals": ["States.ALL"], "Next": "Handler", ${c} }]`,
    );
  const inCatch = complete(task('"Output": "{% $states.| %}"'));
  assert.ok(inCatch.includes('$states.errorOutput') && !inCatch.includes('$states.result'));
  assert.ok(complete(task('"Assign": { "e": "{% $states.err| %}" }')).includes('$states.errorOutput'));
});

test('JSONata: after $states. only members; after $states.context. context fields', () => {
  const members = complete(jsonata('"Type": "Pass", "Output": "{% $states.| %}", "End": true'));
  assert.ok(
    members.every((l) => l.startsWith('$states.')),
    members.join(),
  );
  const ctx = completeAt(jsonata('"Type": "Pass", "Output": "{% $states.context.Execution.N| %}", "End": true'));
  assert.ok(ctx.labels.includes('$states.context.Execution.Name'));
  assert.match(ctx.apply('$states.context.Execution.Name'), /"\{% \$states.context.Execution.Name %\}"/);
});

test('JSONata function snippet', () => {
  const c = completeAt(jsonata('"Type": "Pass", "Output": "{% $upp| %}", "End": true'));
  assert.equal((c.item('$uppercase').textEdit as { newText: string }).newText, '\\$uppercase(${1:str})');
});

test('JSONata: outside {% %} nothing; JSONPath items never in JSONata', () => {
  assert.deepEqual(complete(jsonata('"Type": "Pass", "Output": "plain |", "End": true')), []);
  const labels = complete(jsonata('"Type": "Pass", "Output": "{% | %}", "End": true'));
  assert.ok(!labels.includes('States.Format') && !labels.some((l) => l.startsWith('$$.')));
});

test('JSONata Condition in a Choice rule', () => {
  const labels = complete(jsonata('"Type": "Choice", "Choices": [{ "Condition": "{% $cust| %}", "Next": "Handler" }]'));
  assert.ok(labels.includes('$customer'));
});

test('YAML: JSONata in a quoted scalar', () => {
  const text = `QueryLanguage: JSONata
StartAt: A
States:
  A:
    Type: Pass
    Assign:
      total: 1
    Next: B
  B:
    Type: Pass
    Output: '{% $to| %}'
    End: true
`;
  const c = completeAt(text, 'yaml');
  assert.ok(c.labels.includes('$total'));
  assert.match(c.apply('$total'), /Output: '\{% \$total %\}'/);
});

test('YAML: JSONPath context path in a plain scalar', () => {
  const text = `StartAt: A
States:
  A:
    Type: Pass
    Parameters:
      id.$: $$.Execution.|
    End: true
`;
  const labels = complete(text, 'yaml');
  assert.ok(labels.includes('$$.Execution.Id'));
});
