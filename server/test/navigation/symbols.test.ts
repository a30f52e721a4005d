import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import { findDocumentSymbols } from '../../src/service/documentSymbols';
import { getFoldingRanges } from '../../src/service/folding';
import { fixture, MACHINE } from './support';

function outline(symbols: readonly DocumentSymbol[] | undefined): unknown[] {
  return (symbols ?? []).map((s) =>
    s.children ? [s.name, s.detail ?? '', outline(s.children)] : `${s.name}:${s.detail}`,
  );
}

test('document symbols nest branch and processor states', () => {
  const f = fixture(MACHINE);
  const symbols = findDocumentSymbols(f.doc, f.asl);
  assert.deepEqual(outline(symbols), [
    'Check:Choice',
    'Work:Task',
    [
      'Fan',
      'Parallel',
      [
        ['Branch 1', '', ['A:Pass', 'B:Succeed']],
        ['Branch 2', '', ['C:Pass']],
      ],
    ],
    ['Each', 'Map', [['ItemProcessor', '', ['Item:Pass']]]],
    'Done:Succeed',
  ]);
  assert.equal(symbols[1].kind, SymbolKind.Function);
  assert.equal(symbols[0].kind, SymbolKind.Enum);
  assert.deepEqual(symbols[1].selectionRange, { start: { line: 8, character: 4 }, end: { line: 8, character: 10 } });
  assert.equal(symbols[1].range.end.line, 13);
});

test('document symbols in YAML and for broken documents', () => {
  const yaml = fixture('StartAt: A\nStates:\n  A:\n    Type: Pass\n    End: true\n', 'yaml');
  assert.deepEqual(outline(findDocumentSymbols(yaml.doc, yaml.asl)), ['A:Pass']);
  const broken = fixture('{ "States": { "A": 1, "B": { "Type": 3 } ');
  assert.deepEqual(outline(findDocumentSymbols(broken.doc, broken.asl)), ['A:', 'B:']);
  const empty = fixture('');
  assert.deepEqual(findDocumentSymbols(empty.doc, empty.asl), []);
});

test('folding ranges for multi-line objects and arrays, closing line visible in JSON', () => {
  const f = fixture(
    '{\n  "StartAt": "A",\n  "States": {\n    "A": { "Type": "Pass", "End": true }\n  },\n  "X": [\n    1\n  ]\n}',
  );
  assert.deepEqual(
    getFoldingRanges(f.doc, f.asl).map((r) => [r.startLine, r.endLine]),
    [
      [0, 7],
      [2, 3],
      [5, 6],
    ],
  );
});

test('folding ranges in YAML and with a range limit', () => {
  const f = fixture('StartAt: A\nStates:\n  A:\n    Type: Pass\n    End: true\n', 'yaml');
  assert.deepEqual(
    getFoldingRanges(f.doc, f.asl).map((r) => [r.startLine, r.endLine]),
    [
      [0, 4],
      [2, 4],
      [3, 4],
    ],
  );
  assert.equal(getFoldingRanges(f.doc, f.asl, 1).length, 1);
});

test('folding survives 5000 nested arrays', () => {
  const depth = 5000;
  const f = fixture('['.repeat(depth) + '\n' + ']'.repeat(depth));
  assert.ok(Array.isArray(getFoldingRanges(f.doc, f.asl)));
});
