// YAML parsing: exact spans (plain, quoted, block scalars, flow collections), the same machine as
// JSON, aliases, multiple documents and errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseAsl, getProperty, getPropertyValue, nodeToValue } from '../../src/asl';
import type { AslDocument, AslMachine } from '../../src/asl';
import { MACHINE_JSON, MACHINE_YAML, slice } from './support';

function summary(doc: AslDocument): unknown {
  const machine = (m: AslMachine): unknown => ({
    id: m.id,
    startAt: m.startAt?.target,
    states: m.states.map((s) => ({
      name: s.name,
      type: s.type,
      end: s.isEnd,
      ql: s.queryLanguage,
      edges: s.transitions.map((t) => `${t.kind}${t.index ?? ''}:${t.target}`),
      children: s.children.map((c) => c.id),
    })),
  });
  return { machines: doc.allMachines.map(machine), all: doc.allStates.map((s) => s.name) };
}

test('the same machine in JSON and YAML gives the same states, transitions and values', () => {
  const json = parseAsl(MACHINE_JSON, 'json');
  const yaml = parseAsl(MACHINE_YAML, 'yaml');
  assert.deepEqual(yaml.syntaxErrors, []);
  assert.deepEqual(summary(yaml), summary(json));
  assert.deepEqual(nodeToValue(yaml.root), nodeToValue(json.root));
});

test('YAML spans: plain, double- and single-quoted scalars, keys, flow maps', () => {
  const doc = parseAsl(MACHINE_YAML, 'yaml');
  const fanOut = doc.machine?.stateByName.get('Fan out');
  assert.ok(fanOut);
  assert.equal(slice(doc, fanOut.nameSpan), 'Fan out');
  const next = fanOut.transitions.find((t) => t.kind === 'Next');
  assert.equal(slice(doc, next?.span), '"Route"');
  assert.equal(slice(doc, next?.node.contentSpan), 'Route');
  const catchNext = fanOut.transitions.find((t) => t.kind === 'Catch');
  assert.equal(slice(doc, catchNext?.span), "'Failed'");
  assert.equal(slice(doc, catchNext?.node.contentSpan), 'Failed');
  const each = doc.machine?.stateByName.get('Each item');
  assert.equal(slice(doc, each?.nameSpan), '"Each item"');
  const route = doc.machine?.stateByName.get('Route');
  const choice = route?.transitions[0];
  assert.equal(slice(doc, choice?.span), 'Each item');
  assert.deepEqual(choice?.node.contentSpan, choice?.span);
  const type = getProperty(route?.node, 'Type');
  assert.equal(slice(doc, type?.keySpan), 'Type');
  assert.equal(slice(doc, type?.value?.span), 'Choice');
  assert.equal(slice(doc, type?.span), 'Type: Choice');
  const done = doc.machine?.stateByName.get('Done');
  assert.equal(slice(doc, done?.node?.span), '{Type: Succeed}');
  const failed = doc.machine?.stateByName.get('Failed');
  assert.equal(slice(doc, failed?.node?.span), 'Type: Fail\n    Error: Boom', 'a block map ends at its last value');
});

test('block scalars: span without the trailing break, contentSpan from the first text line', () => {
  const text = 'Comment: |\n  line one\n  line two\nStartAt: A\n';
  const doc = parseAsl(text, 'yaml');
  const comment = getPropertyValue(doc.root, 'Comment');
  assert.ok(comment?.kind === 'string');
  assert.equal(comment.value, 'line one\nline two\n');
  assert.equal(slice(doc, comment.span), '|\n  line one\n  line two');
  assert.equal(slice(doc, comment.contentSpan), 'line one\n  line two');
});

test('numbers, booleans, null and the YAML 1.2 core schema', () => {
  const doc = parseAsl('a: 1\nb: 2.5\nc: true\nd: null\ne: ~\nf: yes\ng: "1"\nh: 0x1F\n', 'yaml');
  assert.deepEqual(nodeToValue(doc.root), { a: 1, b: 2.5, c: true, d: null, e: null, f: 'yes', g: '1', h: 31 });
});

