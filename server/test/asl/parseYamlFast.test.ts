// The plain-block-YAML fast path of parseYamlTree: the same tree as the `yaml` package path, or it
// steps aside. Hand-written cases, every example and random documents in many stringify styles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { parseYamlTree, parseYamlTreeWithLibrary } from '../../src/asl/parseYaml';
import { parseBlockYaml } from '../../src/asl/parseYamlFast';
import type { AslNode } from '../../src/asl/types';

/** A plain copy of a tree with numeric spans (parent links checked). */
function plain(node: AslNode | undefined): unknown {
  if (node === undefined) return undefined;
  const at = [node.start, node.end];
  if (node.kind === 'object') {
    return {
      at,
      props: node.properties.map((p) => {
        assert.equal(p.parent, node);
        if (p.value) assert.equal(p.value.parent, p);
        return {
          key: p.key,
          keyAt: [p.keySpan.start, p.keySpan.end],
          propAt: [p.span.start, p.span.end],
          value: plain(p.value),
        };
      }),
    };
  }
  if (node.kind === 'array') return { at, items: node.items.map((i) => (assert.equal(i.parent, node), plain(i))) };
  return { kind: node.kind, value: node.value, at, content: [node.contentSpan.start, node.contentSpan.end] };
}

/** When the fast path takes a text, its tree equals the library's and the library saw no problem. */
function agrees(text: string): boolean {
  const fast = parseBlockYaml(text);
  if (fast === undefined) return false;
  const slow = parseYamlTreeWithLibrary(text);
  assert.deepEqual(slow.problems, [], `the fast path took a text the yaml package objects to:\n${text}`);
  assert.deepEqual(plain(fast), plain(slow.root), text);
  return true;
}

const TAKEN = [
  'StartAt: A\nStates:\n  A:\n    Type: Pass\n    End: true\n',
  '---\n# a comment\nStartAt: "A b"\nStates:   # trailing comment\n  "A b":\n    Type: Pass\n    Result:\n',
  "a: 1\nb: -2.5e3\nc: true\nd: null\ne: ~\nf: 0.5\ng: +7\nh: 007\ni: 1.\nj: yes\nk: \"x\\\"y\\u0041\"\nl: 'it''s'\nm: $.a[0].b\nn: States.Format('{}', $.x)\n",
  'list:\n  - a\n  - "b"\n  - 3\n  - k: v\n    k2: v2\n',
  'Comment: "a long\n  text folded\n\n  over lines"\nOther: plain text\n  folded too\nLast: \'single\n  quoted\'\n',
  'a: "multi\n line \\\n  escaped break"\nb:\n  - - 1\n    - 2\n  - - - 3\n',
  'list:\n- a\n- b\nnext: 1\nempty: []\nnone: {}  # nothing\nitems:\n  - []\n  - {}\n',
  'Parameters:\n  payload.$: $.input\n  url: https://example.com/a#frag\n  note: a #comment\n  tag: x#y\nEnd:\n',
  'a:\n  b:\n    c:\n      d: 1\n  e: 2\nf: 3\n',
  'Retry:\n  - ErrorEquals:\n      - States.ALL\n    IntervalSeconds: 2\n\n\n  - ErrorEquals:\n      - X\n',
];

test('fast YAML: hand-written documents build the same tree as the yaml package', () => {
  let taken = 0;
  for (const text of TAKEN) if (agrees(text)) taken++;
  assert.equal(taken, TAKEN.length);
  assert.ok(
    parseBlockYaml(TAKEN[0]) !== undefined &&
      parseBlockYaml(TAKEN[2]) !== undefined &&
      parseBlockYaml(TAKEN[4]) !== undefined,
  );
});

const DECLINED = [
  '',
  '# only a comment\n',
  'a: [1, 2]\n',
  'a: {b: 1}\n',
  'a: []x\n',
  'a: [ ]\n',
  'a: |\n  text\n',
  'a: >\n  text\n',
  'a: &x 1\nb: *x\n',
  'a: !!str 1\n',
  'a: b # c\n  continued\n',
  'a: "multi\nline"\n',
  'a: "x\nb: y"\n',
  'a:\tb\n',
  'a: b\r\n',
  '1st: x\n',
  'true: x\n',
  'a: 0x1F\n',
  'a: .inf\n',
  'a: b: c\n',
  'a: 1\n---\nb: 2\n',
  '%YAML 1.2\n---\na: 1\n',
  'a:b\n',
  '"a":b\n',
  'a: "\\x41"\n',
  'a: {% $x %}\n',
  '? complex\n: key\n',
  'a:\n  -\n    b: 1\n',
  'a:\n  -  two spaces\n',
  'a: 1\n  b: 2\n',
  'a: x # ok\n b: 1\n',
];

