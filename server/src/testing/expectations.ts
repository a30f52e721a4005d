/*
 * Reads a case's `expect` block into typed expectations, each located: status, output,
 * outputContains, assertions (JSONPath / JSONata), error, cause, path, visits, notVisits and
 * per-state checks. Regular expressions are checked here with the linear-time engine the
 * interpreter uses. Pure; problems go to the TreeReader.
 */
import type { AslNode, AslProperty } from '../asl';
import { compileLinearRegex } from '../asl/expr/linearRegex';
import { parseJsonPath } from '../asl/expr';
import { compileJsonata } from '../asl/expr/jsonataEngine';
import type { ExpectationKind } from '../testProtocol';
import {
  EXECUTION_STATUSES,
  type Assertion,
  type ExecutionStatusName,
  type Expectation,
  type StateCheck,
  type StateCheckKind,
  type StateExpectation,
  type TextMatcher,
  type ValueCheck,
} from './model';
import { prop, TreeReader } from './reader';

export const EXPECTATION_KEYS: readonly ExpectationKind[] = [
  'status',
  'output',
  'outputContains',
  'assertions',
  'error',
  'cause',
  'path',
  'visits',
  'notVisits',
  'states',
];
export const STATE_CHECK_KEYS: readonly (StateCheckKind | 'visit')[] = [
  'input',
  'inputContains',
  'output',
  'outputContains',
  'retries',
  'entered',
  'visit',
];
const ASSERTION_KEYS = ['path', 'jsonata', 'equals', 'contains', 'exists', 'matches'] as const;

export function readExpectations(r: TreeReader, property: AslProperty): Expectation[] {
  const obj = r.object(property.value, "a case's 'expect'", property.keySpan, EXPECTATION_KEYS);
  const out: Expectation[] = [];
  for (const p of obj?.properties ?? []) {
    const e = EXPECTATION_KEYS.includes(p.key as ExpectationKind) ? readOne(r, p, p.key as ExpectationKind) : undefined;
    if (e !== undefined) out.push(e);
  }
  return out;
}

function readOne(r: TreeReader, p: AslProperty, kind: ExpectationKind): Expectation | undefined {
  const span = p.span;
  switch (kind) {
    case 'status':
      return readStatus(r, p);
    case 'output':
    case 'outputContains': {
      const value = r.json(p, `'${kind}'`);
      return value && { kind, expected: value.value, span };
    }
    case 'assertions': {
      const assertions = readAssertions(r, p);
      return assertions && { kind, assertions, span };
    }
    case 'error':
    case 'cause': {
      const matcher = readMatcher(r, p, `'${kind}'`);
      return matcher && { kind, matcher, span };
    }
    case 'path':
    case 'visits':
    case 'notVisits': {
      const states = r.strings(p, `'${kind}'`);
      return states && { kind, states, span };
    }
    case 'states': {
      const states = r.named(p.value, "'states'", p.keySpan).map((s) => readStateExpectation(r, s));
      return { kind, states: states.filter((s) => s !== undefined), span };
    }
    default:
      return assertNever(kind);
  }
}

function assertNever(kind: never): never {
  throw new Error(`unhandled expectation kind ${String(kind)}`);
}

function readStatus(r: TreeReader, p: AslProperty): Expectation | undefined {
  const s = r.string(p, "'status'");
  if (s === undefined) return undefined;
  if (!EXECUTION_STATUSES.includes(s.value as ExecutionStatusName)) {
    r.report(`'status' must be one of ${EXECUTION_STATUSES.join(', ')} (got '${s.value}')`, s.span);
    return undefined;
  }
  return { kind: 'status', expected: s.value as ExecutionStatusName, span: p.span };
}

/** A string (exact), or `{ contains: "..." }`, or `{ matches: "regex" }`. */
export function readMatcher(r: TreeReader, p: AslProperty, what: string): TextMatcher | undefined {
  const v = p.value;
  if (v?.kind === 'string') return { kind: 'equals', text: v.value as string };
  if (v?.kind !== 'object' || v.properties.length !== 1) {
    r.report(`${what} must be a string, { contains: "..." } or { matches: "regex" }`, v?.span ?? p.keySpan);
    return undefined;
  }
  const only = v.properties[0];
  const text = only.value?.kind === 'string' ? (only.value.value as string) : undefined;
  if ((only.key !== 'contains' && only.key !== 'matches') || text === undefined) {
    r.report(`${what} must be a string, { contains: "..." } or { matches: "regex" }`, only.span);
    return undefined;
  }
  if (only.key === 'contains') return { kind: 'contains', text };
  return checkedPattern(r, text, only.value as AslNode) ? { kind: 'matches', pattern: text } : undefined;
}

function checkedPattern(r: TreeReader, pattern: string, node: AslNode): boolean {
  const compiled = compileLinearRegex(pattern, '', 'javascript');
  if (typeof compiled === 'string') r.report(compiled, node.span);
  return typeof compiled !== 'string';
}

