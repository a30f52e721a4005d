/*
 * Evaluates Jayway filter expressions (`[?(...)]`) for one candidate item. A path operand that
 * matches nothing is "undefined": it makes every comparison false except `!=` and `nin`.
 * Numbers and numeric strings compare equal when their values are (Jayway's NumberNode rule);
 * `=~` must match the whole string (Java's Matcher.matches()), on the linear-time RE2 engine.
 */
import { RE2JS } from 're2js';
import type { FilterExpr, FilterOperand, FilterOperator } from '../asl/expr';
import { compileLinearRegex } from '../asl/expr/linearRegex';
import { applyPathFunction } from './jsonpathFunctions';
import { selectAll, walkKeys } from './jsonpathSelect';
import { type Json, jsonEquals } from './value';

type Operand = Json | undefined | RE2JS;

export function filterAccepts(expr: FilterExpr, item: Json, root: Json): boolean {
  switch (expr.kind) {
    case 'or':
      return filterAccepts(expr.left, item, root) || filterAccepts(expr.right, item, root);
    case 'and':
      return filterAccepts(expr.left, item, root) && filterAccepts(expr.right, item, root);
    case 'not':
      return !filterAccepts(expr.operand, item, root);
    case 'exists':
      return operandValue(expr.operand, item, root) !== undefined;
    case 'compare':
      return compare(expr.op, operandValue(expr.left, item, root), operandValue(expr.right, item, root));
  }
}

function operandValue(operand: FilterOperand, item: Json, root: Json): Operand {
  if (operand.kind === 'literal') return operand.value as Json;
  if (operand.kind === 'regex') {
    // The parser refuses a regex RE2 cannot run, so the path never compiles with one (a string here matches nothing).
    const re = compileLinearRegex(operand.source, operand.flags, 'java');
    return typeof re === 'string' ? undefined : re;
  }
  const start = operand.relative ? item : root;
  const keys = referenceKeysOf(operand);
  let value: Json | undefined;
  if (keys) value = walkKeys(start, keys);
  else value = selectAll([start], operand.segments, root);
  return operand.function ? applyPathFunction(operand.function, value) : value;
}

const keysCache = new WeakMap<object, readonly (string | number)[] | null>();

/** The keys of an operand path made only of `.name` / `[n]` steps (walked without allocation), else null. */
function referenceKeysOf(operand: FilterOperand & { kind: 'path' }): readonly (string | number)[] | null {
  let keys = keysCache.get(operand);
  if (keys === undefined) {
    const simple = operand.segments.every((s) => s.kind === 'property' || s.kind === 'index');
    keys = simple
      ? operand.segments.map((s) => (s.kind === 'property' ? s.name : s.kind === 'index' ? s.index : 0))
      : null;
    keysCache.set(operand, keys);
  }
  return keys;
}

function compare(op: FilterOperator, left: Operand, right: Operand): boolean {
  if (op === '!=') return !equalValues(left, right);
  if (op === 'nin') return !(Array.isArray(right) && right.some((r) => equalValues(left, r)));
  if (left === undefined || right === undefined) return false;
  switch (op) {
    case '==':
      return equalValues(left, right);
    case '<':
    case '<=':
    case '>':
    case '>=':
      return ordered(op, left, right);
    case '=~':
      return right instanceof RE2JS && typeof left === 'string' && right.matches(left);
    case 'in':
      return Array.isArray(right) && right.some((r) => equalValues(left, r));
    case 'subsetof':
      return Array.isArray(left) && Array.isArray(right) && left.every((l) => right.some((r) => equalValues(l, r)));
    case 'anyof':
      return Array.isArray(left) && Array.isArray(right) && left.some((l) => right.some((r) => equalValues(l, r)));
    case 'noneof':
      return Array.isArray(left) && Array.isArray(right) && !left.some((l) => right.some((r) => equalValues(l, r)));
    case 'size':
      return typeof right === 'number' && (Array.isArray(left) || typeof left === 'string') && left.length === right;
    case 'empty':
      return (
        typeof right === 'boolean' && (Array.isArray(left) || typeof left === 'string') && (left.length === 0) === right
      );
  }
}

function equalValues(left: Operand, right: Operand): boolean {
  if (left === undefined || right === undefined || left instanceof RE2JS || right instanceof RE2JS)
    return left === right;
  if (typeof left === 'number' && typeof right === 'string') return right.trim() !== '' && Number(right) === left;
  if (typeof left === 'string' && typeof right === 'number') return left.trim() !== '' && Number(left) === right;
  return jsonEquals(left, right);
}

function ordered(op: '<' | '<=' | '>' | '>=', left: Operand, right: Operand): boolean {
  const bothNumbers = typeof left === 'number' && typeof right === 'number';
  const bothStrings = typeof left === 'string' && typeof right === 'string';
  if (!bothNumbers && !bothStrings) return false;
  const l = left as number | string;
  const r = right as number | string;
  switch (op) {
    case '<':
      return l < r;
    case '<=':
      return l <= r;
    case '>':
      return l > r;
    case '>=':
      return l >= r;
  }
}