test('an empty value is a property without value', () => {
  const doc = parseAsl('StartAt:\nStates:\n  A:\n    Next:\n', 'yaml');
  const startAt = getProperty(doc.root, 'StartAt');
  assert.ok(startAt);
  assert.equal(startAt.value, undefined);
  assert.equal(slice(doc, startAt.span), 'StartAt');
  assert.equal(doc.machine?.states[0]?.transitions.length, 0);
});

test('aliases are expanded with the alias span; cycles and unknown anchors do not crash', () => {
  const text = 'retry: &r [{ErrorEquals: [X], MaxAttempts: 2}]\nother: *r\nbad: *nope\n';
  const doc = parseAsl(text, 'yaml');
  assert.deepEqual(nodeToValue(getPropertyValue(doc.root, 'other')), [{ ErrorEquals: ['X'], MaxAttempts: 2 }]);
  assert.equal(slice(doc, getPropertyValue(doc.root, 'other')?.span), '*r');
  assert.ok(doc.syntaxErrors.length > 0, 'unknown anchor reported');
  const cyclic = parseAsl('a: &a\n  b: *a\n', 'yaml');
  assert.ok(cyclic.root);
});

test('only the first document counts; the others are reported', () => {
  const doc = parseAsl('StartAt: A\n---\nStartAt: B\n', 'yaml');
  assert.equal(doc.machine?.startAt?.target, 'A');
  assert.equal(doc.syntaxErrors.length, 1);
  assert.equal(doc.syntaxErrors[0].code, 'yaml-syntax');
  assert.match(doc.syntaxErrors[0].message, /Only one YAML document/);
});

test('syntax errors are located and the tree is kept', () => {
  const text = 'StartAt: A\nStates:\n  A: {Type: Pass, End: true\n';
  const doc = parseAsl(text, 'yaml');
  assert.ok(doc.syntaxErrors.length > 0);
  for (const e of doc.syntaxErrors) {
    assert.equal(e.code, 'yaml-syntax');
    assert.ok(e.span.start >= 0 && e.span.end <= text.length && e.span.start <= e.span.end);
    assert.ok(!e.message.includes('\n'), 'one-line message');
  }
  assert.equal(doc.machine?.startAt?.target, 'A');
  const bad = parseAsl('a: b: c\n', 'yaml');
  assert.ok(bad.syntaxErrors.length > 0);
});

test('empty YAML and a scalar root', () => {
  assert.equal(parseAsl('', 'yaml').root, undefined);
  assert.equal(parseAsl('# only a comment\n', 'yaml').root, undefined);
  const scalar = parseAsl('hello', 'yaml');
  assert.equal(scalar.root?.kind, 'string');
  assert.equal(scalar.machine, undefined);
});

test('an alias bomb is expanded only up to a budget and reported', () => {
  const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 5; i++)
    levels.push(
      `${'abcde'[i]}: &${'abcde'[i]} [${Array(10)
        .fill(`*${'abcde'[i - 1]}`)
        .join(', ')}]`,
    );
  levels.push(`f: [${Array(10).fill('*e').join(', ')}]`);
  const doc = parseAsl(levels.join('\n') + '\n', 'yaml');
  assert.ok(doc.syntaxErrors.some((e) => /Too many YAML alias expansions/.test(e.message)));
});

test('CRLF line endings: spans, block scalars and new-key lines', () => {
  const text = 'StartAt: A\r\nStates:\r\n  A:\r\n    Type: Pass\r\n    Comment: |\r\n      x\r\n      y\r\n';
  const doc = parseAsl(text, 'yaml');
  assert.deepEqual(doc.syntaxErrors, []);
  const state = doc.machine?.states[0];
  assert.equal(slice(doc, state?.node?.span), 'Type: Pass\r\n    Comment: |\r\n      x\r\n      y');
  const comment = getPropertyValue(state?.node, 'Comment');
  assert.ok(comment?.kind === 'string');
  assert.equal(slice(doc, comment.contentSpan), 'x\r\n      y');
});
