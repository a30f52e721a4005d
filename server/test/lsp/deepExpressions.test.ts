// Expressions nested far deeper than anyone writes (issue 12) keep every language feature working:
// 30,000 nested intrinsic calls keep AWS's "at most 10 levels" error, a 50,000-deep JSONPath
// filter gets a located warning (ASL Studio does not evaluate it), and code actions ("Convert to
// JSONata" walks expression trees) run on the document without an exception.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from '../../src/service/languageService';
import { toDiagnostic } from '../../src/lsp/convert';

const service = getLanguageService();

const deepIntrinsic = 'States.Array('.repeat(30_000) + '1' + ')'.repeat(30_000);
const deepFilter = `$.a[?(${'('.repeat(50_000)}@.x${')'.repeat(50_000)})]`;
const deepNot = `$.a[?(${'!'.repeat(50_000)}@.x)]`;
const TEXT = JSON.stringify(
  {
    StartAt: 'A',
    States: {
      A: { Type: 'Pass', Parameters: { 'v.$': deepIntrinsic }, Next: 'B' },
      B: { Type: 'Pass', Parameters: { 'v.$': deepFilter, 'w.$': deepNot }, End: true },
    },
  },
  null,
  2,
);

test('deeply nested expressions: located diagnostics, and every code action on the document', () => {
  const doc = TextDocument.create('file:///deep.asl.json', 'asl', 1, TEXT);
  const asl = service.parse(doc);
  const diagnostics = service.doValidation(asl).map((d) => toDiagnostic(doc, d));
  const intrinsic = diagnostics.filter((d) => d.code === 'invalid-intrinsic');
  assert.equal(intrinsic.length, 1);
  assert.match(intrinsic[0].message, /at most 10 levels/);
  assert.equal(intrinsic[0].severity, 1, 'an error: AWS rejects it');
  const filters = diagnostics.filter((d) => d.code === 'invalid-jsonpath');
  assert.equal(filters.length, 2);
  for (const d of filters) {
    assert.match(d.message, /Nested more than 100 levels/);
    assert.equal(d.severity, 2, 'a warning: AWS may accept it');
  }
  const whole = { start: { line: 0, character: 0 }, end: doc.positionAt(TEXT.length) };
  const actions = service.getCodeActions(doc, asl, { range: whole, diagnostics });
  assert.ok(Array.isArray(actions));
  for (const line of [4, 8])
    service.getCodeActions(doc, asl, {
      range: { start: { line, character: 10 }, end: { line, character: 10 } },
      diagnostics,
    });
});
