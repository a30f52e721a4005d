import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDefinition } from '../../src/service/definition';
import { fixture, MACHINE, mark, textAt } from './support';

function definitionText(source: string, format: 'json' | 'yaml' = 'json'): string | null {
  const f = fixture(source, format);
  const location = findDefinition(f.doc, f.asl, f.position);
  if (location === null) return null;
  const offset = f.doc.offsetAt(location.range.start);
  const line = f.doc.positionAt(offset).line;
  return `${line}:${textAt(f.doc, location.range)}`;
}

test('definition from StartAt, Next, Default, Choices[].Next, Catch[].Next', () => {
  assert.equal(definitionText(mark(MACHINE, '"Check"', 0, 2)), '3:"Check"');
  assert.equal(definitionText(mark(MACHINE, '"Work"', 0, 2)), '8:"Work"');
  assert.equal(definitionText(mark(MACHINE, '"Done"', 0, 3)), '27:"Done"');
  assert.equal(definitionText(mark(MACHINE, '"Done"', 1, 1)), '27:"Done"');
  assert.equal(definitionText(mark(MACHINE, '"Fan"', 0, 4)), '14:"Fan"');
});

test('definition resolves inside the enclosing branch only', () => {
  assert.equal(definitionText(mark(MACHINE, '"B"', 0, 1)), '17:"B"');
  assert.equal(definitionText(mark(MACHINE, '"StartAt": "C"', 0, 13)), '18:"C"');
  assert.equal(definitionText(mark(MACHINE, '"StartAt": "Item"', 0, 13)), '24:"Item"');
});

test('definition of an undefined target or off a reference is null', () => {
  assert.equal(definitionText('{ "StartAt": "Nope|", "States": { "A": { "Type": "Succeed" } } }'), null);
  assert.equal(definitionText('{ "StartAt": "A", "States": { "A": { "Type": "Succ|eed" } } }'), null);
  assert.equal(definitionText('|'), null);
});

test('definition on the cursor right after the closing quote', () => {
  assert.equal(definitionText('{ "StartAt": "A"|, "States": { "A": { "Type": "Succeed" } } }'), '0:"A"');
});

test('definition in YAML', () => {
  const yaml = 'StartAt: First\nStates:\n  First:\n    Type: Pass\n    Next: "Sec|ond"\n  Second:\n    Type: Succeed\n';
  assert.equal(definitionText(yaml, 'yaml'), '5:Second');
});
