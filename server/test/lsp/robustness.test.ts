/*
 * Never crash: random and mutated documents (truncated, shuffled, wrong types, deep nesting, huge
 * strings; JSON and YAML) go through EVERY language service feature at random positions. No
 * exception, well-formed results; edits apply cleanly. (Bounded time: the run simply completes.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { stringify as toYaml } from 'yaml';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { getLanguageService } from '../../src/service/languageService';
import { toDiagnostic } from '../../src/lsp/convert';
import { MACHINE } from '../navigation/support';

const service = getLanguageService();

function assertRange(doc: TextDocument, range: Range, what: string): void {
  for (const p of [range.start, range.end]) {
    assert.ok(
      Number.isInteger(p.line) && p.line >= 0 && p.line < doc.lineCount + 1,
      `${what}: bad line ${JSON.stringify(range)}`,
    );
    assert.ok(Number.isInteger(p.character) && p.character >= 0, `${what}: bad character ${JSON.stringify(range)}`);
  }
  assert.ok(doc.offsetAt(range.start) <= doc.offsetAt(range.end), `${what}: inverted ${JSON.stringify(range)}`);
}

function assertEdits(doc: TextDocument, edits: readonly TextEdit[] | undefined, what: string): void {
  for (const e of edits ?? []) {
    assertRange(doc, e.range, what);
    assert.equal(typeof e.newText, 'string');
  }
  TextDocument.applyEdits(doc, [...(edits ?? [])]);
}

function assertWorkspaceEdit(doc: TextDocument, edit: WorkspaceEdit | undefined, what: string): void {
  assertEdits(doc, edit?.changes?.[doc.uri], what);
}

/** Runs every feature at `offsets`; throws on an exception or a malformed result. */
export function exercise(text: string, yaml: boolean, offsets: readonly number[]): void {
  const doc = TextDocument.create(
    yaml ? 'file:///r.asl.yaml' : 'file:///r.asl.json',
    yaml ? 'asl-yaml' : 'asl',
    1,
    text,
  );
  const asl = service.parse(doc);
  const diagnostics = service.doValidation(asl, { throwOnRuleError: true }).map((d) => toDiagnostic(doc, d));
  diagnostics.forEach((d) => assertRange(doc, d.range, 'diagnostic'));
  service.findDocumentSymbols(doc, asl).forEach((s) => assertRange(doc, s.range, 'symbol'));
  service.getFoldingRanges(doc, asl).forEach((r) => assert.ok(r.startLine < r.endLine + 1));
  assertEdits(doc, service.format(doc, asl, { tabSize: 2, insertSpaces: true }), 'format');
  const graph = service.stateGraph(doc, asl);
  graph.edges.forEach((e) => assertRange(doc, e.range, 'graph edge'));
  for (const offset of offsets) exerciseAt(doc, asl, doc.positionAt(offset), diagnostics);
}

function exerciseAt(
  doc: TextDocument,
  asl: ReturnType<typeof service.parse>,
  position: { line: number; character: number },
  diagnostics: ReturnType<typeof toDiagnostic>[],
): void {
  const list = service.doComplete(doc, asl, position);
  assert.ok(Array.isArray(list.items));
  for (const item of list.items) {
    assert.equal(typeof item.label, 'string');
    if (item.textEdit !== undefined && 'range' in item.textEdit)
      assertRange(doc, item.textEdit.range, 'completion edit');
  }
  const hover = service.doHover(doc, asl, position);
  if (hover !== null && hover.range !== undefined) assertRange(doc, hover.range, 'hover');
  const definition = service.findDefinition(doc, asl, position);
  if (definition !== null) assertRange(doc, definition.range, 'definition');
  service.findReferences(doc, asl, position, true).forEach((l) => assertRange(doc, l.range, 'reference'));
  service.findDocumentHighlights(doc, asl, position).forEach((h) => assertRange(doc, h.range, 'highlight'));
  const prepared = service.prepareRename(doc, asl, position);
  if (prepared !== null) assertRange(doc, prepared.range, 'prepareRename');
  const renamed = service.doRename(doc, asl, position, 'Renamed "x"');
  if (renamed !== null && 'edit' in renamed) assertWorkspaceEdit(doc, renamed.edit, 'rename');
  const range = { start: position, end: position };
  for (const action of service.getCodeActions(doc, asl, { range, diagnostics }))
    assertWorkspaceEdit(doc, action.edit, action.title);
  assertEdits(
    doc,
    service.format(doc, asl, { tabSize: 4, insertSpaces: false }, { start: { line: 0, character: 0 }, end: position }),
    'range format',
  );
}

