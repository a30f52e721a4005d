/*
 * Intrinsic functions (States.Format, States.MathAdd, ...): parses a call once per expression
 * string (asl/expr), compiles it to a closure and runs it with AWS's argument rules.
 * Failures are values: Failure('States.IntrinsicFailure') for bad arguments, unresolvable path
 * arguments and syntax errors. No I/O; random numbers come from the injected scope.
 */
import { checkIntrinsic, parseIntrinsic } from '../../asl/expr';
import type { IntrinsicArg, IntrinsicCall } from '../../asl/expr';
import { Failure } from '../failure';
import { compilePath } from '../jsonpath';
import type { EvalScope, Json } from '../value';
import { ARRAY_INTRINSICS } from './array';
import { ENCODING_INTRINSICS } from './encoding';
import { FORMAT_INTRINSICS } from './format';
import { HASH_INTRINSICS } from './hash';
import { JSON_INTRINSICS } from './json';
import { MATH_INTRINSICS } from './math';
import { STRING_INTRINSICS } from './string';
import type { IntrinsicImpl } from './support';
import { UUID_INTRINSICS } from './uuid';
import { intrinsicPathNotFound } from '../causes';

export type CompiledIntrinsic = (data: Json, scope: EvalScope) => Json | Failure;

const IMPLEMENTATIONS: ReadonlyMap<string, IntrinsicImpl> = new Map(
  Object.entries({
    ...ARRAY_INTRINSICS,
    ...ENCODING_INTRINSICS,
    ...FORMAT_INTRINSICS,
    ...HASH_INTRINSICS,
    ...JSON_INTRINSICS,
    ...MATH_INTRINSICS,
    ...STRING_INTRINSICS,
    ...UUID_INTRINSICS,
  }),
);

const compiled = new Map<string, CompiledIntrinsic>();

/** The names this interpreter implements (a test checks they match asl/spec's table). */
export function implementedIntrinsics(): string[] {
  return [...IMPLEMENTATIONS.keys()];
}

export function evaluateIntrinsic(expression: string, data: Json, scope: EvalScope): Json | Failure {
  return compileIntrinsic(expression)(data, scope);
}

/** The cached closure for an expression; a syntax error compiles to a constant Failure. */
export function compileIntrinsic(expression: string): CompiledIntrinsic {
  let fn = compiled.get(expression);
  if (fn === undefined) {
    const parsed = parseIntrinsic(expression);
    const ast = parsed.ast;
    const errors = ast ? [...parsed.errors, ...checkIntrinsic(ast)] : parsed.errors;
    if (ast && errors.length === 0) {
      fn = compileCall(ast, expression);
    } else {
      const failure = new Failure(
        'States.IntrinsicFailure',
        `Invalid intrinsic function '${expression}': ${errors[0]?.message ?? 'syntax error'}`,
      );
      fn = () => failure;
    }
    if (compiled.size > 10_000) compiled.clear();
    compiled.set(expression, fn);
  }
  return fn;
}

type ArgFn = (data: Json, scope: EvalScope) => Json | Failure;

function compileCall(call: IntrinsicCall, expression: string): CompiledIntrinsic {
  const impl = IMPLEMENTATIONS.get(call.name);
  if (!impl) {
    const failure = new Failure('States.IntrinsicFailure', `Unknown intrinsic function '${call.name}'`);
    return () => failure;
  }
  const argFns = call.args.map((a) => compileArg(a, expression));
  const raw = call.args.map((a) => (a.kind === 'string' ? a.raw : undefined));
  const name = call.name;
  return (data, scope) => {
    const args: Json[] = new Array(argFns.length);
    for (let i = 0; i < argFns.length; i++) {
      const v = argFns[i](data, scope);
      if (v instanceof Failure) return v;
      args[i] = v;
    }
    return impl({ name, args, raw, scope });
  };
}

function compileArg(arg: IntrinsicArg, expression: string): ArgFn {
  switch (arg.kind) {
    case 'call':
      return compileCall(arg, expression);
    case 'path':
      return compilePathArg(arg.path, expression);
    case 'null':
      return () => null;
    default: {
      const value = arg.value;
      return () => value;
    }
  }
}

function compilePathArg(path: string, expression: string): ArgFn {
  const fn = compilePath(path);
  if (fn instanceof Failure) return () => fn;
  return (data, scope) => {
    const v = fn(data, scope);
    if (v !== undefined) return v;
    return intrinsicPathNotFound(expression, path, path.startsWith('$$') ? scope.context : data);
  };
}
