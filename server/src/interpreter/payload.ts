/*
 * Payload templates (Parameters, ItemSelector, ResultSelector, and Assign in JSONPath states):
 * keys ending in `.$` take the value of a path ($, $$, $name) or an intrinsic function; nested
 * objects and arrays are processed recursively. Each template object is compiled once (WeakMap
 * by identity); static parts are shared, never copied. Never throws.
 */
import { isIntrinsicCall } from '../asl/expr';
import { Failure } from './failure';
import { jsonPathNotFound } from './causes';
import { compileIntrinsic } from './intrinsics';
import { compilePath } from './jsonpath';
import { type EvalScope, type Json, type JsonObject, setOwn } from './value';

type Compiled = (data: Json, scope: EvalScope) => Json | Failure;
interface Entry {
  readonly key: string;
  readonly fn: Compiled;
}

const compiledTemplates = new WeakMap<object, Compiled | null>();

/**
 * Unresolvable path → States.Runtime in every state and field, as recorded AWS executions show
 * (the guide's States.ParameterPathFailure is not what AWS raises; see ARCHITECTURE.md).
 */
export function evaluatePayloadTemplate(template: Json, data: Json, scope: EvalScope): Json | Failure {
  if (template === null || typeof template !== 'object') return template;
  const fn = compileTemplate(template);
  return fn === null ? template : fn(data, scope);
}

/** null when the template has no `.$` key anywhere (it is then its own value). */
function compileTemplate(template: Json[] | JsonObject): Compiled | null {
  let fn = compiledTemplates.get(template);
  if (fn === undefined) {
    fn = Array.isArray(template) ? compileArray(template) : compileObject(template);
    compiledTemplates.set(template, fn);
  }
  return fn;
}

function compileValue(value: Json): Compiled | null {
  return value !== null && typeof value === 'object' ? compileTemplate(value) : null;
}

function compileArray(template: Json[]): Compiled | null {
  const items = template.map((item) => compileValue(item));
  if (items.every((f) => f === null)) return null;
  return (data, scope) => {
    const out: Json[] = new Array(template.length);
    for (let i = 0; i < template.length; i++) {
      const f = items[i];
      const v = f === null ? template[i] : f(data, scope);
      if (v instanceof Failure) return v;
      out[i] = v;
    }
    return out;
  };
}

function compileObject(template: JsonObject): Compiled | null {
  const entries: Entry[] = [];
  let dynamic = false;
  for (const key of Object.keys(template)) {
    const value = template[key];
    const fn = key.endsWith('.$') ? compileDynamic(key, value) : compileValue(value);
    if (fn !== null) dynamic = true;
    entries.push({ key: key.endsWith('.$') ? key.slice(0, -2) : key, fn: fn ?? (() => value) });
  }
  if (!dynamic) return null;
  return (data, scope) => {
    const out: JsonObject = {};
    for (const { key, fn } of entries) {
      const v = fn(data, scope);
      if (v instanceof Failure) return v;
      setOwn(out, key, v);
    }
    return out;
  };
}

function compileDynamic(key: string, expression: Json): Compiled {
  if (typeof expression !== 'string') {
    const failure = new Failure(
      'States.Runtime',
      `The value of the field '${key}' must be a path or an intrinsic function, not ${JSON.stringify(expression)}`,
    );
    return () => failure;
  }
  if (isIntrinsicCall(expression)) {
    const fn = compileIntrinsic(expression);
    return (data, scope) => fn(data, scope);
  }
  const path = compilePath(expression);
  if (path instanceof Failure) return () => path;
  return (data, scope) => {
    const v = path(data, scope);
    return v !== undefined ? v : jsonPathNotFound(expression, key, expression.startsWith('$$') ? scope.context : data);
  };
}
