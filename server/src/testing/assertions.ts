/*
 * `assertions`: a JSONPath over the execution output (the interpreter's Jayway evaluator) or a
 * JSONata expression with the output as `$` and `$states.output` (the interpreter's JSONata, AWS's
 * functions included), then the check: equals, contains (deep subset), exists, matches, or true.
 * Pure.
 */
import { parseJsonPath } from '../asl/expr';
import type { ExecutionResult } from '../interpreter/execution';
import { Failure } from '../interpreter/failure';
import { evaluateJsonata } from '../interpreter/jsonata';
import { evaluatePathOrUndefined } from '../interpreter/jsonpath';
import { seededRandom } from '../interpreter/random';
import type { EvalScope, Json } from '../interpreter/value';
import { firstMismatch, mismatchMessage, shortJson } from './compare';
import { errorSuffix, type FailureList } from './failures';
import type { Assertion, ValueCheck } from './model';
import { regexFinds } from './textMatch';

type Selected = { readonly value: Json | undefined; readonly found: boolean } | { readonly error: string };

export async function checkAssertion(a: Assertion, result: ExecutionResult, list: FailureList): Promise<void> {
  const label = a.kind === 'path' ? `${a.path}` : `JSONata '${a.expression}'`;
  if (result.status !== 'SUCCEEDED') {
    list.add(
      'assertions',
      `${label}: no output to assert on: the execution ${result.status}${errorSuffix(result)}`,
      a.span,
    );
    return;
  }
  const output = result.output as Json;
  const selected = a.kind === 'path' ? selectPath(a.path, output) : await evaluate(a.expression, output);
  if ('error' in selected) {
    list.add('assertions', `${label}: ${selected.error}`, a.span);
    return;
  }
  const problem = checkValue(a.check, selected);
  if (problem !== undefined) list.add('assertions', `${label} ${problem.message}`, a.span, problem.values);
}

function scope(): EvalScope {
  return { context: {}, variable: () => undefined, random: seededRandom(1) };
}

/** The path's value; an indefinite path that selects nothing gives `[]`, which counts as not found. */
function selectPath(path: string, output: Json): Selected {
  const value = evaluatePathOrUndefined(path, output, scope());
  if (value instanceof Failure) return { error: value.cause };
  const definite = parseJsonPath(path).ast?.definite ?? true;
  return { value, found: value !== undefined && (definite || !Array.isArray(value) || value.length > 0) };
}

async function evaluate(expression: string, output: Json): Promise<Selected> {
  const value = await evaluateJsonata(expression, { states: { output } }, scope(), undefined, output);
  return value instanceof Failure ? { error: value.cause } : { value, found: true };
}

interface Problem {
  readonly message: string;
  readonly values?: { expected?: Json; actual?: Json };
}

function checkValue(check: ValueCheck, s: { value: Json | undefined; found: boolean }): Problem | undefined {
  const actual = s.value;
  switch (check.kind) {
    case 'equals':
    case 'contains': {
      const m = firstMismatch(check.value, actual, '$', check.kind === 'contains');
      const verb = check.kind === 'equals' ? 'equal' : 'contain';
      if (m === undefined) return undefined;
      return {
        message: mismatchMessage(`does not ${verb} the expected value`, m),
        values: { expected: check.value, actual },
      };
    }
    case 'exists':
      if (s.found === check.value) return undefined;
      return { message: check.value ? 'selects nothing' : `selects ${shortJson(actual)}, expected nothing` };
    case 'matches':
      if (typeof actual === 'string' && regexFinds(check.pattern, actual)) return undefined;
      return { message: `is ${shortJson(actual)}, which does not match /${check.pattern}/` };
    case 'true':
      return actual === true ? undefined : { message: `is ${shortJson(actual)}, expected true` };
    default:
      return assertNever(check);
  }
}

function assertNever(check: never): never {
  throw new Error(`unhandled check ${JSON.stringify(check)}`);
}
