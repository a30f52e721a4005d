import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hover } from './helper';

const doc = `{
  "Comment": "demo",
  "StartAt": "Validate",
  "States": {
    "Validate": {
      "Type": "Task",
      "Comment": "Checks the order",
      "Resource": "arn:aws:states:::lambda:invoke",
      "Parameters": { "id.$": "States.Format('{}', $.id)", "ctx.$": "$$.Execution.Id", "v.$": "$seen" },
      "Retry": [{ "ErrorEquals": ["States.Timeout", "Order.Invalid"], "JitterStrategy": "FULL" }],
      "Catch": [{ "ErrorEquals": ["States.ALL"], "Next": "Reject" }],
      "Next": "Done"
    },
    "Reject": { "Type": "Fail", "Error": "Order.Invalid", "Cause": "bad" },
    "Done": { "Type": "Pass", "Assign": { "seen": true }, "End": true }
  }
}`;

function at(marker: string, format: 'json' | 'yaml' = 'json', text = doc): ReturnType<typeof hover> {
  const i = text.indexOf(marker);
  assert.ok(i >= 0, `marker ${marker}`);
  const cut = i + Math.floor(marker.length / 2);
  return hover(text.slice(0, cut) + '|' + text.slice(cut), format);
}

test('key hover: field doc, range = the key', () => {
  const h = at('"Resource"')!;
  assert.equal(h.token, '"Resource"');
  assert.match(h.markdown, /\*\*Resource\*\*/);
  assert.match(h.markdown, /lambda:invoke/);
});

test('key hover on nested shapes and top level', () => {
  assert.match(at('"JitterStrategy"')!.markdown, /FULL/);
  assert.match(at('"StartAt"')!.markdown, /first state/);
  assert.match(at('"ErrorEquals": ["States.ALL"]'.slice(0, 13))!.markdown, /ErrorEquals/);
});

test('state type value hover', () => {
  const h = at('"Task"')!;
  assert.equal(h.token, '"Task"');
  assert.match(h.markdown, /\*\*Task\*\*/);
});

test('enum value hover', () => {
  assert.match(at('"FULL"')!.markdown, /`FULL`: value of \*\*JitterStrategy\*\*/);
});

test('state reference hover: summary of the target', () => {
  const h = at('"Done"')!;
  assert.equal(h.token, '"Done"');
  assert.match(h.markdown, /\*\*Done\*\* — Pass state/);
  assert.match(h.markdown, /End/);
  const v = at('"Validate",')!;
  assert.match(v.markdown, /Task state/);
  assert.match(v.markdown, /Resource: `arn:aws:states:::lambda:invoke`/);
  assert.match(v.markdown, /Next → `Done`/);
  assert.match(v.markdown, /Catch → `Reject`/);
  assert.match(v.markdown, /Checks the order/);
});

test('catch Next reference hover', () => {
  assert.match(at('"Next": "Reject"'.slice(10))!.markdown, /Fail state/);
});

test('error name hover: predefined and raised by a Fail state', () => {
  const t = at('"States.Timeout"')!;
  assert.equal(t.token, '"States.Timeout"');
  assert.match(t.markdown, /TimeoutSeconds/);
  assert.match(at('"States.ALL"')!.markdown, /States.Runtime/);
  assert.match(at('"Order.Invalid"]')!.markdown, /Raised by Fail state `Reject`/);
});

test('intrinsic function hover: the function under the cursor', () => {
  const h = at('States.Format')!;
  assert.equal(h.token, 'States.Format');
  assert.match(h.markdown, /States.Format\(template: string, \.\.\.values\)/);
});

test('context path and variable hover in JSONPath', () => {
  const c = at('$$.Execution.Id')!;
  assert.equal(c.token, '$$.Execution.Id');
  assert.match(c.markdown, /ARN of the execution/);
  assert.match(at('$seen')!.markdown, /Assigned by: `Done`/);
});

test('state name key hover shows the summary', () => {
  assert.match(at('"Reject": {'.slice(0, 8))!.markdown, /\*\*Reject\*\* — Fail state/);
});

test('no hover on punctuation, unknown keys or plain strings', () => {
  assert.equal(at('"demo"')?.markdown.includes('demo'), false);
  assert.equal(hover('{ "Foo|bar": 1 }'), null);
  assert.equal(hover('|'), null);
});

const jsonata = `{
  "QueryLanguage": "JSONata",
  "StartAt": "T",
  "States": {
    "T": {
      "Type": "Task",
      "Resource": "arn:aws:states:::lambda:invoke",
      "Arguments": { "n": "{% $uppercase($states.input.name) %}", "r": "{% $random() %}" },
      "Output": "{% $states.result.Payload %}",
      "Assign": { "total": "{% $sum($states.context.Map.Item.Index) %}" },
      "End": true
    }
  }
}`;

test('JSONata hover: functions, $states members, context fields', () => {
  const f = at('$uppercase', 'json', jsonata)!;
  assert.equal(f.token, '$uppercase');
  assert.match(f.markdown, /\$uppercase\(str\)/);
  assert.match(at('$random', 'json', jsonata)!.markdown, /Step Functions/);
  const r = at('$states.result', 'json', jsonata)!;
  assert.equal(r.token, '$states.result.Payload');
  assert.match(r.markdown, /\$states.result/);
  assert.match(at('$states.input', 'json', jsonata)!.markdown, /raw input/);
  assert.match(at('Map.Item.Index', 'json', jsonata)!.markdown, /Map.Item.Index/);
});

test('YAML hover: keys, types, references', () => {
  const yaml = `StartAt: A
States:
  A:
    Type: Wait
    Seconds: 5
    Next: B
  B:
    Type: Succeed
    Comment: the end
`;
  const k = at('Seconds', 'yaml', yaml)!;
  assert.equal(k.token, 'Seconds');
  assert.match(k.markdown, /Seconds to wait/);
  assert.match(at('Wait', 'yaml', yaml)!.markdown, /\*\*Wait\*\*/);
  const ref = at('Next: B'.slice(5) + '\n', 'yaml', yaml);
  assert.equal(ref?.token, 'B');
  assert.match(ref!.markdown, /\*\*B\*\* — Succeed state/);
  assert.match(ref!.markdown, /the end/);
});

test('a .$ key explains that its value is evaluated', () => {
  const h = at('"ctx.$"')!;
  assert.equal(h.token, '"ctx.$"');
  assert.match(h.markdown, /stored under `ctx`/);
});

test('YAML hover inside a JSONata expression and in a branch', () => {
  const yaml = `QueryLanguage: JSONata
StartAt: P
States:
  P:
    Type: Parallel
    End: true
    Branches:
      - StartAt: B1
        States:
          B1:
            Type: Pass
            Output: '{% $string($states.input) %}'
            Next: B2
          B2:
            Type: Succeed
`;
  assert.match(at('$string', 'yaml', yaml)!.markdown, /\$string\(arg, prettify\?\)/);
  const ref = at('Next: B2'.slice(6), 'yaml', yaml)!;
  assert.match(ref.markdown, /\*\*B2\*\* — Succeed state/);
  assert.match(ref.markdown, /In `P\/Branches\[0\]`/);
});
