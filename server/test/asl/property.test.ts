// Property-based robustness: random, truncated and mutated JSON/YAML never make the model throw,
// and every span it returns (and the completion and hover targets at random offsets) lies inside
// the text, in order. Bounded runs (a few seconds in total).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { stringify as yamlStringify } from 'yaml';
import { parseAsl, reachableStates, statesThatCanFinish, successors, referencesTo, nodeToValue } from '../../src/asl';
import type { AslDocument, AslNode, SourceFormat, Span } from '../../src/asl';
import { cursorAt } from '../../src/service/completion/cursor';
import { targetAt } from '../../src/service/hover/target';
import { MACHINE_JSON, MACHINE_YAML } from './support';

/** A span for a message (nodes are their own spans and have cycles: no JSON.stringify). */
function show(s: Span): string {
  return `[${s.start}, ${s.end})`;
}

function checkSpan(doc: AslDocument, s: Span, what: string, outer?: Span): void {
  assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), what);
  assert.ok(0 <= s.start && s.start <= s.end && s.end <= doc.text.length, `${what} ${show(s)} in ${doc.text.length}`);
  if (outer !== undefined)
    assert.ok(outer.start <= s.start && s.end <= outer.end, `${what} ${show(s)} inside ${show(outer)}`);
}

function checkNode(doc: AslDocument, node: AslNode): void {
  const stack: AslNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    checkSpan(doc, n.span, n.kind);
    if (n.kind === 'object') {
      let last = -1;
      for (const p of n.properties) {
        checkSpan(doc, p.keySpan, 'key', n.span);
        checkSpan(doc, p.span, 'property', n.span);
        assert.ok(p.keySpan.start >= last, 'properties in order');
        last = p.keySpan.start;
        assert.equal(p.parent, n);
        if (p.value !== undefined) {
          checkSpan(doc, p.value.span, 'value', p.span);
          assert.equal(p.value.parent, p);
          stack.push(p.value);
        }
      }
    } else if (n.kind === 'array') {
      let last = -1;
      for (const item of n.items) {
        checkSpan(doc, item.span, 'item', n.span);
        assert.ok(item.span.start >= last, 'items in order');
        last = item.span.start;
        stack.push(item);
      }
    } else checkSpan(doc, n.contentSpan, 'content', n.span);
  }
}

function checkDocument(text: string, format: SourceFormat, offsets: number[]): void {
  const doc = parseAsl(text, format);
  assert.equal(doc.text, text);
  for (const e of doc.syntaxErrors) checkSpan(doc, e.span, 'error');
  if (doc.root !== undefined) checkNode(doc, doc.root);
  for (const s of doc.allStates) {
    checkSpan(doc, s.nameSpan, 'state name');
    for (const t of s.transitions) checkSpan(doc, t.span, 'transition');
    successors(s);
    referencesTo(doc, s);
  }
  for (const m of doc.allMachines) {
    reachableStates(m);
    statesThatCanFinish(m);
  }
  nodeToValue(doc.root);
  for (const raw of offsets) {
    const offset = Math.round(raw * text.length);
    const cursor = cursorAt(doc, offset);
    if (cursor?.node !== undefined) checkSpan(doc, cursor.node.span, 'node at the completion cursor');
    const target = targetAt(doc, offset);
    if (target?.kind === 'value') checkSpan(doc, target.node.span, 'hovered node');
  }
}

const RUNS = { numRuns: 300 };
const offsets = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 8 });
const structural = fc.constantFrom(
  ...'{}[]:,"\'\\ \n\t-#&*!|>?%@`abcAB01.eE+/'.split(''),
  'States',
  'Next',
  'StartAt',
  '{%',
  '%}',
  '\r\n',
  '\u00e9',
  '\ud83d\ude00',
);
const structuralText = fc.array(structural, { maxLength: 60 }).map((parts) => parts.join(''));
const format = fc.constantFrom<SourceFormat>('json', 'yaml');

test('random strings never make the model throw', () => {
  fc.assert(
    fc.property(
      fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 40 }), structuralText),
      format,
      offsets,
      (text, f, at) => checkDocument(text, f, at),
    ),
    RUNS,
  );
});

test('random JSON values, pretty or compact, truncated anywhere', () => {
  fc.assert(
    fc.property(
      fc.jsonValue({ maxDepth: 4 }),
      fc.boolean(),
      fc.double({ min: 0, max: 1, noNaN: true }),
      offsets,
      (value, pretty, cut, at) => {
        const text = JSON.stringify(value, null, pretty ? 2 : undefined) ?? '';
        checkDocument(text, 'json', at);
        checkDocument(text.slice(0, Math.round(cut * text.length)), 'json', at);
      },
    ),
    RUNS,
  );
});

test('random YAML values, truncated anywhere', () => {
  fc.assert(
    fc.property(
      fc.jsonValue({ maxDepth: 4 }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      offsets,
      (value, cut, at) => {
        const text = yamlStringify(value);
        checkDocument(text, 'yaml', at);
        checkDocument(text.slice(0, Math.round(cut * text.length)), 'yaml', at);
      },
    ),
    RUNS,
  );
});

/** Random edits: delete a range, insert a fragment, or duplicate a range. */
const edit = fc.tuple(
  fc.constantFrom('delete', 'insert', 'duplicate'),
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.double({ min: 0, max: 1, noNaN: true }),
  structuralText,
);
function mutate(text: string, edits: [string, number, number, string][]): string {
  let out = text;
  for (const [kind, a, b, fragment] of edits) {
    const i = Math.round(a * out.length);
    const j = Math.min(out.length, i + Math.round(b * 20));
    if (kind === 'delete') out = out.slice(0, i) + out.slice(j);
    else if (kind === 'insert') out = out.slice(0, i) + fragment + out.slice(i);
    else out = out.slice(0, j) + out.slice(i, j) + out.slice(j);
  }
  return out;
}

test('mutations of a valid machine, JSON and YAML', () => {
  fc.assert(
    fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), offsets, (edits, at) => {
      checkDocument(mutate(MACHINE_JSON, edits), 'json', at);
      checkDocument(mutate(MACHINE_YAML, edits), 'yaml', at);
    }),
    { numRuns: 200 },
  );
});
