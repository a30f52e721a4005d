/*
 * What a parsed JSONata expression reads: free `$variables` (not bound inside the expression by
 * `:=`, lambda parameters, `@$x` or `#$i`) and the functions it calls. Offsets are relative to the
 * expression text. Memoized per AST (the AST itself is memoized per expression text).
 */
import type jsonata = require('jsonata');

export interface JsonataRef {
  readonly name: string;
  /** [start, end) in the expression, `$` included. */
  readonly start: number;
  readonly end: number;
}

export interface JsonataRefs {
  readonly variables: readonly JsonataRef[];
  readonly functions: readonly JsonataRef[];
}

const cache = new WeakMap<object, JsonataRefs>();

export function jsonataRefs(ast: jsonata.ExprNode): JsonataRefs {
  let refs = cache.get(ast);
  if (!refs) cache.set(ast, (refs = collect(ast)));
  return refs;
}

type AnyNode = { readonly [key: string]: unknown };

function collect(ast: jsonata.ExprNode): JsonataRefs {
  const bound = new Set<string>();
  const reads: JsonataRef[] = [];
  const functions: JsonataRef[] = [];
  const visit = (value: unknown, role: 'read' | 'bind' | 'call'): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item, role);
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
    for (const key of Object.keys(node)) {
      if (key === 'value' || key === 'position' || key === 'type') continue;
      const child = node[key];
      if (node.type === 'bind' && key === 'lhs') visit(child, 'bind');
      else if (node.type === 'lambda' && key === 'arguments') visit(child, 'bind');
      else if (key === 'procedure') visit(child, 'call');
      else visit(child, 'read');
    }
  };
  visit(ast, 'read');
  return { variables: reads.filter((r) => !bound.has(r.name)), functions };
}

function toRef(node: AnyNode): JsonataRef {
  const name = node.value as string;
  const end = typeof node.position === 'number' ? node.position : 0;
  return { name, start: Math.max(0, end - name.length - 1), end };
}
