// The stdio transport's JSON decoder (lsp/messageDecoder.ts) against JSON.parse of the whole body:
// didOpen-shaped messages with any text (escapes, astral and lone surrogates, backslash runs cut at
// every window size) take the windowed path and give exactly JSON.parse's value; any body, valid or
// damaged (bytes removed, inserted, invalid UTF-8), gives JSON.parse's value or throws its error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { decodeLongString, decodeMessage, JSON_DECODER } from '../../src/lsp/messageDecoder';

const PIECES = [
  'a',
  ' ',
  '\n',
  '\t',
  '"',
  '\\',
  '\\\\',
  '\\"',
  '/',
  'é',
  '€',
  '😀',
  '\ud800',
  '\u0000',
  '\u001f',
  '{',
  '}',
];
const textArbitrary = fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((a) => a.join(''));
const windowArbitrary = fc.integer({ min: 1, max: 24 });

function didOpen(text: string, extra: Record<string, unknown> = {}): Buffer {
  const textDocument = { uri: 'file:///w/a.asl.json', languageId: 'asl', version: 3, ...extra, text };
  return Buffer.from(JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument } }));
}

/** The plain decode's outcome: its value, or its error message. */
function plain(body: Buffer): { value?: unknown; error?: string } {
  try {
    return { value: JSON.parse(body.toString('utf8')) as unknown };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

function decoded(body: Buffer, window: number): { value?: unknown; error?: string } {
  try {
    return { value: decodeMessage(body, { largeBody: 0, window }) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

test('a didOpen takes the windowed path and decodes to exactly the whole parse', () => {
  fc.assert(
    fc.property(textArbitrary, windowArbitrary, (text, window) => {
      const body = didOpen(text);
      assert.deepEqual(decodeLongString(body, window), JSON.parse(body.toString('utf8')));
    }),
    { numRuns: 2000 },
  );
});

test('any body, valid or damaged, decodes as JSON.parse does (value or error)', () => {
  const damage = fc.array(
    fc.record({
      at: fc.nat(),
      remove: fc.integer({ min: 0, max: 3 }),
      insert: fc.constantFrom('', '"', '\\', '\\u', 'u00', '}', ',"text":"', '\xff', '\xc3', '\x80'),
    }),
    { maxLength: 3 },
  );
  fc.assert(
    fc.property(textArbitrary, windowArbitrary, damage, fc.boolean(), (text, window, edits, textFirst) => {
      let body = textFirst ? Buffer.from(JSON.stringify({ text, id: 1 })) : didOpen(text);
      for (const edit of edits) {
        const at = edit.at % (body.length + 1);
        body = Buffer.concat([
          body.subarray(0, at),
          Buffer.from(edit.insert, 'latin1'),
          body.subarray(at + edit.remove),
        ]);
      }
      const expected = plain(body);
      assert.deepEqual(decoded(body, window), expected);
      const windowed = decodeLongString(body, window);
      if (windowed !== undefined) assert.deepEqual({ value: windowed }, expected);
    }),
    { numRuns: 3000 },
  );
});

test('the placeholder written in the message itself is not taken for the text', () => {
  for (const body of [
    didOpen('x', { uri: '\u0000aslStudio:text' }),
    Buffer.from('{"a":"\\u0000aslStudio:text","text":"big"}'),
    Buffer.from('{"text":"big","text":"\\u0000aslStudio:text"}'),
  ])
    assert.deepEqual(decoded(body, 1), plain(body));
});

test('a 500 KB didOpen is decoded in windows, with the default limits, to the whole parse', async () => {
  const states = Object.fromEntries(
    Array.from({ length: 3000 }, (_, i) => [
      `Step ${i}`,
      { Type: 'Pass', Result: { at: i, path: '$.a\\b' }, Next: 'x' },
    ]),
  );
  const text = JSON.stringify({ StartAt: 'Step 0', States: states }, null, 2);
  const body = didOpen(text);
  assert.ok(body.length > 256 * 1024);
  assert.notEqual(decodeLongString(body, 32 * 1024), undefined);
  assert.deepEqual(await JSON_DECODER.decode(body, { charset: 'utf-8' }), JSON.parse(body.toString('utf8')));
  const nonAscii = didOpen(text.replaceAll('Step', 'Étape 😀'));
  assert.deepEqual(decodeMessage(nonAscii), JSON.parse(nonAscii.toString('utf8')));
});
