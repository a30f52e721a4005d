/*
 * What a parsed JSONata expression reads: free `$variables` (not bound inside the expression by
 * `:=`, lambda parameters, `@$x` or `#$i`) and the functions it calls. Offsets are relative to the
 * expression text. Memoized per AST (the AST itself is memoized per expression text).
 */
import type jsonata from 'jsonata';

export interface JsonataRef {
  readonly name: string;
  /** [start, end) in the expression, `$` included. */
  readonly start: number;
  readonly end: number;
}

export interface JsonataRefs {
  readonly variables: readonly JsonataRef[];
  readonly functions: readonly JsonataRef[];
  /**
   * Field names read where there is no context item (the first step of a top-level path, e.g.
   * `phone` in `{% phone %}`): Step Functions evaluates expressions without a context item and
   * refuses such references (UNSUPPORTED_JSONATA_EXPRESSION). `name` has no `$`.
   */
  readonly topLevelNames: readonly JsonataRef[];
}

const cache = new WeakMap<object, JsonataRefs>();

export function jsonataRefs(ast: jsonata.ExprNode): JsonataRefs {
  let refs = cache.get(ast);
  if (!refs) cache.set(ast, (refs = collect(ast)));
  return refs;
}

type AnyNode = { readonly [key: string]: unknown };

/** Keys whose expressions are evaluated against a context item (predicates, sort terms, ...). */
const CONTEXT_KEYS = new Set(['stages', 'predicate', 'group', 'terms', 'body', 'pattern', 'update', 'delete', 'expr']);

function collect(ast: jsonata.ExprNode): JsonataRefs {
  const bound = new Set<string>();
  const reads: JsonataRef[] = [];
  const functions: JsonataRef[] = [];
  const topLevelNames: JsonataRef[] = [];
  const visit = (value: unknown, role: 'read' | 'bind' | 'call', context: boolean): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item, role, context);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const node = value as AnyNode;
    if (typeof node.focus === 'string') bound.add(node.focus);
    if (typeof node.index === 'string') bound.add(node.index);
    if (node.type === 'variable' && typeof node.value === 'string') {
      const ref = toRef(node);
      if (role === 'bind') bound.add(ref.name);
      else if (role === 'call') functions.push(ref);
      else if (ref.name !== '' && ref.name !== '$') reads.push(ref);
    }
    if (node.type === 'path' && Array.isArray(node.steps)) {
      node.steps.forEach((step, i) => {
        const first = step as AnyNode;
        if (i === 0 && !context && first.type === 'name' && typeof first.value === 'string')
          topLevelNames.push(nameRef(first));
        visit(step, 'read', context || i > 0);
      });
      return;
    }
    for (const key of Object.keys(node)) {
      if (key === 'value' || key === 'position' || key === 'type') continue;
      const child = node[key];
      const inner = context || CONTEXT_KEYS.has(key);
      if (node.type === 'bind' && key === 'lhs') visit(child, 'bind', inner);
      else if (node.type === 'lambda' && key === 'arguments') visit(child, 'bind', inner);
      else if (key === 'procedure') visit(child, 'call', inner);
      else visit(child, 'read', inner);
    }
  };
  visit(ast, 'read', false);
  return { variables: reads.filter((r) => !bound.has(r.name)), functions, topLevelNames };
}

function nameRef(node: AnyNode): JsonataRef {
  const name = node.value as string;
  const end = typeof node.position === 'number' ? node.position : 0;
  return { name, start: Math.max(0, end - name.length), end };
}

function toRef(node: AnyNode): JsonataRef {
  const name = node.value as string;
  const end = typeof node.position === 'number' ? node.position : 0;
  return { name, start: Math.max(0, end - name.length - 1), end };
}
