/*
 * The graph preview's pure helpers: untrusted webview messages (inbound.ts), export files
 * (exportFile.ts), the state under the cursor (graphLookup.ts) and definition paths (paths.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PreviewGraph, PreviewState } from '../../../server/src/protocol';
import { exportBytes, exportFileName } from '../../src/preview/exportFile';
import { nameRangeById, stateAt } from '../../src/preview/graphLookup';
import { checkWebviewMessage, MAX_EXPORT_CHARS } from '../../src/preview/inbound';
import { pathKey, samePath } from '../../src/preview/paths';

test('well-formed webview messages pass as they are', () => {
  for (const message of [
    { type: 'ready' },
    { type: 'reveal', stateId: 'root/Check order' },
    { type: 'export', format: 'svg', data: '<svg/>' },
    { type: 'export', format: 'png', data: 'data:image/png;base64,' },
    { type: 'error', message: 'layout failed' },
  ])
    assert.deepEqual(checkWebviewMessage(message), { ok: true, message });
});

test('extra fields are dropped, not passed on', () => {
  assert.deepEqual(checkWebviewMessage({ type: 'reveal', stateId: 'root/A', command: 'rm -rf' }), {
    ok: true,
    message: { type: 'reveal', stateId: 'root/A' },
  });
});

test('anything else is refused with a reason', () => {
  const cases: [unknown, RegExp][] = [
    [undefined, /not an object/],
    ['ready', /not an object/],
    [[{ type: 'ready' }], /not an object/],
    [{}, /unknown message type/],
    [{ type: 'toString' }, /unknown message type "toString"/],
    [{ type: '__proto__' }, /unknown message type/],
    [{ type: 'reveal' }, /reveal: stateId must be a string/],
    [{ type: 'reveal', stateId: 7 }, /stateId/],
    [{ type: 'reveal', stateId: 'x'.repeat(10_001) }, /stateId/],
    [{ type: 'export', format: 'pdf', data: '' }, /format/],
    [{ type: 'export', format: 'svg' }, /data must be a string/],
    [{ type: 'export', format: 'svg', data: 'x'.repeat(MAX_EXPORT_CHARS + 1) }, /over/],
    [{ type: 'error', message: {} }, /message must be a string/],
  ];
  for (const [raw, reason] of cases) {
    const checked = checkWebviewMessage(raw);
    assert.equal(checked.ok, false, JSON.stringify(raw));
    if (!checked.ok) assert.match(checked.reason, reason);
  }
});

test('a long error message is clipped', () => {
  const checked = checkWebviewMessage({ type: 'error', message: 'e'.repeat(20_000) });
  assert.ok(checked.ok && checked.message.type === 'error' && checked.message.message.length === 10_001);
});

test('export file names: the definition name without its ASL extension', () => {
  assert.equal(exportFileName('order.asl.json', 'svg'), 'order.svg');
  assert.equal(exportFileName('Order.ASL.YAML', 'png'), 'Order.png');
  assert.equal(exportFileName('flow.asl.yml', 'svg'), 'flow.svg');
  assert.equal(exportFileName('machine.json', 'png'), 'machine.png');
  assert.equal(exportFileName('toolkit.asl', 'svg'), 'toolkit.svg');
  assert.equal(exportFileName('Untitled-1', 'svg'), 'Untitled-1.svg');
  assert.equal(exportFileName('.asl.json', 'svg'), 'state-machine.svg');
});

test('an SVG export is written as UTF-8 text; anything but an SVG document is refused', () => {
  const svg = '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><text>Ä</text></svg>';
  const written = exportBytes('svg', svg);
  assert.ok(written.ok);
  assert.equal(new TextDecoder().decode(written.bytes), svg);
  assert.ok(exportBytes('svg', '  <svg></svg>').ok);
  for (const bad of ['', '<html></html>', '<?xml version="1.0"?><html/>', 'data:image/png;base64,AAAA'])
    assert.equal(exportBytes('svg', bad).ok, false, bad);
});

const PNG_1X1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

test('a PNG export is the decoded data: URL; a non-PNG or broken URL is refused', () => {
  const written = exportBytes('png', `data:image/png;base64,${PNG_1X1}`);
  assert.ok(written.ok);
  assert.deepEqual([...written.bytes.slice(0, 4)], [0x89, 0x50, 0x4e, 0x47]);
  assert.equal(written.bytes.length, 70);
  const cases: [string, RegExp][] = [
    [`data:image/jpeg;base64,${PNG_1X1}`, /not a data:image\/png/],
    [`data:image/png;base64,${PNG_1X1.slice(1)}`, /base64/],
    ['data:image/png;base64,@@@@', /base64/],
    ['data:image/png;base64,AAAAAAAAAAAA', /not a PNG image/],
  ];
  for (const [data, reason] of cases) {
    const result = exportBytes('png', data);
    assert.ok(!result.ok && reason.test(result.reason), data);
  }
});

type Written = [id: string, range: [number, number, number, number]];

/** A graph of these states, each with `range` as both its name range and its whole range. */
function graphOf(written: readonly Written[]): PreviewGraph {
  const state = (id: string): PreviewState => ({
    id,
    name: id.split('/').pop()!,
    machine: 'root',
    isEnd: false,
    reachable: true,
  });
  return {
    syntaxErrors: 0,
    queryLanguage: 'JSONPath',
    machines: [],
    edges: [],
    states: written.map(([id]) => state(id)),
    ranges: written.flatMap(([, range]) => [...range, ...range]),
  };
}

