import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { getCodeActions } from '../../src/service/codeActions';
import { applyWorkspaceEdit, fixture, type Fixture } from '../navigation/support';
import { bandedDistance, closestName } from '../../src/service/actions/closestName';
import { parseAsl } from '../../src/asl';

function diagnostic(f: Fixture, code: string, start: number, end: number, data?: Record<string, unknown>): Diagnostic {
  return { range: { start: f.doc.positionAt(start), end: f.doc.positionAt(end) }, message: code, code, data };
}

function actions(f: Fixture, diagnostics: Diagnostic[] = [], only?: string[]): CodeAction[] {
  const range = { start: f.position, end: f.position };
  return getCodeActions(f.doc, f.asl, { range, diagnostics, only });
}

function apply(f: Fixture, list: CodeAction[], title: string): string {
  const action = list.find((a) => a.title === title);
  assert.ok(action, `no action "${title}" in ${JSON.stringify(list.map((a) => a.title))}`);
  return applyWorkspaceEdit(f.doc, action.edit);
}

const UNDEFINED = `{
  "StartAt": "First",
  "States": {
    "First": {
      "Type": "Pass",
      "Next": "Secnd|"
    },
    "Second": {
      "Type": "Succeed"
    }
  }
}`;

test('undefined state: closest name (preferred) and create the state, from the diagnostic', () => {
  const f = fixture(UNDEFINED);
  const at = f.asl.text.indexOf('"Secnd"');
  const list = actions(f, [diagnostic(f, 'undefined-state', at, at + 7, { target: 'Secnd', suggestion: 'Second' })]);
  assert.deepEqual(list.map((a) => [a.title, a.kind, a.isPreferred ?? false, a.diagnostics?.length ?? 0]).slice(0, 3), [
    ['Change to "Second"', 'quickfix', true, 1],
    ['Create Pass state "Secnd"', 'quickfix', false, 1],
    ['Create Succeed state "Secnd"', 'quickfix', false, 1],
  ]);
  assert.equal(apply(f, list, 'Change to "Second"'), UNDEFINED.replace('|', '').replace('"Secnd"', '"Second"'));
  assert.equal(
    apply(f, list, 'Create Pass state "Secnd"'),
    UNDEFINED.replace('|', '').replace(
      '"Type": "Succeed"\n    }',
      '"Type": "Succeed"\n    },\n    "Secnd": {\n      "Type": "Pass",\n      "End": true\n    }',
    ),
  );
  JSON.parse(apply(f, list, 'Create Succeed state "Secnd"'));
});

test('undefined state fixes come from the cursor too, and honour `only`', () => {
  const f = fixture(UNDEFINED);
  assert.deepEqual(
    actions(f)
      .map((a) => a.title)
      .slice(0, 2),
    ['Change to "Second"', 'Create Pass state "Secnd"'],
  );
  assert.equal(actions(f, [], ['refactor']).filter((a) => a.kind === 'quickfix').length, 0);
});

test('create state inside the branch that references it', () => {
  const src = '{"StartAt":"P","States":{"P":{"Type":"Parallel","Branches":[{"StartAt":"X|","States":{}}],"End":true}}}';
  const f = fixture(src);
  const out = apply(f, actions(f), 'Create Pass state "X"');
  assert.deepEqual(JSON.parse(out).States.P.Branches[0].States, { X: { Type: 'Pass', End: true } });
});

test('no create action when the name exists elsewhere or is too long', () => {
  const f = fixture(
    '{"StartAt":"P","States":{"P":{"Type":"Parallel","Branches":[{"StartAt":"P|","States":{}}],"End":true}}}',
  );
  assert.equal(
    actions(f).some((a) => a.title.startsWith('Create')),
    false,
  );
  const long = 'L'.repeat(81);
  const g = fixture(`{"StartAt":"${long}|","States":{}}`);
  assert.equal(
    actions(g).some((a) => a.title.startsWith('Create')),
    false,
  );
});

const MISSING = `{
  "StartAt": "A",
  "States": {
    "A": {
      "Type": "Pass"|
    },
    "B": { "Type": "Succeed" }
  }
}`;

test('missing transition: add End (preferred) or Next to the following state', () => {
  const f = fixture(MISSING);
  const at = f.asl.text.indexOf('"A"');
  const list = actions(f, [diagnostic(f, 'missing-transition', at, at + 3, { state: 'A' })]);
  assert.equal(
    apply(f, list, 'Add "End": true'),
    MISSING.replace('|', '').replace('"Type": "Pass"', '"Type": "Pass",\n      "End": true'),
  );
  assert.equal(
    apply(f, list, 'Add "Next": "B"'),
    MISSING.replace('|', '').replace('"Type": "Pass"', '"Type": "Pass",\n      "Next": "B"'),
  );
  assert.equal(list.find((a) => a.title === 'Add "End": true')?.isPreferred, true);
});

test('missing transition on a one-line state stays on one line; terminal types get nothing', () => {
  const f = fixture('{"StartAt":"A","States":{"A":{"Type":"Task"|,"Resource":"x"},"B":{"Type":"Fail"}}}');
  assert.equal(
    apply(f, actions(f), 'Add "End": true'),
    '{"StartAt":"A","States":{"A":{"Type":"Task","Resource":"x", "End": true},"B":{"Type":"Fail"}}}',
  );
  const g = fixture('{"StartAt":"A","States":{"A":{"Type":"Choice"|}}}');
  assert.equal(actions(g).length, 0);
});

