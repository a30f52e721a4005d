/*
 * Expression-layer micro-benchmark (`npm run bench`, not a test): evaluations per second of a
 * reference path, States.MathAdd, a Parameters template, a Choice rule, ResultPath, a filtered
 * JSONPath and a JSONata expression — the per-transition costs of the Choice + Pass loop.
 */
import { evaluateChoiceRule } from '../../server/src/interpreter/choice';
import { evaluateIntrinsic } from '../../server/src/interpreter/intrinsics';
import { evaluateJsonata } from '../../server/src/interpreter/jsonata';
import { evaluatePath } from '../../server/src/interpreter/jsonpath';
import { evaluatePayloadTemplate } from '../../server/src/interpreter/payload';
import { applyResultPath } from '../../server/src/interpreter/resultPath';
import type { EvalScope, Json } from '../../server/src/interpreter/value';

const scope: EvalScope = { context: { State: { Name: 'S' } }, variable: () => undefined, random: Math.random };
const data: Json = {
  i: 41,
  a: { b: [7, 8] },
  store: { book: Array.from({ length: 20 }, (_, k) => ({ price: k, title: `t${k}` })) },
};

function rate(label: string, fn: (i: number) => unknown, n = 2_000_000): void {
  for (let i = 0; i < 50_000; i++) fn(i);
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) fn(i);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(`${label.padEnd(52)} ${(n / seconds / 1e6).toFixed(2).padStart(7)} M/s`);
}

async function rateAsync(label: string, fn: () => Promise<unknown>, n = 100_000): Promise<void> {
  for (let i = 0; i < 5_000; i++) await fn();
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) await fn();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(`${label.padEnd(52)} ${(n / seconds / 1e3).toFixed(1).padStart(7)} k/s`);
}

async function main(): Promise<void> {
  const template: Json = { 'i.$': 'States.MathAdd($.i, 1)' };
  const rule: Json = { Variable: '$.i', NumericLessThan: 100_000 };
  rate("evaluatePath('$.a.b[0]')", () => evaluatePath('$.a.b[0]', data, scope));
  rate("evaluateIntrinsic('States.MathAdd($.i, 1)')", () => evaluateIntrinsic('States.MathAdd($.i, 1)', data, scope));
  rate('evaluatePayloadTemplate({i.$: MathAdd})', () => evaluatePayloadTemplate(template, data, scope));
  rate('evaluateChoiceRule(NumericLessThan on $.i)', () => evaluateChoiceRule(rule, data, scope));
  rate("applyResultPath(input, '$.r', x)", (i) => applyResultPath(data, '$.r', i));
  rate(
    "evaluatePath('$.store.book[?(@.price < 5)].title')",
    () => evaluatePath('$.store.book[?(@.price < 5)].title', data, scope),
    200_000,
  );
  await rateAsync("evaluateJsonata('$states.input.i + 1')", () =>
    evaluateJsonata('$states.input.i + 1', { states: { input: data } }, scope),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
