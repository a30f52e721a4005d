// Incremental update vs full parse: after any sequence of random edits, updateAsl builds the model
// parseAsl builds from the same text (tree, machines, states, transitions, syntax problems), and the
// incremental diagnostics session reports exactly what computeDiagnostics reports on the full parse.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify as yamlStringify } from 'yaml';
import { parseAsl } from '../../src/asl';
import { updateAsl, type TextEdit } from '../../src/asl/incremental';
import { sourceOf } from '../../src/asl/parse';
import type { AslDocument, AslMachine, AslNode, SourceFormat } from '../../src/asl';
import { computeDiagnostics } from '../../src/service/diagnostics';
import { DiagnosticsSession } from '../../src/service/diagnostics/session';
import { generateDefinition } from '../../../scripts/bench/lspGenerate';

const EXAMPLES = join(__dirname, '../../../../examples');

/** A plain copy of a tree (parent links checked) for deep comparison. */
function plain(node: AslNode | undefined): unknown {
  if (node === undefined) return undefined;
  const at = [node.start, node.end];
  if (node.kind === 'object')
    return {
      at,
      props: node.properties.map((p) => {
        assert.equal(p.parent, node);
        if (p.value) assert.equal(p.value.parent, p);
        return { key: p.key, k: [p.keyStart, p.keyEnd], end: p.end, value: plain(p.value) };
      }),
    };
  if (node.kind === 'array') return { at, items: node.items.map((i) => (assert.equal(i.parent, node), plain(i))) };
  return { kind: node.kind, value: node.value, at, content: [node.contentStart, node.contentEnd] };
}

function machineSummary(m: AslMachine): unknown {
  return {
    id: m.id,
    at: [m.node.start, m.node.end],
    startAt: m.startAt && [m.startAt.target, m.startAt.span.start, m.startAt.resolved?.index],
    queryLanguage: m.queryLanguage,
    names: [...m.stateByName.entries()].map(([k, s]) => [k, s.index]),
    owner: m.owner && [m.owner.state.index, m.owner.kind, m.owner.index],
  };
}

/** The text without building it inside the document (so the next update still starts from pieces). */
function textOf(doc: AslDocument): string {
  const source = sourceOf(doc);
  return source.slice(0, source.length);
}

function model(doc: AslDocument): unknown {
  return {
    text: textOf(doc),
    format: doc.format,
    tree: plain(doc.root),
    problems: doc.syntaxErrors,
    machines: doc.allMachines.map(machineSummary),
    states: doc.allStates.map((s) => ({
      name: s.name,
      name_at: [s.nameSpan.start, s.nameSpan.end],
      type: s.type,
      ql: s.queryLanguage,
      end: s.isEnd,
      ordinal: s.ordinal,
      index: s.index,
      machine: s.machine.id,
      node: s.node && [s.node.start, s.node.end],
      children: s.children.map((c) => c.id),
      transitions: s.transitions.map((t) => [t.kind, t.target, t.span.start, t.span.end, t.index, t.resolved?.index]),
    })),
  };
}

interface Base {
  readonly text: string;
  readonly format: SourceFormat;
}

function bases(): Base[] {
  const json = ['order-processing', 'jsonata-variables', 'parallel-fanout', 'inline-map'].map((name) =>
    readFileSync(join(EXAMPLES, `${name}.asl.json`), 'utf8'),
  );
  json.push(generateDefinition(12).text);
  const yaml = json.map((text) => yamlStringify(JSON.parse(text)));
  return [
    ...json.map((text) => ({ text, format: 'json' as const })),
    ...yaml.map((text) => ({ text, format: 'yaml' as const })),
  ];
}

const PIECES = [
  '"',
  '{',
  '}',
  '[',
  ']',
  ',',
  ':',
  ' ',
  '\n',
  '  ',
  'Next',
  'End',
  'true',
  '1',
  'x',
  '$.a',
  '- ',
  '#',
  '\t',
];

