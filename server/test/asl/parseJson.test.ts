// JSON parsing: exact spans for keys, values and string contents; syntax errors located and kept going.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  parseAsl,
  formatForFileName,
  getProperty,
  getPropertyValue,
  nodeToValue,
  stringValue,
  findNodeAtOffset,
} from '../../src/asl';
import { MACHINE_JSON, slice } from './support';

test('exact spans of state names, keys, values and string contents', () => {
  const doc = parseAsl(MACHINE_JSON);
  assert.deepEqual(doc.syntaxErrors, []);
  const route = doc.machine?.stateByName.get('Route');
  assert.ok(route);
  assert.equal(slice(doc, route.nameSpan), '"Route"');
  const type = getProperty(route.node, 'Type');
  assert.ok(type?.value && type.value.kind === 'string');
  assert.equal(slice(doc, type.keySpan), '"Type"');
  assert.equal(slice(doc, type.value.span), '"Choice"');
  assert.equal(slice(doc, type.value.contentSpan), 'Choice');
  assert.equal(slice(doc, type.span), '"Type": "Choice"');
  assert.ok(route.node);
  assert.equal(route.node.span.start, route.property.keySpan.start + '"Route": '.length);
  assert.equal(doc.text[route.node.span.start], '{');
  assert.equal(doc.text[route.node.span.end - 1], '}');
  const fail = doc.machine?.stateByName.get('Failed');
  assert.equal(slice(doc, fail?.node?.span), '{ "Type": "Fail", "Error": "Boom" }');
});

test('numbers, booleans, null, arrays and nodeToValue', () => {
  const text = '{"a": [1, -2.5e3, true, false, null, "x\\"y"], "b": {}}';
  const doc = parseAsl(text);
  assert.deepEqual(doc.syntaxErrors, []);
  assert.deepEqual(nodeToValue(doc.root), JSON.parse(text));
  const a = getPropertyValue(doc.root, 'a');
  assert.ok(a?.kind === 'array');
  assert.deepEqual(
    a.items.map((i) => slice(doc, i.span)),
    ['1', '-2.5e3', 'true', 'false', 'null', '"x\\"y"'],
  );
  const last = a.items[5];
  assert.ok(last.kind === 'string');
  assert.equal(slice(doc, last.contentSpan), 'x\\"y');
  assert.equal(stringValue(last), 'x"y');
  assert.equal(findNodeAtOffset(doc.root, text.indexOf('2.5')), a.items[1]);
  assert.equal(a.items[0].parent, a);
  assert.equal(a.parent, getProperty(doc.root, 'a'));
});

test('comments and trailing commas are located syntax errors, the tree is kept', () => {
  const text = '{\n  // note\n  "StartAt": "A",\n  "States": {"A": {"Type": "Succeed",},},\n}';
  const doc = parseAsl(text);
  assert.deepEqual(
    doc.syntaxErrors.map((e) => [e.code, slice(doc, e.span)]),
    [
      ['json-syntax', '// note'],
      ['json-syntax', ','],
      ['json-syntax', ','],
      ['json-syntax', ','],
    ],
  );
  assert.match(doc.syntaxErrors[0].message, /Comments are not allowed/);
  assert.match(doc.syntaxErrors[1].message, /Trailing commas/);
  assert.equal(doc.syntaxErrors[1].span.start, text.indexOf('",}') + 1);
  assert.equal(doc.machine?.states[0]?.type, 'Succeed');
});

test('missing comma, unterminated string, empty text, extra value', () => {
  const missing = parseAsl('{"StartAt": "A" "States": {}}');
  assert.equal(missing.syntaxErrors[0]?.message, 'Expected a comma');
  assert.equal(slice(missing, missing.syntaxErrors[0]?.span), '"States"');
  assert.ok(missing.machine?.statesNode, 'parsing goes on after the error');

  const open = parseAsl('{"Next": "Sta');
  const next = getProperty(open.root, 'Next');
  assert.ok(next?.value?.kind === 'string');
  assert.equal(slice(open, next.value.contentSpan), 'Sta');
  assert.equal(open.root?.span.end, open.text.length);
  assert.ok(open.syntaxErrors.some((e) => e.message === 'Unterminated string'));

  const empty = parseAsl('');
  assert.equal(empty.root, undefined);
  assert.equal(empty.machine, undefined);
  assert.equal(empty.syntaxErrors[0]?.message, 'Expected a value');

  const extra = parseAsl('{} {}');
  assert.match(extra.syntaxErrors[0]?.message ?? '', /only one JSON value/);
});

test('property without value keeps a key-only span', () => {
  const doc = parseAsl('{"StartAt": }');
  const p = getProperty(doc.root, 'StartAt');
  assert.ok(p);
  assert.equal(p.value, undefined);
  assert.deepEqual([p.span.start, p.span.end], [p.keySpan.start, p.keySpan.end]);
  assert.equal(doc.machine?.startAt, undefined);
});

test('duplicate keys are kept in source order', () => {
  const doc = parseAsl('{"a": 1, "a": 2}');
  assert.ok(doc.root?.kind === 'object');
  assert.deepEqual(
    doc.root.properties.map((p) => nodeToValue(p.value)),
    [1, 2],
  );
  assert.deepEqual(nodeToValue(doc.root), { a: 2 });
});

test('a byte order mark is accepted', () => {
  const doc = parseAsl('\uFEFF{"StartAt": "A", "States": {}}');
  assert.deepEqual(doc.syntaxErrors, []);
  assert.equal(slice(doc, doc.machine?.startAt?.span), '"A"');
});

test('formatForFileName', () => {
  assert.equal(formatForFileName('x/flow.asl.yaml'), 'yaml');
  assert.equal(formatForFileName('flow.asl.yml'), 'yaml');
  assert.equal(formatForFileName('FLOW.YAML'), 'yaml');
  assert.equal(formatForFileName('flow.asl.json'), 'json');
  assert.equal(formatForFileName('flow.json'), 'json');
  assert.equal(formatForFileName('flow'), 'json');
});

test('deeply nested texts are reported, not parsed into a stack overflow', () => {
  for (const [text, format] of [
    ['['.repeat(100000), 'json'],
    ['['.repeat(20000), 'yaml'],
    ['- '.repeat(5000), 'yaml'],
  ] as const) {
    const doc = parseAsl(text, format);
    assert.equal(doc.root, undefined);
    assert.equal(doc.syntaxErrors[0]?.message, 'The document is nested too deeply to be parsed');
  }
  const deep = parseAsl('['.repeat(300) + ']'.repeat(300));
  assert.match(doc0(deep), /more than 256 levels deep/);
  let depth = 0;
  for (let n = deep.root; n !== undefined && n.kind === 'array'; n = n.items[0]) depth++;
  assert.equal(depth, 256);
});

function doc0(doc: { syntaxErrors: readonly { message: string }[] }): string {
  return doc.syntaxErrors[0]?.message ?? '';
}
