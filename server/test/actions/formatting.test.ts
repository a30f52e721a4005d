import { test } from 'node:test';
import assert from 'node:assert/strict';
import { format } from '../../src/service/formatting';
import { applyEdits, fixture } from '../navigation/support';

const MESSY = '{"StartAt":"B","States":{"B":{"Type":"Succeed"},"A":{"Type":"Pass","End":true}}}';

test('formats JSON keeping key order, honouring tab size', () => {
  const f = fixture(MESSY);
  const out = applyEdits(f.doc, format(f.doc, f.asl, { tabSize: 2, insertSpaces: true }));
  assert.equal(
    out,
    '{\n  "StartAt": "B",\n  "States": {\n    "B": {\n      "Type": "Succeed"\n    },\n    "A": {\n      "Type": "Pass",\n      "End": true\n    }\n  }\n}',
  );
  const tabs = applyEdits(f.doc, format(f.doc, f.asl, { tabSize: 4, insertSpaces: false }));
  assert.match(tabs, /\n\t"StartAt"/);
});

test('range formatting only touches the range', () => {
  const f = fixture('{\n"A":   1,\n"B":    2\n}');
  const out = applyEdits(
    f.doc,
    format(
      f.doc,
      f.asl,
      { tabSize: 2, insertSpaces: true },
      { start: { line: 2, character: 0 }, end: { line: 2, character: 9 } },
    ),
  );
  assert.equal(out, '{\n"A":   1,\n"B": 2\n}');
});

test('YAML is left alone; broken JSON does not throw', () => {
  const y = fixture('StartAt:   A\n', 'yaml');
  assert.deepEqual(format(y.doc, y.asl, { tabSize: 2, insertSpaces: true }), []);
  const b = fixture('{"a": [1, {');
  assert.ok(Array.isArray(format(b.doc, b.asl, { tabSize: 2, insertSpaces: true })));
});
