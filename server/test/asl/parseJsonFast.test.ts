// The strict-JSON fast path of parseJsonTree: the same tree as the tolerant path, or it steps aside.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseJsonTree, parseJsonTreeTolerant } from '../../src/asl/parseJson';
import { parseStrictJson } from '../../src/asl/parseJsonFast';
import type { AslNode } from '../../src/asl/types';

/** A plain copy of a tree (parent links checked, then dropped) for deep comparison. */
function plain(node: AslNode | undefined): unknown {
  if (node === undefined) return undefined;
  if (node.kind === 'object') {
    return {
      span: node.span,
      props: node.properties.map((p) => {
        assert.equal(p.parent, node);
        if (p.value) assert.equal(p.value.parent, p);
        return { key: p.key, keySpan: p.keySpan, span: p.span, value: plain(p.value) };
      }),
    };
  }
  if (node.kind === 'array')
    return { span: node.span, items: node.items.map((i) => (assert.equal(i.parent, node), plain(i))) };
  return { kind: node.kind, value: node.value, span: node.span, content: node.contentSpan };
}

const STRICT = [
  '{"a":1e5,"b":-0.5E-3,"c":"x\\ny\\u0041\\"","d":[true,false,null,{}],"e":[]}',
  '{ "a" : [ 1 , 2 ] ,\r\n\t"b" : { } }',
  '"str"',
  ' 123 ',
  'null',
  '[]',
  '{"\\u00e9": 1, "x\\/": 2, "a": 1, "a": 2}',
  '{"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}}',
  '[-0, 0.25, 1E+2, 12345678901234567890]',
  '[0, -0, 7, -7, 123456789, -12345678, 1234567890, 999999999, 1e2, 10E-1]',
  '["Task", "Task", "Step 1", "Step 2", "x\\"y", "Task"]',
];
const NOT_STRICT = [
  '',
  '  ',
  '[1,2,]',
  '{"a":1,}',
  '{"a" 1}',
  '//c\n{}',
  '{"a":"\t"}',
  '{"a":1.}',
  '{"a":.5}',
  '{"a":"x\n"}',
  '{"a":tru}',
  '{"a":NaN}',
  '{"a":1}{"b":2}',
  '{"a":-}',
  '{"a":1e}',
  '{"a":01}',
  '{"a":"\\q"}',
  '{"a":"\\u12"}',
  '\ufeff{}',
  '{"a":truex}',
  '{"a":1',
  '{"a":[1}',
  '[1 2]',
  '{a:1}',
  '{"a":1}x',
  '['.repeat(300) + ']'.repeat(300),
];

test('strict JSON: the fast path builds the same tree as the tolerant path', () => {
  for (const text of STRICT) {
    const fast = parseStrictJson(text);
    assert.ok(fast !== undefined, text);
    const slow = parseJsonTreeTolerant(text);
    assert.deepEqual(slow.problems, [], text);
    assert.deepEqual(plain(fast), plain(slow.root), text);
  }
});

test('anything else is left to the tolerant path', () => {
  for (const text of NOT_STRICT) {
    assert.equal(parseStrictJson(text), undefined, JSON.stringify(text));
    assert.deepEqual(parseJsonTree(text), parseJsonTreeTolerant(text));
  }
});