function readAssertions(r: TreeReader, p: AslProperty): Assertion[] | undefined {
  const v = p.value;
  if (v?.kind !== 'array') {
    r.report("'assertions' must be a list of { path, equals | contains | exists | matches } or { jsonata }", p.span);
    return undefined;
  }
  const out: Assertion[] = [];
  for (const item of v.items) {
    const a = readAssertion(r, item);
    if (a !== undefined) out.push(a);
  }
  return out;
}

function readAssertion(r: TreeReader, node: AslNode): Assertion | undefined {
  const obj = r.object(node, 'an assertion', node.span, ASSERTION_KEYS);
  if (obj === undefined) return undefined;
  const path = r.string(prop(obj, 'path'), "an assertion's 'path'");
  const jsonata = r.string(prop(obj, 'jsonata'), "an assertion's 'jsonata'");
  if ((path === undefined) === (jsonata === undefined)) {
    r.report("an assertion needs exactly one of 'path' (JSONPath over the output) or 'jsonata'", node.span);
    return undefined;
  }
  const check = readValueCheck(r, obj, node, jsonata !== undefined);
  if (check === undefined) return undefined;
  if (path !== undefined) return checkedPath(r, path.value, path.span, node, check);
  const expression = stripDelimiters(jsonata?.value ?? '');
  const problem = jsonataProblem(expression);
  if (problem !== undefined)
    r.report(`'${expression}' is not a JSONata expression: ${problem}`, jsonata?.span ?? node.span);
  return problem === undefined ? { kind: 'jsonata', expression, check, span: node.span } : undefined;
}

function jsonataProblem(expression: string): string | undefined {
  try {
    compileJsonata(expression);
    return undefined;
  } catch (e) {
    const message = (e as { message?: unknown } | undefined)?.message;
    return typeof message === 'string' ? message : String(e);
  }
}

function checkedPath(
  r: TreeReader,
  path: string,
  at: AslNode['span'],
  node: AslNode,
  check: ValueCheck,
): Assertion | undefined {
  const parsed = parseJsonPath(path);
  if (parsed.ast === undefined || !path.startsWith('$')) {
    r.report(`'${path}' is not a JSONPath: ${parsed.errors[0]?.message ?? 'it must start with $'}`, at);
    return undefined;
  }
  return { kind: 'path', path, check, span: node.span };
}

/** `{% expr %}` and `expr` mean the same in an assertion. */
function stripDelimiters(text: string): string {
  const m = /^\s*\{%([\s\S]*)%\}\s*$/.exec(text);
  return (m ? m[1] : text).trim();
}

function readValueCheck(
  r: TreeReader,
  obj: Parameters<typeof prop>[0],
  node: AslNode,
  jsonata: boolean,
): ValueCheck | undefined {
  const given = (['equals', 'contains', 'exists', 'matches'] as const).filter((k) => prop(obj, k) !== undefined);
  if (given.length > 1) {
    r.report(`an assertion takes one of equals, contains, exists, matches (got ${given.join(', ')})`, node.span);
    return undefined;
  }
  const kind = given[0];
  if (kind === undefined) {
    if (jsonata) return { kind: 'true' };
    r.report("a 'path' assertion needs one of equals, contains, exists or matches", node.span);
    return undefined;
  }
  const p = prop(obj, kind) as AslProperty;
  if (kind === 'exists' && jsonata) {
    r.report("'exists' goes with 'path'; in JSONata write $exists(...) in the expression", p.keySpan);
    return undefined;
  }
  if (kind === 'exists') {
    const b = r.boolean(p, "'exists'");
    return b === undefined ? undefined : { kind, value: b };
  }
  if (kind === 'matches') {
    const s = r.string(p, "'matches'");
    return s !== undefined && checkedPattern(r, s.value, p.value as AslNode) ? { kind, pattern: s.value } : undefined;
  }
  const value = r.json(p, `'${kind}'`);
  return value && { kind, value: value.value };
}

function readStateExpectation(r: TreeReader, p: AslProperty): StateExpectation | undefined {
  const obj = r.object(p.value, `the checks of state '${p.key}'`, p.keySpan, STATE_CHECK_KEYS);
  if (obj === undefined) return undefined;
  const checks: StateCheck[] = [];
  for (const c of obj.properties) {
    const check = readStateCheck(r, c);
    if (check !== undefined) checks.push(check);
  }
  const visit = r.count(prop(obj, 'visit'), "'visit'") ?? 0;
  return { state: { value: p.key, span: p.keySpan }, span: p.span, visit, checks };
}

function readStateCheck(r: TreeReader, c: AslProperty): StateCheck | undefined {
  const kind = c.key as StateCheckKind;
  if (kind === 'retries' || kind === 'entered') {
    const n = r.count(c, `'${kind}'`);
    return n === undefined ? undefined : { kind, expected: n, span: c.span };
  }
  if (!['input', 'inputContains', 'output', 'outputContains'].includes(kind)) return undefined;
  const value = r.json(c, `'${kind}'`);
  return value && { kind, expected: value.value, span: c.span };
}
