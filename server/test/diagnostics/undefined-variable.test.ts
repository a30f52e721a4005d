import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, expectNone, expectOne, jsonataMachine, machine, only, spanOf } from './helper';

test('undefined-variable: JSONata read of a variable never assigned (warning, on the $name)', () => {
  const text = jsonataMachine({ A: { Type: 'Pass', Output: '{% $total + 1 %}', End: true } });
  const d = expectOne(text, 'undefined-variable', '$total');
  assert.equal(d.severity, 'warning');
  assert.equal(d.data?.variable, 'total');
});

test('undefined-variable: a state does not see its own Assign', () => {
  const text = jsonataMachine({
    A: { Type: 'Pass', Assign: { x: 1 }, Output: '{% $x %}', Next: 'B' },
    B: { Type: 'Pass', Output: '{% $x %}', End: true },
  });
  const found = only(text, 'undefined-variable');
  assert.equal(found.length, 1);
  assert.ok(found[0].span.start < text.indexOf('"B"'));
});

test('undefined-variable: assigned on only one branch of a Choice still counts (may-analysis)', () => {
  const text = jsonataMachine({
    C: { Type: 'Choice', Choices: [{ Condition: '{% true %}', Next: 'Set' }], Default: 'Use' },
    Set: { Type: 'Pass', Assign: { v: 1 }, Next: 'Use' },
    Use: { Type: 'Pass', Output: '{% $v %}', End: true },
  });
  expectNone(text, 'undefined-variable');
});

test('undefined-variable: JSONPath $var in .$ values, intrinsic arguments and Choice Variable', () => {
  const text = machine({
    A: { Type: 'Pass', Parameters: { 'a.$': '$nope', 'b.$': "States.Format('{}', $nope2)" }, Next: 'C' },
    C: { Type: 'Choice', Choices: [{ Variable: '$nope3', IsPresent: true, Next: 'S' }], Default: 'S' },
    S: { Type: 'Succeed' },
  });
  assert.deepEqual(
    only(text, 'undefined-variable').map((d) => spanOf(text, d)),
    ['$nope', '$nope2', '$nope3'],
  );
});

test('undefined-variable: locals, lambdas, $states and functions are not workflow variables', () => {
  check(
    jsonataMachine({
      A: {
        Type: 'Pass',
        Output: '{% ($n := 2; $map($states.input.list, function($v){ $v * $n })) ~> $sum %}',
        End: true,
      },
    }),
    [],
  );
});

test('undefined-variable: outer variables visible in Parallel branches and inline Maps, not in distributed Maps', () => {
  const inner = { StartAt: 'I', States: { I: { Type: 'Pass', Output: '{% $outer %}', End: true } } };
  const ok = jsonataMachine({
    A: { Type: 'Pass', Assign: { outer: 1 }, Next: 'P' },
    P: { Type: 'Parallel', Branches: [inner], Next: 'M' },
    M: { Type: 'Map', ItemProcessor: inner, End: true },
  });
  expectNone(ok.replace(/"I"/g, '"I"'), 'undefined-variable');
  const distributed = jsonataMachine({
    A: { Type: 'Pass', Assign: { outer: 1 }, Next: 'M' },
    M: {
      Type: 'Map',
      ItemProcessor: {
        ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' },
        StartAt: 'D',
        States: { D: { Type: 'Pass', Output: '{% $outer %}', End: true } },
      },
      End: true,
    },
  });
  const d = expectOne(distributed, 'undefined-variable', '$outer');
  assert.match(d.message, /Distributed/);
});

test('undefined-variable: catcher Assign reaches the catcher target', () => {
  const text = jsonataMachine({
    T: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Catch: [{ ErrorEquals: ['States.ALL'], Assign: { err: '{% $states.errorOutput %}' }, Next: 'H' }],
      End: true,
    },
    H: { Type: 'Pass', Output: '{% $err %}', End: true },
  });
  expectNone(text, 'undefined-variable');
});

test('undefined-variable: YAML', () => {
  const yaml =
    'QueryLanguage: JSONata\nStartAt: A\nStates:\n  A:\n    Type: Pass\n    Output: "{% $missing %}"\n    End: true\n';
  expectOne(yaml, 'undefined-variable', '$missing', 'yaml');
});

test('undefined-variable: more than 31 distinct names (several analysis passes)', () => {
  const names = Array.from({ length: 40 }, (_, i) => `v${i}`);
  const assign = Object.fromEntries(names.slice(0, 39).map((n) => [n, 1]));
  const output = `{% ${names.map((n) => `$${n}`).join(' + ')} %}`;
  const text = jsonataMachine({
    A: { Type: 'Pass', Assign: assign, Next: 'B' },
    B: { Type: 'Pass', Output: output, End: true },
  });
  assert.deepEqual(
    only(text, 'undefined-variable').map((d) => spanOf(text, d)),
    ['$v39'],
  );
});