test('fast YAML: anything outside plain block YAML is left to the yaml package', () => {
  for (const text of DECLINED) assert.equal(parseBlockYaml(text), undefined, JSON.stringify(text));
});

test('fast YAML: every example .asl.yaml is taken and agrees', () => {
  const dir = join(__dirname, '..', '..', '..', '..', 'examples');
  const files = readdirSync(dir).filter((f) => /\.asl\.ya?ml$/.test(f));
  for (const file of files) assert.ok(agrees(readFileSync(join(dir, file), 'utf8')), file);
  const json = readdirSync(dir).filter((f) => /\.asl\.json$/.test(f));
  for (const file of json)
    assert.ok(agrees(stringify(JSON.parse(readFileSync(join(dir, file), 'utf8')))), `${file} as YAML`);
});

const key = fc.oneof(
  fc.constantFrom(
    'Type',
    'Next',
    'End',
    'States',
    'StartAt',
    'Step 1',
    'a.$',
    'x-y',
    'Name',
    'true',
    '1',
    'null',
    'a b',
    '#x',
    'k: v',
    "it's",
  ),
  fc.string({ maxLength: 8 }),
);
const scalar = fc.oneof(
  fc.constantFrom(
    'Pass',
    '$.a',
    '{% $x %}',
    'a #b',
    'a: b',
    'yes',
    '1e3',
    '0x10',
    '.5',
    '-',
    '- x',
    '',
    ' lead',
    'trail ',
    "q'uote",
    'd"q',
    'x\\y',
    'é',
    'a\nb',
    'tab\there',
  ),
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
);
const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('array'), tie('object')),
  array: fc.array(tie('node'), { maxLength: 4 }),
  object: fc.dictionary(key, tie('node'), { maxKeys: 5 }),
})).object;
const style = fc.record({
  indent: fc.constantFrom(2, 4),
  lineWidth: fc.constantFrom(0, 24, 40, 80),
  indentSeq: fc.boolean(),
  defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'),
  defaultKeyType: fc.constantFrom(null, 'PLAIN', 'QUOTE_DOUBLE'),
  directives: fc.boolean(),
  comment: fc.boolean(),
});

const stateName = fc.constantFrom('A', 'Step 1', 'Fan out', 'Check_order', 'Done');
const field = fc.constantFrom(
  'Type',
  'Next',
  'End',
  'Comment',
  'Resource',
  'InputPath',
  'Parameters',
  'ResultPath',
  'Retry',
  'Catch',
  'Seconds',
  'payload.$',
  'Output',
);
const aslScalar = fc.oneof(
  stateName,
  fc.constantFrom(
    'Pass',
    '$.a',
    '$.items[0].b',
    '{% $states.input %}',
    "States.Format('{}', $.x)",
    'arn:aws:states:::lambda:invoke',
    'a long comment that goes on and on so that it folds over several lines',
  ),
  fc.integer({ min: -1000, max: 1000 }),
  fc.boolean(),
);
const aslValue = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, aslScalar, tie('array'), tie('object')),
  array: fc.array(tie('node'), { minLength: 1, maxLength: 3 }),
  object: fc.dictionary(fc.oneof(field, stateName), tie('node'), { minKeys: 1, maxKeys: 4 }),
})).object;

test('fast YAML: ASL-like documents are taken in every style, and agree', () => {
  let taken = 0;
  fc.assert(
    fc.property(aslValue, style, (v, s) => {
      const text = stringify(v, {
        indent: s.indent,
        indentSeq: s.indentSeq,
        defaultStringType: s.defaultStringType as 'PLAIN',
        directives: s.directives,
        lineWidth: s.lineWidth,
        minContentWidth: 8,
      });
      if (agrees(text)) taken++;
    }),
    { numRuns: 300 },
  );
  assert.ok(taken >= 270, `the fast path took only ${taken} of 300 ASL-like documents`);
});

test('fast YAML: random documents in many styles agree with the yaml package whenever taken', () => {
  let taken = 0;
  fc.assert(
    fc.property(value, style, (v, s) => {
      let text = stringify(v, {
        indent: s.indent,
        indentSeq: s.indentSeq,
        defaultStringType: s.defaultStringType as 'PLAIN',
        defaultKeyType: s.defaultKeyType as 'PLAIN' | null,
        directives: s.directives,
        lineWidth: s.lineWidth,
        minContentWidth: 8,
      });
      if (s.comment) text = text.replace(/\n/g, (m, i: number) => (i % 3 === 0 ? '  # note\n' : m));
      if (agrees(text)) taken++;
      const tree = parseYamlTree(text);
      assert.deepEqual(plain(tree.root), plain(parseYamlTreeWithLibrary(text).root));
    }),
    { numRuns: 400 },
  );
  assert.ok(taken > 40, `the fast path took only ${taken} of 400 documents`);
});