/** Typing inside a word (keeps the text valid): after the first letter of a string, key or plain scalar. */
function wordEditArbitrary(): fc.Arbitrary<(text: string) => TextEdit> {
  const letters = fc.array(fc.constantFrom('a', 'Z', '1', '_', 'Next', 'End', 'Step 2', 'States.ALL'), {
    minLength: 0,
    maxLength: 2,
  });
  return fc
    .record({ at: fc.integer({ min: 0, max: 999_999 }).map((n) => n / 1e6), cut: fc.nat(3), letters })
    .map((r) => (text: string) => {
      const words = [...text.matchAll(text.startsWith('{') ? /"[A-Za-z]/g : /(?:^|: |- )[A-Za-z]/gm)];
      const match = words[Math.floor(r.at * words.length)];
      const start = match === undefined ? 0 : match.index + match[0].length;
      let end = start;
      while (end < Math.min(text.length, start + r.cut) && /[A-Za-z0-9]/.test(text[end])) end++;
      return { start, end, text: r.letters.join('') };
    });
}

/** An edit somewhere in `text`: a random replacement, a piece of the text itself, or a deletion. */
function editArbitrary(): fc.Arbitrary<(text: string) => TextEdit> {
  const insert = fc.oneof(
    fc.constantFrom(...PIECES),
    fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 4 }).map((a) => a.join('')),
    fc.string({ maxLength: 3 }),
  );
  return fc
    .record({
      at: fc.integer({ min: 0, max: 999_999 }).map((n) => n / 1e6),
      len: fc.nat(12),
      insert,
      copy: fc.boolean(),
    })
    .map((r) => (text: string) => {
      const start = Math.min(text.length, Math.floor(r.at * text.length));
      const end = Math.min(text.length, start + r.len);
      const piece = r.copy ? text.slice(Math.max(0, start - r.len), start) : r.insert;
      return { start, end, text: piece };
    });
}

/** A random pick among the matches of `pattern` (group `g` is replaced), by `at` in [0, 1). */
function replaceMatch(text: string, pattern: RegExp, at: number, by: string): TextEdit {
  const matches = [...text.matchAll(new RegExp(pattern.source, pattern.flags + 'd'))];
  const span = matches[Math.floor(at * matches.length)]?.indices?.[1];
  return span === undefined ? { start: 0, end: 0, text: '' } : { start: span[0], end: span[1], text: by };
}

const TYPES = ['Succeed', 'Fail', 'Pass', 'Bogus'];
const TARGETS = ['Step 1', 'Step 3', 'Step 7', 'HandleError', 'Done', 'Nope', 'ProcessOrder', 'Step 2'];

/**
 * An edit of the graph: a Next/Default target changed (to another state, an unknown one, one of
 * another machine), a state renamed, End or Type changed. The same for JSON and YAML.
 */
function graphEditArbitrary(): fc.Arbitrary<(text: string) => TextEdit> {
  return fc
    .record({ kind: fc.nat(3), at: fc.integer({ min: 0, max: 999_999 }).map((n) => n / 1e6), pick: fc.nat(7) })
    .map((r) => (text: string) => {
      const json = text.startsWith('{');
      const name = TARGETS[r.pick];
      switch (r.kind) {
        case 0:
          return json
            ? replaceMatch(text, /"(?:Next|Default)": "([^"]*)"/g, r.at, name)
            : replaceMatch(text, /(?:Next|Default): (.*)$/gm, r.at, name);
        case 1:
          return json
            ? replaceMatch(text, /"([^"]+)": \{\n\s*"Type"/g, r.at, name)
            : replaceMatch(text, /^ +([^:\n]+):\n\s+Type:/gm, r.at, name);
        case 2:
          return replaceMatch(text, json ? /"End": (true|false)/g : /End: (true|false)$/gm, r.at, 'false');
        default:
          return replaceMatch(text, json ? /"Type": "(\w+)"/g : /Type: (\w+)$/gm, r.at, TYPES[r.pick % 4]);
      }
    });
}

interface Stats {
  spliced: number;
  edits: number;
}

/**
 * A document edited step by step: after each edit, the updated model and the session's diagnostics
 * are compared with a full parse and run of the same text; `apply` returns the edit that undoes it.
 */
function editing(base: Base, stats: Stats): { text: () => string; apply: (e: TextEdit) => TextEdit } {
  let doc = parseAsl(base.text, base.format);
  let text = base.text;
  const session = new DiagnosticsSession();
  session.diagnose(doc, { throwOnRuleError: true });
  const apply = (e: TextEdit): TextEdit => {
    const before = text;
    text = text.slice(0, e.start) + e.text + text.slice(e.end);
    const root = doc.root;
    doc = updateAsl(doc, e);
    const diagnostics = session.diagnose(doc, { throwOnRuleError: true });
    if (doc.root !== undefined && doc.root === root) {
      stats.spliced++;
      /* an update and its diagnostics read windows of the text: the whole string is never built */
      assert.equal(sourceOf(doc).isJoined, false, 'the text was joined');
    }
    stats.edits++;
    const full = parseAsl(text, base.format);
    assert.deepEqual(model(doc), model(full));
    assert.deepEqual(diagnostics, computeDiagnostics(full, { throwOnRuleError: true }));
    return { start: e.start, end: e.start + e.text.length, text: before.slice(e.start, e.end) };
  };
  return { text: () => text, apply };
}