const BASE_VALUE = JSON.parse(MACHINE) as unknown;
const BASE_YAML = toYaml(BASE_VALUE);

/** A document and whether it is YAML. */
const documents: fc.Arbitrary<[string, boolean]> = fc.oneof(
  fc.jsonValue().map((v) => [JSON.stringify(v, null, 2) ?? '', false] as [string, boolean]),
  fc.jsonValue().map((v) => [toYaml(v), true] as [string, boolean]),
  fc.nat(MACHINE.length).map((n) => [MACHINE.slice(0, n), false] as [string, boolean]),
  fc.nat(BASE_YAML.length).map((n) => [BASE_YAML.slice(0, n), true] as [string, boolean]),
  fc
    .tuple(fc.boolean(), fc.array(fc.nat(), { minLength: 2, maxLength: 40 }))
    .map(([yaml, order]) => [shuffleLines(yaml ? BASE_YAML : MACHINE, order), yaml] as [string, boolean]),
  fc
    .tuple(fc.nat(MACHINE.length), fc.string({ maxLength: 8 }))
    .map(([at, s]) => [MACHINE.slice(0, at) + s + MACHINE.slice(at), false] as [string, boolean]),
  fc.tuple(fc.boolean(), fc.jsonValue()).map(([yaml, v]) => {
    const value = replaceTypes(BASE_VALUE, v);
    return [yaml ? toYaml(value) : JSON.stringify(value), yaml] as [string, boolean];
  }),
  fc.string({ maxLength: 200 }).map((s) => [s, false] as [string, boolean]),
  fc.string({ maxLength: 200 }).map((s) => [s, true] as [string, boolean]),
);

function shuffleLines(text: string, order: number[]): string {
  const lines = text.split('\n');
  return order.map((i) => lines[i % lines.length]).join('\n');
}

/** The machine with every `Type`, `Next` and `States` replaced by `v` in turn (wrong types). */
function replaceTypes(value: unknown, v: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(value)) as {
    States: Record<string, Record<string, unknown>>;
    StartAt: unknown;
  };
  for (const state of Object.values(copy.States)) {
    state.Next = v;
    state.Choices = v;
  }
  copy.StartAt = v;
  return copy;
}

test('every feature survives random and mutated documents at random positions', () => {
  fc.assert(
    fc.property(documents, fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), ([text, yaml], raw) => {
      exercise(
        text,
        yaml,
        raw.map((n) => (text.length === 0 ? 0 : n % (text.length + 1))),
      );
    }),
    { numRuns: 300 },
  );
});

test('every feature survives 2000 nested arrays and objects (JSON and YAML)', () => {
  const arrays = '['.repeat(2000) + ']'.repeat(2000);
  exercise(arrays, false, [0, 1000, 4000]);
  exercise(arrays, true, [0, 1000, 4000]);
  const objects = '{"a":'.repeat(2000) + '1' + '}'.repeat(2000);
  exercise(objects, false, [0, 5000, objects.length]);
  const states = `{"StartAt":"A","States":{"A":{"Type":"Pass","Parameters":${'{"x":'.repeat(1500)}1${'}'.repeat(1500)},"End":true}}}`;
  exercise(states, false, [30, 80, states.length - 5]);
});

test('every feature survives huge strings and long names', () => {
  const big = 'x'.repeat(200_000);
  const text = `{"StartAt":"${big}","States":{"${big}":{"Type":"Pass","Comment":"${big}","Next":"Missing"}}}`;
  exercise(text, false, [14, 100_000, text.length - 10]);
  exercise(`StartAt: ${big}\nStates:\n  ${big}:\n    Type: Pass\n`, true, [10, 200_020]);
  // Near-identical long names (did-you-mean compares them): kept moderate, see the report.
  const long = 'y'.repeat(5_000);
  const near = `{"StartAt":"${long}","States":{"${long}":{"Type":"Pass","Next":"${long}z"}}}`;
  exercise(near, false, [14, near.length - 10]);
});
