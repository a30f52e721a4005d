/*
 * JSONPath evaluation (Jayway semantics, as AWS Step Functions uses) over paths parsed by
 * asl/expr, so the validator accepts exactly what runs here. Roots: `$` data, `$$` context
 * object, `$name` workflow variable. Each path string is compiled once; reference paths
 * (`$.a.b[0]`) take a fast path, a plain key walk. No I/O, never throws, never copies.
 */
import { parseJsonPath, segmentKey } from '../asl/expr';
import type { JsonPathAst, JsonPathRoot, PathSegment } from '../asl/expr';
import { Failure } from './failure';
import { applyPathFunction } from './jsonpathFunctions';
import { selectAll, walkKeys } from './jsonpathSelect';
import { type EvalScope, type Json } from './value';

/** Evaluates a compiled path: undefined when it matches nothing. */
export type CompiledPath = (data: Json, scope: EvalScope) => Json | undefined;

export { walkKeys };

const compiled = new Map<string, CompiledPath | Failure>();

/** Definite paths return the value, indefinite ones an array; no match → Failure('States.Runtime'). */
export function evaluatePath(path: string, data: Json, scope: EvalScope): Json | Failure {
  const fn = compilePath(path);
  if (fn instanceof Failure) return fn;
  const value = fn(data, scope);
  return value === undefined ? new Failure('States.Runtime', noResultsCause(path)) : value;
}

/** Like evaluatePath, but a path that matches nothing gives undefined (Choice IsPresent, ...). */
export function evaluatePathOrUndefined(path: string, data: Json, scope: EvalScope): Json | undefined | Failure {
  const fn = compilePath(path);
  return fn instanceof Failure ? fn : fn(data, scope);
}

/** The cached compiled form of a path, or Failure('States.Runtime') when it does not parse. */
export function compilePath(path: string): CompiledPath | Failure {
  let fn = compiled.get(path);
  if (fn === undefined) {
    const { ast, errors } = parseJsonPath(path);
    fn = ast
      ? compileAst(ast)
      : new Failure('States.Runtime', `Invalid JSONPath '${path}': ${errors[0]?.message ?? 'syntax error'}`);
    if (compiled.size > 10_000) compiled.clear();
    compiled.set(path, fn);
  }
  return fn;
}

/** Jayway's wording: "Invalid path '$.a' : No results for path: $['a']". */
export function noResultsCause(path: string): string {
  const { ast } = parseJsonPath(path);
  return `Invalid path '${path}' : No results for path: ${ast ? normalizedPath(ast) : path}`;
}

export function normalizedPath(ast: JsonPathAst): string {
  return rootText(ast.root) + ast.segments.map(bracketed).join('');
}

function rootText(root: JsonPathRoot): string {
  if (root.kind === 'data') return '$';
  if (root.kind === 'context') return '$$';
  return `$${root.name}`;
}

/** `['name']` or `[n]` for a name or index segment; nothing for the others (Jayway's normalized form). */
function bracketed(segment: PathSegment): string {
  const key = segmentKey(segment);
  if (key === undefined) return '';
  return typeof key === 'number' ? `[${key}]` : `['${key}']`;
}

function compileAst(ast: JsonPathAst): CompiledPath {
  const fn = ast.function;
  if (fn !== undefined) {
    const inner = compileAst({ ...ast, function: undefined, definite: isDefinite(ast), reference: false });
    return (data, scope) => applyPathFunction(fn, inner(data, scope));
  }
  const root = rootGetter(ast.root);
  if (ast.reference) {
    const keys = ast.segments.map((s) => segmentKey(s) ?? 0);
    if (keys.length === 0) return root;
    return (data, scope) => {
      const start = root(data, scope);
      return start === undefined ? undefined : walkKeys(start, keys);
    };
  }
  const segments = ast.segments;
  if (ast.definite) {
    return (data, scope) => {
      const start = root(data, scope);
      if (start === undefined) return undefined;
      const found = selectAll([start], segments, start);
      return found.length > 0 ? found[0] : undefined;
    };
  }
  return (data, scope) => {
    const start = root(data, scope);
    return start === undefined ? [] : selectAll([start], segments, start);
  };
}

/** Definiteness of the segments alone (a path with a function is always reported definite). */
function isDefinite(ast: JsonPathAst): boolean {
  return ast.segments.every(
    (s, i) => s.kind === 'property' || s.kind === 'index' || (s.kind === 'properties' && i === ast.segments.length - 1),
  );
}

function rootGetter(root: JsonPathRoot): CompiledPath {
  switch (root.kind) {
    case 'data':
      return (data) => data;
    case 'context':
      return (_data, scope) => scope.context;
    case 'variable': {
      const name = root.name;
      return (_data, scope) => scope.variable(name);
    }
  }
}
