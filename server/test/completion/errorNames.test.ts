import { test } from 'node:test';
import assert from 'node:assert/strict';
import { complete, completeAt } from './helper';

const doc = (errorEquals: string): string => `{
  "StartAt": "T",
  "States": {
    "T": {
      "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true,
      "Retry": [{ "ErrorEquals": ${errorEquals} }]
    },
    "Bad": { "Type": "Fail", "Error": "Order.Invalid", "Cause": "x" }
  }
}`;

test('ErrorEquals offers States.*, Fail errors of the document and Lambda errors', () => {
  const labels = complete(doc('["|"]'));
  for (const n of [
    'States.ALL',
    'States.Timeout',
    'States.TaskFailed',
    'Order.Invalid',
    'Lambda.ServiceException',
    'Lambda.TooManyRequestsException',
  ]) {
    assert.ok(labels.includes(n), n);
  }
});

test('names already listed are not offered again', () => {
  const labels = complete(doc('["States.Timeout", "|"]'));
  assert.ok(!labels.includes('States.Timeout'));
  assert.ok(labels.includes('States.ALL'));
});

test('bare item in the array gets quotes', () => {
  const c = completeAt(doc('[|]'));
  assert.match(c.apply('States.Timeout'), /"ErrorEquals": \["States.Timeout"\]/);
});

test('Fail errors sort first', () => {
  const items = completeAt(doc('["|"]'))
    .list.items.slice()
    .sort((a, b) => a.sortText!.localeCompare(b.sortText!));
  assert.equal(items[0].label, 'Order.Invalid');
});

test('no error names outside ErrorEquals', () => {
  assert.ok(!complete(doc('[]').replace('"Error": "Order.Invalid"', '"Error": "|"')).includes('States.ALL'));
});

test('YAML: block sequence item and flow item', () => {
  const block = `StartAt: T
States:
  T:
    Type: Task
    Resource: x
    End: true
    Catch:
      - ErrorEquals:
          - |
        Next: T
`;
  assert.ok(complete(block, 'yaml').includes('States.ALL'));
  const flow = `StartAt: T
States:
  T:
    Type: Task
    Resource: x
    End: true
    Retry:
      - ErrorEquals: [States.Timeout, Sta|]
`;
  const c = completeAt(flow, 'yaml');
  assert.ok(c.labels.includes('States.ALL') && !c.labels.includes('States.Timeout'));
  assert.match(c.apply('States.ALL'), /\[States.Timeout, States.ALL\]/);
});