const UNREACHABLE = `{
  "StartAt": "A",
  "States": {
    "A": { "Type": "Succeed" },
    "Lost": {
      "Type": "Pass",
      "End": true
    },
    "Last": { "Type": "Succeed" }
  }
}`;

test('unreachable state: remove the whole property with its comma', () => {
  const f = fixture(UNREACHABLE);
  for (const [name, expected] of [
    [
      'Lost',
      '{\n  "StartAt": "A",\n  "States": {\n    "A": { "Type": "Succeed" },\n    "Last": { "Type": "Succeed" }\n  }\n}',
    ],
    [
      'Last',
      '{\n  "StartAt": "A",\n  "States": {\n    "A": { "Type": "Succeed" },\n    "Lost": {\n      "Type": "Pass",\n      "End": true\n    }\n  }\n}',
    ],
    [
      'A',
      '{\n  "StartAt": "A",\n  "States": {\n    "Lost": {\n      "Type": "Pass",\n      "End": true\n    },\n    "Last": { "Type": "Succeed" }\n  }\n}',
    ],
  ] as const) {
    const at = f.asl.text.indexOf(`"${name}": {`);
    const list = actions(f, [diagnostic(f, 'unreachable-state', at, at + name.length + 2, { state: name })]);
    assert.equal(apply(f, list, `Remove unreachable state "${name}"`), expected);
  }
});

const YAML = `StartAt: First
States:
  First:
    Type: Pass
    Next: Secnd|
  Lost:
    Type: Pass
  Second:
    Type: Succeed
`;

test('YAML: closest name, create state, add End, remove state', () => {
  const f = fixture(YAML, 'yaml');
  const text = f.asl.text;
  assert.equal(apply(f, actions(f), 'Change to "Second"'), text.replace('Next: Secnd', 'Next: Second'));
  assert.equal(apply(f, actions(f), 'Create Pass state "Secnd"'), text + '  Secnd:\n    Type: Pass\n    End: true\n');
  const lost = text.indexOf('Lost');
  const missing = actions(f, [diagnostic(f, 'missing-transition', lost, lost + 4, { state: 'Lost' })]);
  assert.equal(
    apply(f, missing, 'Add "End": true'),
    text.replace('  Lost:\n    Type: Pass\n', '  Lost:\n    Type: Pass\n    End: true\n'),
  );
  const unreachable = actions(f, [diagnostic(f, 'unreachable-state', lost, lost + 4, { state: 'Lost' })]);
  assert.equal(apply(f, unreachable, 'Remove unreachable state "Lost"'), text.replace('  Lost:\n    Type: Pass\n', ''));
});

test('YAML flow mappings: create a state, add End, remove a state, each keeping valid flow syntax', () => {
  const text = 'StartAt: A\nStates: { A: { Type: Pass, Next: Bee }, Lost: { Type: Pass }, Z: { Type: Succeed } }\n';
  const f = fixture(text.replace('Next: Bee', 'Next: Bee|'), 'yaml');
  const bee = text.indexOf('Bee');
  const created = apply(
    f,
    actions(f, [diagnostic(f, 'undefined-state', bee, bee + 3, { target: 'Bee' })]),
    'Create Pass state "Bee"',
  );
  assert.equal(created, text.replace('Z: { Type: Succeed }', 'Z: { Type: Succeed }, Bee: { Type: Pass, End: true }'));
  const lost = text.indexOf('Lost');
  const missing = actions(f, [diagnostic(f, 'missing-transition', lost, lost + 4, { state: 'Lost' })]);
  assert.equal(
    apply(f, missing, 'Add "End": true'),
    text.replace('Lost: { Type: Pass }', 'Lost: { Type: Pass, End: true }'),
  );
  const unreachable = actions(f, [diagnostic(f, 'unreachable-state', lost, lost + 4, { state: 'Lost' })]);
  assert.equal(apply(f, unreachable, 'Remove unreachable state "Lost"'), text.replace('Lost: { Type: Pass }, ', ''));
  for (const result of [
    created,
    apply(f, missing, 'Add "End": true'),
    apply(f, unreachable, 'Remove unreachable state "Lost"'),
  ]) {
    assert.deepEqual(parseAsl(result, 'yaml').syntaxErrors, [], result);
  }
});

test('YAML flow mappings: removing the last entry takes the comma before it', () => {
  const text = 'StartAt: A\nStates: { A: { Type: Succeed }, Lost: { Type: Pass } }\n';
  const f = fixture(text.replace('Lost:', 'Lost|:'), 'yaml');
  const lost = text.indexOf('Lost');
  const unreachable = actions(f, [diagnostic(f, 'unreachable-state', lost, lost + 4, { state: 'Lost' })]);
  assert.equal(
    apply(f, unreachable, 'Remove unreachable state "Lost"'),
    'StartAt: A\nStates: { A: { Type: Succeed } }\n',
  );
});

test('closest name: banded edit distance, case-only first, nothing for far or huge names', () => {
  assert.equal(closestName('Secnd', ['First', 'Second']), 'Second');
  assert.equal(closestName('second', ['Secnd', 'Second']), 'Second');
  assert.equal(closestName('Zzzzzz', ['First', 'Second']), undefined);
  assert.equal(closestName('x'.repeat(300), ['x'.repeat(301)]), undefined);
  assert.equal(bandedDistance('kitten', 'sitting', 5), 3);
  assert.equal(bandedDistance('kitten', 'sitting', 2), 3);
  assert.equal(bandedDistance('abc', 'abc', 0), 0);
});
