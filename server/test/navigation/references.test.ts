import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findReferences } from '../../src/service/references';
import { findDocumentHighlights } from '../../src/service/highlights';
import { fixture, MACHINE, mark, textAt } from './support';

function references(source: string, includeDeclaration: boolean, format: 'json' | 'yaml' = 'json'): string[] {
  const f = fixture(source, format);
  return findReferences(f.doc, f.asl, f.position, includeDeclaration).map(
    (l) => `${l.range.start.line}:${textAt(f.doc, l.range)}`,
  );
}

test('references of a state: Default, Catch and Next transitions, declaration on request', () => {
  const src = mark(MACHINE, '"Done": {', 0, 2);
  assert.deepEqual(references(src, false), ['6:"Done"', '11:"Done"', '25:"Done"']);
  assert.deepEqual(references(src, true), ['27:"Done"', '6:"Done"', '11:"Done"', '25:"Done"']);
});

test('references from a reference, and StartAt counts', () => {
  assert.deepEqual(references(mark(MACHINE, '"Next": "Work"', 0, 10), true), ['8:"Work"', '5:"Work"']);
  assert.deepEqual(references(mark(MACHINE, '"Check": {', 0, 2), false), ['1:"Check"']);
});

test('references stay inside their machine', () => {
  const src =
    '{ "StartAt": "A", "States": { "A": { "Type": "Parallel", "Branches": [ { "StartAt": "X", "States": { "X": { "Type": "Succeed" } } } ], "Next": "B" }, "B": { "Type": "Succeed" } } }';
  assert.deepEqual(references(mark(src, '"StartAt": "X"', 0, 13), true).length, 2);
  assert.deepEqual(references(mark(src, '"A": {', 0, 1), true).length, 2);
});

test('no references off a state name', () => {
  assert.deepEqual(references(mark(MACHINE, '"Type"', 0, 2), true), []);
});

test('references in YAML', () => {
  const yaml =
    'StartAt: First\nStates:\n  Fir|st:\n    Type: Pass\n    Next: Second\n  Second:\n    Type: Pass\n    Next: First\n';
  assert.deepEqual(references(yaml, true, 'yaml'), ['2:First', '0:First', '7:First']);
});

test('document highlights: declaration is Write, references are Read', () => {
  const f = fixture(mark(MACHINE, '"Default": "Done"', 0, 13));
  const highlights = findDocumentHighlights(f.doc, f.asl, f.position);
  assert.deepEqual(
    highlights.map((h) => [h.range.start.line, h.kind]),
    [
      [27, 3],
      [6, 2],
      [11, 2],
      [25, 2],
    ],
  );
  const none = fixture(mark(MACHINE, '"Resource"', 0, 2));
  assert.deepEqual(findDocumentHighlights(none.doc, none.asl, none.position), []);
});
