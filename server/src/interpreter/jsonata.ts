/*
 * JSONata evaluation with the jsonata package at 2.0.6 (the version AWS runs: no `?:`/`??`, and
 * no $eval), the `$states` binding, workflow variables and AWS's added functions. Each expression
 * is compiled once; the variables it names are found in its AST and bound per evaluation from the
 * scope. Any error, or a result that is undefined, becomes States.QueryEvaluationError.
 * Decision: `$` at the top level is undefined (AWS forbids top-level `$`/field names).
 */
import type jsonata from 'jsonata';
import { isJsonataString, jsonataBody } from '../asl/expr';
import { compileJsonata } from '../asl/expr/jsonataEngine';
import { DEFAULT_EVALUATION_BUDGET } from './environment';
import { budgetBinding, installBudgetHooks } from './jsonataBudget';
import { Failure } from './failure';
import { jsonataWhere } from './causes';
import { awsFunctions } from './jsonataFunctions';
import { type EvalScope, type Json, type JsonObject, isJsonObject } from './value';

export interface JsonataBindings {
  /** { input, result?, errorOutput?, context } */
  readonly states: Json;
}

interface Compiled {
  readonly expression?: jsonata.Expression;
  readonly error?: string;
  /** Variable names referenced in the expression (without `$`), other than `states`. */
  readonly variables: readonly string[];
}

const compiled = new Map<string, Compiled>();

/** True for a string that is exactly `{% ... %}` (no spaces outside the delimiters). */
export { isJsonataString };

/** `expression` is the body without the `{% %}` delimiters; `field` names it in causes. */
export async function evaluateJsonata(
  expression: string,
  bindings: JsonataBindings,
  scope: EvalScope,
  field?: string,
): Promise<Json | Failure> {
  const c = compile(expression);
  const where = jsonataWhere(expression, field);
  if (!c.expression) return new Failure('States.QueryEvaluationError', `${where} is invalid: ${c.error}`);
  const values: Record<string, unknown> = {
    ...awsFunctions(scope),
    ...budgetBinding(scope.budget ?? DEFAULT_EVALUATION_BUDGET),
    states: bindings.states,
  };
  for (const name of c.variables) {
    const v = scope.variable(name);
    if (v !== undefined) values[name] = v;
  }
  try {
    const result: unknown = await c.expression.evaluate(undefined, values);
    if (result === undefined)
      return new Failure('States.QueryEvaluationError', `${where} returned nothing (undefined).`);
    if (isFunctionValue(result))
      return new Failure('States.QueryEvaluationError', `${where} returned a function, which is not JSON.`);
    return result as Json;
  } catch (e) {
    return new Failure('States.QueryEvaluationError', `${where} failed: ${errorText(e)}`);
  }
}

/** Evaluates every `{% %}` string inside objects and arrays; parts without one are shared as they are. */
export async function evaluateJsonataTemplate(
  value: Json,
  bindings: JsonataBindings,
  scope: EvalScope,
  field?: string,
): Promise<Json | Failure> {
  if (isJsonataString(value)) return evaluateJsonata(jsonataBody(value), bindings, scope, field);
  if (value === null || typeof value !== 'object' || !hasExpressions(value)) return value;
  if (Array.isArray(value)) {
    const out: Json[] = [];
    for (let i = 0; i < value.length; i++) {
      const v = await evaluateJsonataTemplate(
        value[i],
        bindings,
        scope,
        field === undefined ? undefined : `${field}[${i}]`,
      );
      if (v instanceof Failure) return v;
      out.push(v);
    }
    return out;
  }
  const out: JsonObject = {};
  for (const key of Object.keys(value)) {
    const v = await evaluateJsonataTemplate(value[key], bindings, scope, field === undefined ? key : `${field}/${key}`);
    if (v instanceof Failure) return v;
    Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

const expressionsInside = new WeakMap<object, boolean>();

function hasExpressions(value: Json[] | JsonObject): boolean {
  let has = expressionsInside.get(value);
  if (has === undefined) {
    const children = Array.isArray(value) ? value : Object.values(value);
    has = children.some((c) => isJsonataString(c) || (c !== null && typeof c === 'object' && hasExpressions(c)));
    expressionsInside.set(value, has);
  }
  return has;
}

function compile(expression: string): Compiled {
  let c = compiled.get(expression);
  if (c === undefined) {
    try {
      const expr = compileJsonata(expression);
      installBudgetHooks(expr);
      c = { expression: expr, variables: variablesIn(expr.ast()) };
    } catch (e) {
      c = { error: errorText(e), variables: [] };
    }
    if (compiled.size > 10_000) compiled.clear();
    compiled.set(expression, c);
  }
  return c;
}

function variablesIn(ast: unknown): string[] {
  const names = new Set<string>();
  const seen = new Set<object>();
  const walk = (node: unknown): void => {
    if (node === null || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    const n = node as { type?: unknown; value?: unknown };
    if (n.type === 'variable' && typeof n.value === 'string' && n.value !== '' && n.value !== 'states')
      names.add(n.value);
    for (const child of Array.isArray(node) ? node : Object.values(node)) walk(child);
  };
  walk(ast);
  return [...names];
}

function isFunctionValue(v: unknown): boolean {
  return (
    typeof v === 'function' ||
    (typeof v === 'object' && v !== null && (v as { _jsonata_lambda?: unknown })._jsonata_lambda === true)
  );
}

function errorText(e: unknown): string {
  if (isJsonObject(e as Json) || e instanceof Error) {
    const err = e as { message?: unknown; code?: unknown; position?: unknown };
    const code =
      typeof err.code === 'string'
        ? ` [${err.code}${typeof err.position === 'number' ? ` at ${err.position}` : ''}]`
        : '';
    return `${String(err.message ?? e)}${code}`;
  }
  return String(e);
}
