import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doRename, prepareRename } from '../../src/service/rename';
import { applyWorkspaceEdit, fixture, MACHINE, mark, textAt } from './support';

function rename(source: string, newName: string, format: 'json' | 'yaml' = 'json'): string | { error: string } | null {
  const f = fixture(source, format);
  const result = doRename(f.doc, f.asl, f.position, newName);
  if (result === null) return null;
  if ('error' in result) return { error: result.error };
  return applyWorkspaceEdit(f.doc, result.edit);
}

test('rename a state from its key updates every reference in its machine', () => {
  const out = rename(mark(MACHINE, '"Done": {', 0, 2), 'Finished');
  assert.equal(typeof out, 'string');
  const text = out as string;
  assert.equal(text.match(/"Finished"/g)?.length, 4);
  assert.equal(text.includes('"Done"'), false);
});

test('rename from a reference, with characters that need escaping', () => {
  const text = rename(mark(MACHINE, '"Next": "Work"', 0, 10), 'Do "it"') as string;
  assert.equal(text.match(/"Do \\"it\\""/g)?.length, 2);
  assert.equal(JSON.parse(text).States['Do "it"'].Type, 'Task');
});

test('rename refuses colliding, empty and too long names', () => {
  const src = mark(MACHINE, '"Done": {', 0, 2);
  assert.deepEqual(rename(src, 'Work'), { error: 'A state named "Work" already exists.' });
  assert.deepEqual(
    rename(src, 'A'),
    { error: 'A state named "A" already exists.' },
    'names are unique across branches too',
  );
  assert.match((rename(src, ' ') as { error: string }).error, /empty/);
  assert.match((rename(src, 'x'.repeat(81)) as { error: string }).error, /80/);
  assert.equal(typeof rename(src, 'x'.repeat(80)), 'string');
});

test('rename to the same name is a no-op and off a state name is null', () => {
  assert.equal(rename(mark(MACHINE, '"Done": {', 0, 2), 'Done'), MACHINE);
  assert.equal(rename(mark(MACHINE, '"Type"', 0, 2), 'X'), null);
});

test('prepareRename gives the name without quotes', () => {
  const f = fixture(mark(MACHINE, '"Default": "Done"', 0, 13));
  const prepared = prepareRename(f.doc, f.asl, f.position);
  assert.ok(prepared);
  assert.equal(textAt(f.doc, prepared.range), 'Done');
  assert.equal(prepared.placeholder, 'Done');
  const off = fixture(mark(MACHINE, '"Type"', 0, 2));
  assert.equal(prepareRename(off.doc, off.asl, off.position), null);
});

test('rename in YAML keeps plain scalars plain and quotes when needed', () => {
  const yaml =
    'StartAt: First\nStates:\n  Fir|st:\n    Type: Pass\n    Next: Second\n  Second:\n    Type: Pass\n    Next: "First"\n';
  assert.equal(
    rename(yaml, 'Begin', 'yaml'),
    'StartAt: Begin\nStates:\n  Begin:\n    Type: Pass\n    Next: Second\n  Second:\n    Type: Pass\n    Next: "Begin"\n',
  );
  assert.equal(
    rename(yaml, 'a: b', 'yaml'),
    'StartAt: "a: b"\nStates:\n  "a: b":\n    Type: Pass\n    Next: Second\n  Second:\n    Type: Pass\n    Next: "a: b"\n',
  );
});