// A Parallel state (lines 3-12) whose branch holds two states, and a sibling after it.
const WRITTEN: readonly Written[] = [
  ['root/Fan out', [3, 4, 12, 5]],
  ['Fan out/Branches[0]/A', [6, 10, 7, 30]],
  ['Fan out/Branches[0]/B', [8, 10, 9, 30]],
  ['root/Done', [13, 4, 13, 40]],
];
const GRAPH = graphOf(WRITTEN);

test('the cursor selects the innermost state whose range contains it', () => {
  const at = (line: number, character: number) => stateAt(GRAPH, { line, character })?.id;
  assert.equal(at(3, 4), 'root/Fan out');
  assert.equal(at(5, 0), 'root/Fan out');
  assert.equal(at(6, 10), 'Fan out/Branches[0]/A');
  assert.equal(at(7, 30), 'Fan out/Branches[0]/A');
  assert.equal(at(7, 31), 'root/Fan out');
  assert.equal(at(9, 0), 'Fan out/Branches[0]/B');
  assert.equal(at(12, 5), 'root/Fan out');
  assert.equal(at(13, 10), 'root/Done');
  assert.equal(at(0, 0), undefined);
  assert.equal(at(12, 6), undefined);
});

test('the order of the states does not change the answer', () => {
  const reversed = graphOf([...WRITTEN].reverse());
  assert.equal(stateAt(reversed, { line: 8, character: 12 })?.id, 'Fan out/Branches[0]/B');
  assert.equal(stateAt(reversed, { line: 4, character: 0 })?.id, 'root/Fan out');
});

test('the name range of a state is found by its id', () => {
  assert.deepEqual(nameRangeById(GRAPH, 'root/Done'), {
    start: { line: 13, character: 4 },
    end: { line: 13, character: 40 },
  });
  assert.equal(nameRangeById(GRAPH, 'Done'), undefined);
});

test('definition paths compare normalized, case-insensitively on Windows only', () => {
  assert.ok(samePath('/work/a/../b/x.asl.json', '/work/b/x.asl.json', 'linux'));
  assert.ok(!samePath('/work/X.asl.json', '/work/x.asl.json', 'linux'));
  assert.ok(samePath('C:\\Work\\X.asl.json', 'c:\\work\\x.asl.json', 'win32'));
  assert.ok(samePath('c:\\work\\sub\\..\\x.asl.json', 'C:\\work\\x.asl.json', 'win32'));
  assert.ok(!samePath('/work/x.asl.json', '/work/y.asl.json', 'darwin'));
  assert.equal(pathKey('C:\\Work\\.\\X.asl.json', 'win32'), 'c:\\work\\x.asl.json');
});
