/*
 * Quick fixes from the REAL diagnostics (computeDiagnostics -> LSP Diagnostic -> code actions), so
 * that a change in a rule's range, code or data shows up here. JSON and YAML.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeDiagnostics } from '../../src/service/diagnostics';
import { getCodeActions } from '../../src/service/codeActions';
import { toDiagnostic } from '../../src/lsp/convert';
import { applyWorkspaceEdit, fixture } from '../navigation/support';
import { parseAsl } from '../../src/asl/parse';

const JSON_TEXT = `{
  "StartAt": "First",
  "States": {
    "First": { "Type": "Pass", "Next": "Secnd" },
    "Second": { "Type": "Pass" },
    "Orphan": { "Type": "Succeed" }
  }
}`;

const YAML_TEXT = `StartAt: First
States:
  First:
    Type: Pass
    Next: Secnd
  Second:
    Type: Pass
  Orphan:
    Type: Succeed
`;

function fixesFor(text: string, format: 'json' | 'yaml'): Map<string, string> {
  const f = fixture(text, format);
  const out = new Map<string, string>();
  for (const d of computeDiagnostics(f.asl, { throwOnRuleError: true }).map((x) => toDiagnostic(f.doc, x))) {
    for (const action of getCodeActions(f.doc, f.asl, { range: d.range, diagnostics: [d] })) {
      if (action.diagnostics?.length)
        out.set(`${String(d.code)}: ${action.title}`, applyWorkspaceEdit(f.doc, action.edit));
    }
  }
  return out;
}

for (const [format, text] of [
  ['json', JSON_TEXT],
  ['yaml', YAML_TEXT],
] as const) {
  test(`quick fixes for undefined, unreachable and missing-transition diagnostics (${format})`, () => {
    const fixes = fixesFor(text, format);
    const titles = [...fixes.keys()];
    for (const expected of [
      'undefined-state: Change to "Second"',
      'undefined-state: Create Pass state "Secnd"',
      'unreachable-state: Remove unreachable state "Orphan"',
      'missing-transition: Add "End": true',
    ]) {
      assert.ok(titles.includes(expected), `${expected} not in ${JSON.stringify(titles)}`);
    }
    const fixed = parseAsl(fixes.get('undefined-state: Change to "Second"') as string, format);
    assert.equal(
      computeDiagnostics(fixed, { throwOnRuleError: true }).some((d) => d.code === 'undefined-state'),
      false,
    );
    const ended = parseAsl(fixes.get('missing-transition: Add "End": true') as string, format);
    assert.equal(
      computeDiagnostics(ended, { throwOnRuleError: true }).some((d) => d.code === 'missing-transition'),
      false,
    );
    const removed = parseAsl(fixes.get('unreachable-state: Remove unreachable state "Orphan"') as string, format);
    assert.equal(
      removed.allStates.some((s) => s.name === 'Orphan'),
      false,
    );
    assert.equal(removed.syntaxErrors.length, 0);
  });
}

// One "did you mean" (asl/similarity.ts): the quick fix offers a name exactly when the diagnostic
// suggested it. A 15-character name five edits away was offered by the fix but not the message.
test('undefined-state: the quick fix suggests exactly what the diagnostic suggests', () => {
  for (const [target, name] of [
    ['ProcessPaXXXXXs', 'ProcessPayments'],
    ['ProcessPaymentX', 'ProcessPayments'],
    ['Secnd', 'Second'],
    ['Zzzzzz', 'Second'],
  ]) {
    const text = JSON.stringify({
      StartAt: 'A',
      States: { A: { Type: 'Pass', Next: target }, [name]: { Type: 'Succeed' } },
    });
    const fixes = [...fixesFor(text, 'json').keys()];
    const message = computeDiagnostics(parseAsl(text, 'json')).find((d) => d.code === 'undefined-state')?.message ?? '';
    const suggested = message.includes('Did you mean');
    assert.equal(fixes.includes(`undefined-state: Change to "${name}"`), suggested, `${target}: ${message} / ${fixes}`);
  }
});
