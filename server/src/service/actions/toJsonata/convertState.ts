/*
 * Rewrites the plain value of a JSONPath Pass or Task state as a JSONata state, best effort:
 * QueryLanguage JSONata; Parameters -> Arguments (Task) with `.$` values as `{% %}` expressions;
 * InputPath folded into those expressions; Result/ResultSelector/ResultPath/OutputPath -> Output;
 * catchers' ResultPath -> Output; Assign and *Path fields rewritten. Pure, on plain JS values.
 */
import { convertExpression } from './intrinsics';
import { convertPath, member } from './paths';

type Json = unknown;
type Obj = Record<string, Json>;

const REMOVED = new Set(['InputPath', 'Parameters', 'Result', 'ResultSelector', 'ResultPath', 'OutputPath']);
const PATH_FIELDS: Readonly<Record<string, string>> = {
  TimeoutSecondsPath: 'TimeoutSeconds',
  HeartbeatSecondsPath: 'HeartbeatSeconds',
};

export function convertStateToJsonata(state: Obj): Obj {
  const isTask = state.Type === 'Task';
  const input = inputExpression(state.InputPath);
  const result = isTask ? taskResult(state) : passResult(state, input);
  const output = outputOf(state, result, isTask);
  const out: Obj = {};
  for (const [key, value] of Object.entries(state)) {
    if (key === 'QueryLanguage') continue;
    if (key === 'Parameters' && isTask) out.Arguments = template(value, input);
    else if (PATH_FIELDS[key] !== undefined && typeof value === 'string')
      out[PATH_FIELDS[key]] = wrap(convertPath(value, input));
    else if (key === 'Assign') out.Assign = template(value, result.assignBase);
    else if (key === 'Catch' && Array.isArray(value)) out.Catch = value.map(convertCatcher);
    else if (!REMOVED.has(key)) out[key] = value;
    if (key === 'Type') out.QueryLanguage = 'JSONata';
    if (key === firstOutputKey(state) && output !== undefined) out.Output = output;
  }
  if (isTask && state.Parameters === undefined && input !== '$states.input') out.Arguments = wrap(input);
  if (output !== undefined && !('Output' in out)) out.Output = output;
  return out;
}

interface Result {
  /** JSONata expression of the state's result (before ResultPath). */
  readonly expr: string;
  /** The same as a JSON value with `{% %}` strings, when it is a template or a literal. */
  readonly value?: Json;
  /** What `$` means inside the state's Assign. */
  readonly assignBase: string;
}

function inputExpression(inputPath: Json): string {
  if (inputPath === null) return '{}';
  return typeof inputPath === 'string' ? convertPath(inputPath, '$states.input') : '$states.input';
}

function taskResult(state: Obj): Result {
  if (state.ResultSelector === undefined) return { expr: '$states.result', assignBase: '$states.result' };
  const expr = templateExpression(state.ResultSelector, '$states.result');
  return { expr, value: template(state.ResultSelector, '$states.result'), assignBase: expr };
}

function passResult(state: Obj, input: string): Result {
  if (state.Result !== undefined)
    return { expr: JSON.stringify(state.Result), value: state.Result, assignBase: JSON.stringify(state.Result) };
  if (state.Parameters !== undefined) {
    const expr = templateExpression(state.Parameters, input);
    return { expr, value: template(state.Parameters, input), assignBase: expr };
  }
  return { expr: input, assignBase: input };
}

/** The Output field's value, or undefined when the JSONata default already matches. */
function outputOf(state: Obj, result: Result, isTask: boolean): Json {
  const merged = resultPathExpression(state.ResultPath, result.expr, '$states.input');
  const outputPath = state.OutputPath;
  const expr = outputPathExpression(outputPath, merged);
  if (expr === (isTask ? '$states.result' : '$states.input')) return undefined;
  if (expr === result.expr && result.value !== undefined) return result.value;
  return wrap(expr);
}

/** The expression an OutputPath selects from the merged result. */
function outputPathExpression(outputPath: Json, merged: string): string {
  if (outputPath === undefined || outputPath === '$') return merged;
  return outputPath === null ? '{}' : convertPath(String(outputPath), merged);
}

/** ResultPath semantics: where `result` goes inside `input`. */
function resultPathExpression(resultPath: Json, result: string, input: string): string {
  if (resultPath === undefined || resultPath === '$') return result;
  if (resultPath === null || typeof resultPath !== 'string') return input;
  const names = [...resultPath.matchAll(/\.([A-Za-z0-9_]+)|\[['"]([^'"]*)['"]\]/g)].map((m) => m[1] ?? m[2]);
  if (names.length === 0) return result;
  return mergeInto(input, names, result);
}

function mergeInto(target: string, names: string[], value: string): string {
  const [head, ...rest] = names;
  const inner = rest.length === 0 ? value : mergeInto(`${member(target)}.${quote(head)}`, rest, value);
  return `$merge([${target}, {${JSON.stringify(head)}: ${inner}}])`;
}

function convertCatcher(catcher: Json): Json {
  if (catcher === null || typeof catcher !== 'object' || Array.isArray(catcher)) return catcher;
  const out: Obj = {};
  for (const [key, value] of Object.entries(catcher as Obj)) {
    if (key === 'ResultPath') {
      const expr = resultPathExpression(value, '$states.errorOutput', '$states.input');
      if (expr !== '$states.errorOutput') out.Output = wrap(expr);
    } else if (key === 'Assign') out.Assign = template(value, '$states.errorOutput');
    else out[key] = value;
  }
  return out;
}

/** A payload template as a JSON value whose `.$` entries became `{% %}` strings. */
function template(value: Json, base: string): Json {
  if (Array.isArray(value)) return value.map((v) => template(v, base));
  if (value === null || typeof value !== 'object') return value;
  const out: Obj = {};
  for (const [key, v] of Object.entries(value as Obj)) {
    if (key.endsWith('.$') && typeof v === 'string') out[key.slice(0, -2)] = wrap(convertExpression(v, base));
    else out[key] = template(v, base);
  }
  return out;
}

/** A payload template as one JSONata object constructor expression. */
function templateExpression(value: Json, base: string): string {
  if (Array.isArray(value)) return `[${value.map((v) => templateExpression(v, base)).join(', ')}]`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const entries = Object.entries(value as Obj).map(([key, v]) =>
    key.endsWith('.$') && typeof v === 'string'
      ? `${JSON.stringify(key.slice(0, -2))}: ${convertExpression(v, base)}`
      : `${JSON.stringify(key)}: ${templateExpression(v, base)}`,
  );
  return `{${entries.join(', ')}}`;
}

function firstOutputKey(state: Obj): string | undefined {
  return Object.keys(state).find(
    (k) =>
      k === 'Result' ||
      k === 'ResultSelector' ||
      k === 'ResultPath' ||
      k === 'OutputPath' ||
      (k === 'Parameters' && state.Type !== 'Task'),
  );
}

function wrap(expr: string): string {
  return `{% ${expr} %}`;
}

function quote(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : '`' + name + '`';
}
