/*
 * CompletionPayloads without a transport: what compact keeps per item (only what differs from the
 * list's defaults, nothing lazy), and that resolve answers from the last list only.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CompletionItem, CompletionList } from 'vscode-languageserver';
import { CompletionPayloads, type CompletionSupport } from '../../src/lsp/completionPayload';

const SUPPORT: CompletionSupport = {
  editRange: true,
  insertTextFormat: true,
  commitCharacters: true,
  lazy: new Set(['detail', 'documentation']),
};
const range = (line: number) => ({ start: { line, character: 1 }, end: { line, character: 3 } });

function list(items: CompletionItem[]): CompletionList {
  return { isIncomplete: false, items };
}

test('compact sends only what differs from the defaults and holds detail and docs for resolve', () => {
  const payloads = new CompletionPayloads(() => SUPPORT);
  const a: CompletionItem = {
    label: 'A',
    kind: 18,
    detail: 'Task',
    sortText: '0',
    textEdit: { range: range(0), newText: 'A' },
  };
  const b: CompletionItem = {
    label: 'B',
    kind: 18,
    documentation: 'doc',
    textEdit: { range: range(0), newText: '"B"' },
    command: { title: 't', command: 'c' },
  };
  const c: CompletionItem = { label: 'C', textEdit: { range: range(1), newText: 'C' } };
  const out = payloads.compact(list([a, b, c]));
  assert.deepEqual(out.itemDefaults, { editRange: range(0) });
  assert.deepEqual(out.items, [
    { label: 'A', kind: 18, sortText: '0' },
    { label: 'B', kind: 18, textEditText: '"B"', command: { title: 't', command: 'c' } },
    { label: 'C', textEdit: { range: range(1), newText: 'C' } },
  ]);
  assert.deepEqual(payloads.resolve(out.items[0]), { label: 'A', kind: 18, sortText: '0', detail: 'Task' });
  assert.equal(payloads.resolve(out.items[1]).documentation, 'doc');
  assert.equal(payloads.resolve(out.items[2]), out.items[2]);
});

test('resolve answers from the last list only', () => {
  const payloads = new CompletionPayloads(() => SUPPORT);
  const first = payloads.compact(list([{ label: 'A', detail: 'old' }]));
  payloads.compact(list([{ label: 'B', detail: 'new' }]));
  assert.equal(payloads.resolve(first.items[0]).detail, undefined);
  assert.equal(payloads.resolve({ label: 'B' }).detail, 'new');
});
