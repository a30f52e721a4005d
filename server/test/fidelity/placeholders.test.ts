// SAM / CloudFormation / CDK `${Name}` placeholders: never a type error, explained on hover, and
// substituted (in the text, as CloudFormation does) by `asl validate --substitute/--substitutions`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { parseAsl } from '../../src/asl/parse';
import { placeholderName, substituteText } from '../../src/asl/placeholders';
import { doHover } from '../../src/service/hover';
import { runCli } from '../../src/cli/main';
import { fakeIo } from '../cli/fakeIo';
import { check, diagnose } from '../diagnostics/helper';
import { fixture } from '../navigation/support';

const JSON_TEXT = `{
  "StartAt": "Call",
  "TimeoutSeconds": "\${ExecTimeout}",
  "States": {
    "Call": {
      "Type": "Task",
      "Resource": "\${ProcessFunctionArn}",
      "TimeoutSeconds": "\${TaskTimeout}",
      "Retry": [{ "ErrorEquals": ["States.ALL"], "MaxAttempts": "\${Attempts}", "BackoffRate": "\${Rate}" }],
      "Parameters": { "TableName": "\${Prefix}-orders", "Payload.$": "$" },
      "Next": "Wait"
    },
    "Wait": { "Type": "Wait", "Seconds": "\${WaitSeconds}", "Next": "Each" },
    "Each": {
      "Type": "Map",
      "MaxConcurrency": "\${Concurrency}",
      "ItemProcessor": {
        "ProcessorConfig": { "Mode": "\${MapMode}" },
        "StartAt": "P",
        "States": { "P": { "Type": "Pass", "InputPath": "\${ItemPath}", "End": true } }
      },
      "Next": "Done"
    },
    "Done": { "Type": "Succeed" }
  }
}`;

const YAML_TEXT = `StartAt: Call
States:
  Call:
    Type: Task
    Resource: \${ProcessFunctionArn}
    TimeoutSeconds: \${TaskTimeout}
    HeartbeatSeconds: '\${Heartbeat}'
    Next: Done
  Done:
    Type: Succeed
`;

test('whole-value placeholders where numbers, enums, ARNs and paths are expected: no finding', () => {
  check(JSON_TEXT, []);
  check(YAML_TEXT, [], 'yaml');
});

test('only a whole value is a placeholder', () => {
  const doc = parseAsl('{"a": "${X}", "b": "x${X}", "c": "${X", "d": "${}"}', 'json');
  const values = doc.root?.kind === 'object' ? doc.root.properties.map((p) => placeholderName(p.value)) : [];
  assert.deepEqual(values, ['X', undefined, undefined, undefined]);
});

test('a placeholder in a number field that is not one still gets the type error', () => {
  const text = JSON_TEXT.replace('"${TaskTimeout}"', '"soon"');
  assert.deepEqual(
    diagnose(text).map((d) => d.code),
    ['invalid-type'],
  );
});

test('hover on a placeholder says what it is', () => {
  const f = fixture(YAML_TEXT, 'yaml');
  const offset = YAML_TEXT.indexOf('${TaskTimeout}') + 3;
  const hover = doHover(f.doc, f.asl, f.doc.positionAt(offset));
  const text =
    hover?.contents && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
  assert.match(text, /deployment placeholder/);
  assert.match(text, /--substitute TaskTimeout=value/);
});

test('substituteText: typed whole values, escaped string content, offsets mapped back', () => {
  const doc = parseAsl(JSON_TEXT, 'json');
  const values = new Map([
    ['TaskTimeout', '30'],
    ['Prefix', 'a"b'],
    ['MapMode', 'INLINE'],
  ]);
  const out = substituteText(doc, values);
  assert.match(out.text, /"TimeoutSeconds": 30,/);
  assert.match(out.text, /"TableName": "a\\"b-orders"/);
  assert.match(out.text, /"Mode": "INLINE"/);
  assert.ok(out.missing.indexOf('ExecTimeout') < out.missing.indexOf('ItemPath'), 'missing in text order');
  const at = out.text.indexOf('"Mode": "INLINE"') + 9;
  assert.equal(out.toOriginal(at), JSON_TEXT.indexOf('"Mode": "${MapMode}"') + 9);
  const after = out.text.indexOf('"Done": {');
  assert.equal(JSON_TEXT.slice(out.toOriginal(after), out.toOriginal(after) + 9), '"Done": {');
});

test('asl validate --substitute checks what AWS will receive, located in the file as written', async () => {
  const io = fakeIo({ 'sam.asl.json': JSON_TEXT, 'subs.json': JSON.stringify({ TaskTimeout: 'abc', Attempts: 3 }) });
  const code = await runCli(
    ['validate', 'sam.asl.json', '--substitutions', 'subs.json', '--substitute', 'MapMode=FOO'],
    io,
  );
  assert.equal(code, 1);
  const lines = io.stdoutText().trim().split('\n');
  assert.deepEqual(
    lines.map((l) => l.split(' ').slice(0, 3).join(' ')),
    ['sam.asl.json:8:25: error invalid-type', 'sam.asl.json:18:38: error invalid-enum'],
  );
  assert.match(io.stderrText(), /no substitution for \$\{ExecTimeout\}/);
});

test('asl validate: good substitutions pass; bad ones are usage errors', async () => {
  const io = fakeIo({ 'sam.asl.json': JSON_TEXT });
  assert.equal(await runCli(['validate', 'sam.asl.json', '--substitute', 'TaskTimeout=30'], io), 0, io.stdoutText());
  const bad = fakeIo({ 'sam.asl.json': JSON_TEXT, 'arr.json': '[1]' });
  assert.equal(await runCli(['validate', 'sam.asl.json', '--substitute', 'oops'], bad), 2);
  assert.match(bad.stderrText(), /'oops' is not Name=value/);
  assert.equal(await runCli(['validate', 'sam.asl.json', '--substitutions', 'arr.json'], bad), 2);
  assert.equal(await runCli(['validate', 'sam.asl.json', '--substitutions', 'none.json'], bad), 2);
});

test('asl run --substitute runs the substituted definition; a bad value is refused at its placeholder', async () => {
  const text = JSON.stringify(
    {
      StartAt: 'W',
      States: {
        W: { Type: 'Wait', Seconds: '${Delay}', Next: 'P' },
        P: { Type: 'Pass', Result: { table: '${Prefix}-orders' }, End: true },
      },
    },
    null,
    2,
  );
  const io = fakeIo({ [join(process.cwd(), 'sub.asl.json')]: text });
  const code = await runCli(
    ['run', 'sub.asl.json', '--substitute', 'Delay=5', '--substitute', 'Prefix=prod', '--json'],
    io,
  );
  assert.equal(code, 0, io.stderrText());
  assert.deepEqual(JSON.parse(io.stdoutText()), { status: 'SUCCEEDED', output: { table: 'prod-orders' } });
  const bad = fakeIo({ [join(process.cwd(), 'sub.asl.json')]: text });
  assert.equal(await runCli(['run', 'sub.asl.json', '--substitute', 'Delay=soon', '--substitute', 'Prefix=p'], bad), 2);
  assert.match(bad.stderrText(), /sub\.asl\.json:6:18: error invalid-type "Seconds"/);
});
