/*
 * Expressions against a stopped state, for the debug console, conditional breakpoints and
 * logpoints: JSONPath, intrinsic functions and JSONata run on the interpreter's own evaluators
 * (one truth), over the state's input, variables and context. Completions come from the spec
 * tables. Knows nothing of DAP.
 */
import { Cursor, catchSyntax } from '../asl/expr/cursor';
import { parseFilterExpr } from '../asl/expr/filterParser';
import { CONTEXT_FIELDS } from '../asl/spec/context';
import { INTRINSIC_FUNCTIONS } from '../asl/spec/intrinsics';
import { JSONATA_FUNCTIONS, STATES_VARIABLE_FIELDS } from '../asl/spec/jsonata';
import { Failure } from '../interpreter/failure';
import { evaluateIntrinsic } from '../interpreter/intrinsics';
import { evaluateJsonata } from '../interpreter/jsonata';
import { evaluatePath } from '../interpreter/jsonpath';
import { filterAccepts } from '../interpreter/jsonpathFilter';
import { seededRandom } from '../interpreter/random';
import type { EvalScope, Json } from '../interpreter/value';

/** What an expression can see at a stop. */
export interface EvalTarget {
  readonly input: Json;
  readonly variables: Readonly<Record<string, Json>>;
  readonly context: Json;
  readonly queryLanguage: 'JSONPath' | 'JSONata';
  /** The error being handled, when stopped on one ({Error, Cause}). */
  readonly errorOutput?: Json;
}

export type EvalResult = { readonly value: Json } | { readonly error: string };

function scopeOf(target: EvalTarget): EvalScope {
  return {
    context: target.context,
    variable: (name) =>
      Object.prototype.hasOwnProperty.call(target.variables, name) ? target.variables[name] : undefined,
    random: seededRandom(1),
  };
}

function fromFailure(value: Json | Failure): EvalResult {
  return value instanceof Failure ? { error: `${value.error}: ${value.cause}` } : { value };
}

/** `{% … %}` is JSONata, `States.…(…)` an intrinsic, `$…` JSONPath in a JSONPath state; else JSONata. */
export async function evaluateExpression(text: string, target: EvalTarget): Promise<EvalResult> {
  const expression = text.trim();
  if (expression === '') return { error: 'empty expression' };
  const jsonataBody = /^\{%([\s\S]*)%\}$/.exec(expression);
  if (jsonataBody) return evaluateJsonataText(jsonataBody[1], target);
  const scope = scopeOf(target);
  if (expression.startsWith('States.')) return fromFailure(evaluateIntrinsic(expression, target.input, scope));
  if (target.queryLanguage === 'JSONPath' && expression.startsWith('$'))
    return fromFailure(evaluatePath(expression, target.input, scope));
  return evaluateJsonataText(expression, target);
}

async function evaluateJsonataText(body: string, target: EvalTarget): Promise<EvalResult> {
  const states: Record<string, Json> = { input: target.input, context: target.context };
  if (target.errorOutput !== undefined) states.errorOutput = target.errorOutput;
  return fromFailure(await evaluateJsonata(body.trim(), { states }, scopeOf(target)));
}

/**
 * A breakpoint condition. JSONata states: a JSONata expression, true when its value is truthy.
 * JSONPath states: a Jayway filter (the text of `[?( … )]`) where `$` and `@` are the state input,
 * e.g. `$.total > 100 && $.vip == true`. An error is reported, and the breakpoint then stops.
 */
export async function evaluateCondition(condition: string, target: EvalTarget): Promise<boolean | { error: string }> {
  const text = condition.trim();
  if (target.queryLanguage === 'JSONata' || /^\{%[\s\S]*%\}$/.test(text)) {
    const r = await evaluateExpression(text, { ...target, queryLanguage: 'JSONata' });
    return 'error' in r ? r : truthy(r.value);
  }
  const c = new Cursor(text);
  const parsed = catchSyntax(() => {
    const expr = parseFilterExpr(c);
    c.skipSpaces();
    if (!c.eof()) c.fail(`Unexpected '${c.peek()}'`);
    return expr;
  });
  if (parsed.ast === undefined) return { error: `invalid condition: ${parsed.errors[0]?.message ?? 'syntax error'}` };
  return filterAccepts(parsed.ast, target.input, target.input);
}

function truthy(value: Json): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return value !== null && value !== false && value !== 0 && value !== '';
}

/** A value as a logpoint shows it: strings as they are, others as JSON. */
function logText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** A logpoint message: each `{expression}` replaced by its value (strings as they are, others as JSON). */
export async function interpolate(message: string, target: EvalTarget): Promise<string> {
  let out = '';
  let last = 0;
  for (const m of message.matchAll(/\{([^{}]+)\}/g)) {
    out += message.slice(last, m.index);
    const r = await evaluateExpression(m[1], target);
    out += 'error' in r ? `<${r.error}>` : logText(r.value);
    last = (m.index ?? 0) + m[0].length;
  }
  return out + message.slice(last);
}

export interface CompletionCandidate {
  readonly label: string;
  readonly type: 'property' | 'variable' | 'function' | 'field';
  readonly detail?: string;
}

/** Completions for the text before the cursor: input fields, variables, `$$`/`$states` fields, functions. */
export function completionsFor(prefix: string, target: EvalTarget): CompletionCandidate[] {
  const word = /[\w$.]*$/.exec(prefix)?.[0] ?? '';
  const all = [...inputFields(target.input), ...variableNames(target), ...contextFields(target), ...functions(target)];
  return all.filter((c) => c.label.startsWith(word) && c.label !== word);
}

function inputFields(input: Json): CompletionCandidate[] {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return [];
  return Object.keys(input).map((k) => ({ label: `$.${k}`, type: 'property' as const }));
}

function variableNames(target: EvalTarget): CompletionCandidate[] {
  return Object.keys(target.variables).map((k) => ({ label: `$${k}`, type: 'variable' as const }));
}

function contextFields(target: EvalTarget): CompletionCandidate[] {
  const root = target.queryLanguage === 'JSONata' ? '$states.context.' : '$$.';
  const context = CONTEXT_FIELDS.map((f) => ({ label: root + f.path, type: 'field' as const, detail: f.doc }));
  if (target.queryLanguage === 'JSONPath') return context;
  const states = STATES_VARIABLE_FIELDS.map((f) => ({
    label: `$states.${f.path}`,
    type: 'field' as const,
    detail: f.doc,
  }));
  return [...states, ...context];
}

function functions(target: EvalTarget): CompletionCandidate[] {
  const intrinsics = INTRINSIC_FUNCTIONS.map((f) => ({
    label: f.name,
    type: 'function' as const,
    detail: f.signature,
  }));
  if (target.queryLanguage === 'JSONPath') return intrinsics;
  return JSONATA_FUNCTIONS.filter((f) => f.unavailable !== true).map((f) => ({
    label: f.name,
    type: 'function' as const,
    detail: f.signature,
  }));
}
