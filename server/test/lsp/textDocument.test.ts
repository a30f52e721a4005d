// AslTextDocument (the server's piece-table text) against vscode-languageserver-textdocument's
// TextDocument: after any sequence of random incremental and full changes (line breaks of every
// kind, CR LF pairs split and joined, reversed and out-of-range positions) it holds the text the
// changes make (applied at the offsets TextDocument reads for them) with TextDocument's lines and
// positions for that text. (TextDocument.update itself mangles its line table on out-of-range lines.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { AslTextDocument } from '../../src/lsp/textDocument';

const CHARS = ['a', 'b', ' ', '\n', '\r', '\r\n', '"', 'é', '😀'];
const textArbitrary = fc.array(fc.constantFrom(...CHARS), { maxLength: 30 }).map((a) => a.join(''));
const position = fc.record({ line: fc.integer({ min: -1, max: 8 }), character: fc.integer({ min: -1, max: 12 }) });
const change: fc.Arbitrary<TextDocumentContentChangeEvent> = fc.oneof(
  { arbitrary: fc.record({ range: fc.record({ start: position, end: position }), text: textArbitrary }), weight: 9 },
  { arbitrary: fc.record({ text: textArbitrary }), weight: 1 },
);

function assertSame(ours: AslTextDocument, theirs: TextDocument): void {
  assert.equal(ours.getText(), theirs.getText());
  assert.equal(ours.lineCount, theirs.lineCount);
  assert.equal(ours.version, theirs.version);
  for (let offset = -1; offset <= theirs.getText().length + 1; offset++)
    assert.deepEqual(ours.positionAt(offset), theirs.positionAt(offset), `positionAt(${offset})`);
  for (let line = -1; line <= theirs.lineCount; line++) {
    assert.deepEqual(ours.getLineRange(line), theirs.getLineRange(line), `getLineRange(${line})`);
    assert.equal(ours.getEOLCharacters(line), theirs.getEOLCharacters(line), `getEOLCharacters(${line})`);
    for (let character = -1; character <= 12; character++) {
      const p = { line, character };
      assert.equal(ours.offsetAt(p), theirs.offsetAt(p), `offsetAt(${line}:${character})`);
    }
  }
}

/** The text after one change, at the offsets TextDocument reads for its range (ends in either order). */
function applied(text: string, change: TextDocumentContentChangeEvent): string {
  if (!('range' in change)) return change.text;
  const doc = TextDocument.create('file:///a', 'asl', 1, text);
  const a = doc.offsetAt(change.range.start);
  const b = doc.offsetAt(change.range.end);
  return text.slice(0, Math.min(a, b)) + change.text + text.slice(Math.max(a, b));
}

test('AslTextDocument behaves as TextDocument after random changes', () => {
  fc.assert(
    fc.property(
      textArbitrary,
      fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { maxLength: 6 }),
      fc.boolean(),
      (initial, didChanges, early) => {
        const ours = AslTextDocument.create('file:///a.asl.json', 'asl', 1, initial);
        if (early) assertSame(ours, TextDocument.create('file:///a.asl.json', 'asl', 1, initial));
        let version = 1;
        let text = initial;
        for (const changes of didChanges) {
          ours.update(changes, ++version);
          for (const c of changes) text = applied(text, c);
        }
        const theirs = TextDocument.create('file:///a.asl.json', 'asl', version, text);
        assertSame(ours, theirs);
      },
    ),
    { numRuns: 400, seed: 15 },
  );
});

test('a one-character edit does not build the whole text', () => {
  const text = '{\n  "a": 1\n}\n'.repeat(1000);
  const doc = AslTextDocument.create('file:///a.asl.json', 'asl', 1, text);
  assert.deepEqual(doc.positionAt(text.length), { line: 3000, character: 0 });
  doc.update([{ range: { start: { line: 1501, character: 7 }, end: { line: 1501, character: 8 } }, text: '22' }], 2);
  assert.equal(doc.source.isJoined, false);
  assert.deepEqual(doc.positionAt(text.length + 1), { line: 3000, character: 0 });
  assert.equal(doc.offsetAt({ line: 1502, character: 1 }), 13 * 500 + 11 + 1 + 1); // 13 characters per 3 lines
  assert.equal(doc.source.isJoined, false);
  assert.equal(doc.getText().length, text.length + 1);
});

test("line starts of texts with only LF, and with CR somewhere, are TextDocument's", () => {
  const lf = '{\n  "a": "é😀"\n\n}\n'.repeat(50);
  const texts = [lf, `${lf}\r`, `\r\n${lf}`, lf.replace('\n\n', '\r\r\n'), 'no break', '\n', ''];
  for (const text of texts) {
    const ours = AslTextDocument.create('file:///a.asl.json', 'asl', 1, text);
    const theirs = TextDocument.create('file:///a.asl.json', 'asl', 1, text);
    assert.equal(ours.lineCount, theirs.lineCount, JSON.stringify(text.slice(0, 20)));
    for (let offset = 0; offset <= text.length; offset++)
      assert.deepEqual(ours.positionAt(offset), theirs.positionAt(offset));
  }
});
