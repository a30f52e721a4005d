// computeDiagnostics must never throw; here internal rule errors are rethrown so bugs surface.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseAsl } from '../../src/asl/parse';
import { computeDiagnostics } from '../../src/service/diagnostics';
import { diagnose } from './helper';

const HOSTILE = [
  '',
  '   ',
  'null',
  '[]',
  '"text"',
  '42',
  '{',
  '{"States": []}',
  '{"StartAt": 1, "States": {"A": 3}}',
  '{"StartAt": "A", "States": {"A": {"Type": 7, "Next": 8, "End": "x", "Retry": {}, "Catch": [1, null]}}}',
  '{"StartAt": "A", "States": {"A": {"Type": "Choice", "Choices": [1, [], {"And": 5}, {"Not": null}, {"Or": [null]}]}}}',
  '{"StartAt": "A", "States": {"A": {"Type": "Map", "ItemProcessor": 5, "Iterator": [], "ItemReader": "x"}}}',
  '{"StartAt": "A", "States": {"A": {"Type": "Parallel", "Branches": [1, {"States": 2}, {"StartAt": "B"}], "End": true}}}',
  '{"QueryLanguage": "JSONata", "StartAt": "A", "States": {"A": {"Type": "Pass", "Output": "{%%}", "Assign": {"x": "{% $ %}"}, "End": true}}}',
  '{"StartAt": "A", "States": {"A": {"Type": "Pass", "Parameters": {"a.$": "States.Format(", "b.$": "$.[", "c.$": "States.X(States.Y(States.Z(1)))"}, "End": true}}}',
  'StartAt: [\nStates: {A: }\n',
  "StartAt: A\nStates:\n  A:\n    Type: Pass\n    Output: '{% ''a'' & %}'\n    QueryLanguage: JSONata\n    End: true\n",
];

test('never throws on hostile documents (JSON and YAML)', () => {
  for (const text of HOSTILE) {
    for (const format of ['json', 'yaml'] as const) {
      const diagnostics = diagnose(text, format);
      for (const d of diagnostics) {
        assert.ok(
          d.span.start >= 0 && d.span.end >= d.span.start && d.span.end <= text.length,
          `${text} ${JSON.stringify(d)}`,
        );
        assert.ok(d.message.length > 0 && d.code.length > 0);
      }
    }
  }
});

test('never throws on deep nesting', () => {
  const depth = 2000;
  const choice = `{"StartAt": "C", "States": {"C": {"Type": "Choice", "Choices": [${'{"Not": '.repeat(depth)}{"Variable": "$.x", "IsPresent": true}${'}'.repeat(depth)}]}}}`;
  diagnose(choice);
  const arrays = `{"StartAt": "A", "States": {"A": {"Type": "Pass", "Result": ${'['.repeat(depth)}${']'.repeat(depth)}, "End": true}}}`;
  diagnose(arrays);
});

test('a rule that throws loses only its own findings', () => {
  const doc = parseAsl('{"StartAt": "A", "States": {"A": {"Type": "Pass"}}}');
  const broken = {
    scope: 'states' as const,
    codes: [],
    check: () => {
      throw new Error('bug');
    },
  };
  const fine = { scope: 'document' as const, codes: [], check: (ctx: { report: (...a: never[]) => void }) => void ctx };
  assert.deepEqual(computeDiagnostics(doc, { rules: [broken, fine as never] }), []);
  assert.ok(computeDiagnostics(doc).some((d) => d.code === 'missing-transition'));
});

test('results are sorted by position', () => {
  const text = '{"StartAt": "Z", "States": {"A": {"Type": "Pass"}, "B": {"Type": "Wait", "End": true}}}';
  const starts = diagnose(text).map((d) => d.span.start);
  assert.deepEqual(
    starts,
    [...starts].sort((a, b) => a - b),
  );
});