test('updateAsl builds the same model as parseAsl after random edits, and the session the same diagnostics', () => {
  const all = bases();
  const stats = { spliced: 0, edits: 0 };
  fc.assert(
    fc.property(
      fc.nat(all.length - 1),
      fc.array(fc.oneof({ arbitrary: editArbitrary(), weight: 1 }, { arbitrary: wordEditArbitrary(), weight: 4 }), {
        minLength: 1,
        maxLength: 5,
      }),
      (which, list) => {
        const doc = editing(all[which], stats);
        for (const make of list) doc.apply(make(doc.text()));
      },
    ),
    { numRuns: 150, seed: 15 },
  );
  assert.ok(stats.spliced > stats.edits / 4, `only ${stats.spliced} of ${stats.edits} edits took the incremental path`);
});

test('an edit inside one state reuses the rest of the tree', () => {
  const { text, nextValueOffset } = generateDefinition(50);
  for (const format of ['json', 'yaml'] as const) {
    const source = format === 'json' ? text : yamlStringify(JSON.parse(text));
    const at = format === 'json' ? nextValueOffset : source.indexOf('Next: Step 27') + 'Next: '.length;
    const doc = parseAsl(source, format);
    const before = doc.allStates[doc.allStates.length - 1].node;
    const updated = updateAsl(doc, { start: at, end: at + 'Step 27'.length, text: 'HandleError' });
    assert.equal(updated.root, doc.root, format);
    assert.equal(updated.allStates[updated.allStates.length - 1].node, before, format);
    assert.deepEqual(model(updated), model(parseAsl(updated.text, format)));
  }
});

test('edits outside a state, or that leave the fast parsers, parse the whole text', () => {
  const source = '{"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}}';
  const doc = parseAsl(source, 'json');
  const cases: TextEdit[] = [
    { start: 12, end: 15, text: '"B"' }, // StartAt
    { start: 34, end: 35, text: '' }, // the state's opening brace
    { start: 45, end: 45, text: '// c' }, // a comment: not strict JSON
    { start: 60, end: 61, text: '' }, // the state's closing brace
  ];
  for (const edit of cases) {
    const copy = parseAsl(source, 'json');
    const updated = updateAsl(copy, edit);
    assert.deepEqual(model(updated), model(parseAsl(updated.text, 'json')), JSON.stringify(edit));
  }
  assert.ok(doc.root);
});

test('a keystroke in a large definition (size rules active) is diagnosed without building the whole text', () => {
  const { text: json, nextValueOffset } = generateDefinition(900);
  for (const format of ['json', 'yaml'] as const) {
    const text = format === 'json' ? json : yamlStringify(JSON.parse(json)) + '#'.repeat(300_000) + '\n';
    const at = format === 'json' ? nextValueOffset : text.indexOf('Next: Step 451') + 'Next: '.length;
    const session = new DiagnosticsSession();
    const doc = parseAsl(text, format);
    session.diagnose(doc, { throwOnRuleError: true });
    const updated = updateAsl(doc, { start: at, end: at + 'Step 451'.length, text: 'Step 45x' });
    const diagnostics = session.diagnose(updated, { throwOnRuleError: true });
    assert.equal(sourceOf(updated).isJoined, false, format);
    const edited = text.slice(0, at) + 'Step 45x' + text.slice(at + 'Step 451'.length);
    assert.deepEqual(diagnostics, computeDiagnostics(parseAsl(edited, format), { throwOnRuleError: true }), format);
  }
});

test('graph edits (targets, names, End, Type) and their undo: the session reports what a full run reports', () => {
  const all = bases();
  const stats = { spliced: 0, edits: 0 };
  const edit = fc.oneof({ arbitrary: graphEditArbitrary(), weight: 4 }, { arbitrary: wordEditArbitrary(), weight: 1 });
  fc.assert(
    fc.property(
      fc.nat(all.length - 1),
      fc.array(fc.tuple(edit, fc.boolean()), { minLength: 1, maxLength: 6 }),
      (which, list) => {
        const doc = editing(all[which], stats);
        for (const [make, undo] of list) {
          const inverse = doc.apply(make(doc.text()));
          if (undo) doc.apply(inverse);
        }
      },
    ),
    { numRuns: 150, seed: 16 },
  );
  assert.ok(stats.spliced > stats.edits / 2, `only ${stats.spliced} of ${stats.edits} edits took the incremental path`);
});
