// Property tests: the parsers are total (errors, never exceptions) and evaluation of whatever they
// accept returns a value or a Failure, never throws, on arbitrary JSON.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkIntrinsic, parseIntrinsic, parseJsonPath } from '../../../src/asl/expr';
import { evaluateChoiceRule } from '../../../src/interpreter/choice';
import { evaluateIntrinsic } from '../../../src/interpreter/intrinsics';
import { evaluatePath } from '../../../src/interpreter/jsonpath';
import { applyResultPath } from '../../../src/interpreter/resultPath';
import type { Json } from '../../../src/interpreter/value';
import { makeScope } from './support';

const pathChars = fc.constantFrom(...'$$$..[[]]**??(()@@==<>!&&||\'\'"",:-0123456789abcxyz '.split(''));
const pathLike = fc.array(pathChars, { maxLength: 30 }).map((cs) => '$' + cs.join(''));
const intrinsicChars = fc.constantFrom(
  ..."States.Format(States.MathAdd(States.Array($.a,1,'x{}\\\\')),truenull-2.5 ".split(''),
);
const intrinsicLike = fc.array(intrinsicChars, { maxLength: 40 }).map((cs) => 'States.' + cs.join(''));
const json = fc.jsonValue({ maxDepth: 4 }) as fc.Arbitrary<Json>;
const scope = makeScope({ a: 1 });

test('parseJsonPath never throws and error offsets stay inside the text', () => {
  fc.assert(
    fc.property(fc.oneof(pathLike, fc.string()), (text) => {
      const { ast, errors } = parseJsonPath(text);
      assert.ok(ast !== undefined || errors.length > 0);
      for (const e of errors)
        assert.ok(e.start >= 0 && e.start <= e.end && e.end <= text.length, `${text} ${JSON.stringify(e)}`);
    }),
    { numRuns: 3000 },
  );
});

test('parseIntrinsic and checkIntrinsic never throw; offsets stay inside the text', () => {
  fc.assert(
    fc.property(fc.oneof(intrinsicLike, fc.string()), (text) => {
      const { ast, errors } = parseIntrinsic(text);
      const all = ast ? [...errors, ...checkIntrinsic(ast)] : errors;
      for (const e of all)
        assert.ok(e.start >= 0 && e.start <= e.end && e.end <= text.length, `${text} ${JSON.stringify(e)}`);
    }),
    { numRuns: 3000 },
  );
});

test('evaluatePath never throws on accepted paths and arbitrary data', () => {
  fc.assert(
    fc.property(pathLike, json, (path, data) => void evaluatePath(path, data, scope)),
    { numRuns: 3000 },
  );
});

test('evaluateIntrinsic never throws', () => {
  fc.assert(
    fc.property(intrinsicLike, json, (expr, data) => void evaluateIntrinsic(expr, { a: data }, scope)),
    { numRuns: 3000 },
  );
});

test('applyResultPath never throws and never mutates its input', () => {
  fc.assert(
    fc.property(json, pathLike, json, (input, path, result) => {
      const before = JSON.stringify(input);
      applyResultPath(input, path, result);
      assert.equal(JSON.stringify(input), before);
    }),
    { numRuns: 2000 },
  );
});

test('evaluateChoiceRule never throws on arbitrary rules', () => {
  fc.assert(
    fc.property(json, json, (rule, data) => void evaluateChoiceRule(rule, data, scope)),
    { numRuns: 2000 },
  );
});
