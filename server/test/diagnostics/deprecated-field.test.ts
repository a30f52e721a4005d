import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectNone, expectOne, machine } from './helper';

const inner = { StartAt: 'I', States: { I: { Type: 'Pass', End: true } } };

test('deprecated-field: Iterator and Map Parameters (information, tagged deprecated)', () => {
  const d = expectOne(machine({ M: { Type: 'Map', Iterator: inner, End: true } }), 'deprecated-field', '"Iterator"');
  assert.equal(d.severity, 'information');
  assert.deepEqual(d.tags, ['deprecated']);
  assert.equal(d.data?.replacement, 'ItemProcessor');
  expectOne(
    machine({ M: { Type: 'Map', ItemProcessor: inner, Parameters: { 'x.$': '$' }, End: true } }),
    'deprecated-field',
    '"Parameters"',
  );
});

test('deprecated-field: ItemProcessor/ItemSelector, and Parameters on Task, are not deprecated', () => {
  expectNone(
    machine({
      M: { Type: 'Map', ItemProcessor: inner, ItemSelector: { 'x.$': '$$.Map.Item.Value' }, Next: 'T' },
      T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: {}, End: true },
    }),
    'deprecated-field',
  );
});
