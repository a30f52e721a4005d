/*
 * Choice rules in JSONPath states: data-test expressions (Variable + one operator, literal or
 * `…Path` operand), the Is* type tests, and And/Or/Not with short-circuit evaluation. Each rule
 * object is compiled once (WeakMap by identity). A comparison on the wrong type is false; a
 * Variable (or `…Path` operand) that matches nothing is States.Runtime, except for the Is* tests.
 * Decisions: Is* on a missing Variable tests as "not of that type" (IsNull: false → true).
 */
import { COMPARISONS, TYPE_TESTS } from './choiceOperators';
import { Failure } from './failure';
import { type CompiledPath, compilePath } from './jsonpath';
import { type EvalScope, type Json, type JsonObject, isJsonObject } from './value';

type CompiledRule = (data: Json, scope: EvalScope) => boolean | Failure;

const NON_OPERATOR_FIELDS = new Set(['Variable', 'Next', 'Comment', 'Assign', 'Output']);
const compiledRules = new WeakMap<object, CompiledRule>();

export function evaluateChoiceRule(rule: Json, data: Json, scope: EvalScope): boolean | Failure {
  return compiled(rule)(data, scope);
}

/** The cached closure of a rule object (nested rules are compiled with it). */
function compiled(rule: Json): CompiledRule {
  if (!isJsonObject(rule)) return constantFailure(`A choice rule must be an object, not ${JSON.stringify(rule)}`);
  let fn = compiledRules.get(rule);
  if (fn === undefined) {
    fn = compileRule(rule);
    compiledRules.set(rule, fn);
  }
  return fn;
}

function constantFailure(cause: string): CompiledRule {
  const failure = new Failure('States.Runtime', cause);
  return () => failure;
}

function compileRule(rule: JsonObject): CompiledRule {
  if (Array.isArray(rule.And)) return compileJunction(rule.And, true);
  if (Array.isArray(rule.Or)) return compileJunction(rule.Or, false);
  if (isJsonObject(rule.Not)) {
    const inner = compiled(rule.Not);
    return (data, scope) => {
      const r = inner(data, scope);
      return r instanceof Failure ? r : !r;
    };
  }
  return compileDataTest(rule);
}

function compileJunction(rules: Json[], and: boolean): CompiledRule {
  const fns = rules.map(compiled);
  return (data, scope) => {
    for (const fn of fns) {
      const v = fn(data, scope);
      if (v instanceof Failure) return v;
      if (v !== and) return v;
    }
    return and;
  };
}

function compileDataTest(rule: JsonObject): CompiledRule {
  const variable = rule.Variable;
  if (typeof variable !== 'string') return constantFailure('A choice rule needs And, Or, Not or a Variable');
  const operators = Object.keys(rule).filter((k) => !NON_OPERATOR_FIELDS.has(k));
  if (operators.length !== 1)
    return constantFailure(`A choice rule needs exactly one comparison operator, found ${operators.length}`);
  const operator = operators[0];
  const read = compilePath(variable);
  if (read instanceof Failure) return () => read;
  const operand = rule[operator];
  if (operator === 'IsPresent') return (data, scope) => (read(data, scope) !== undefined) === operand;
  const typeTest = TYPE_TESTS.get(operator);
  if (typeTest) {
    return (data, scope) => {
      const value = read(data, scope);
      return (value !== undefined && typeTest(value)) === operand;
    };
  }
  return compileComparison(variable, read, operator, operand);
}

function compileComparison(variable: string, read: CompiledPath, operator: string, operand: Json): CompiledRule {
  const isPath = operator.endsWith('Path') && operator !== 'StringMatches';
  const compare = COMPARISONS.get(isPath ? operator.slice(0, -4) : operator);
  if (!compare) return constantFailure(`Unknown choice operator '${operator}'`);
  const readOperand = isPath ? compileOperandPath(operand) : undefined;
  if (readOperand instanceof Failure) return () => readOperand;
  return (data, scope) => {
    const value = read(data, scope);
    if (value === undefined) return missing(variable);
    if (readOperand === undefined) return compare(value, operand);
    const other = readOperand(data, scope);
    return other === undefined ? missing(operand as string) : compare(value, other);
  };
}

function compileOperandPath(operand: Json): CompiledPath | Failure {
  if (typeof operand !== 'string')
    return new Failure('States.Runtime', `A …Path operator needs a path, not ${JSON.stringify(operand)}`);
  return compilePath(operand);
}

function missing(path: string): Failure {
  return new Failure(
    'States.Runtime',
    `Invalid path '${path}': The choice state's condition path references an invalid value.`,
  );
}
