/*
 * offset → Location: machine, state, node, property, path, role and transition at a cursor.
 * Works on incomplete text (`"Next": |`, `{ | }`, YAML `Next: |` or a new indented key line).
 * The cursor at the end of a token counts as inside it. Never throws; no LSP types.
 * Conventions: on a key, `node` is the object holding it; where a new key may be typed, role is
 * 'key' with `node` = that object (`node === machine.statesNode` for a new state name) and
 * `property` = the enclosing one; after `Key:` with no value yet, role is 'value' with `property`
 * = that key and `path` ending with it; a new array item position is role 'value' on the array.
 */
import { findGap, type Target } from './locateGap';
import { spanContains } from './nodes';
import type {
  AslDocument,
  AslMachine,
  AslNode,
  AslObjectNode,
  AslProperty,
  AslState,
  Location,
  Transition,
} from './types';

/** What is at `offset` in the document. */
export function locate(doc: AslDocument, offset: number): Location {
  try {
    return contextOf(doc, offset, findTarget(doc, offset));
  } catch {
    return { offset, path: [], role: 'none' };
  }
}

function findTarget(doc: AslDocument, offset: number): Target {
  const root = doc.root;
  if (root === undefined) return { role: 'none' };
  if (!spanContains(root.span, offset)) return findGap(doc, root, offset, true);
  let node: AslNode = root;
  for (;;) {
    if (node.kind === 'object') {
      const p = propertyAt(node, offset);
      if (p === undefined) return edgeOrGap(doc, node, offset);
      if (spanContains(p.keySpan, offset)) return { node, property: p, role: 'key' };
      if (p.value === undefined || !spanContains(p.value.span, offset)) return { node, property: p, role: 'value' };
      node = p.value;
    } else if (node.kind === 'array') {
      const item = itemAt(node.items, offset);
      if (item === undefined) return edgeOrGap(doc, node, offset);
      node = item;
    } else {
      return { node, role: 'value' };
    }
  }
}

/** On a container's own bracket edge, the container is the value; elsewhere it is a gap. */
function edgeOrGap(doc: AslDocument, node: AslNode, offset: number): Target {
  const text = doc.text;
  const close = node.kind === 'object' ? '}' : ']';
  const bracketed = text[node.span.start] === (node.kind === 'object' ? '{' : '[');
  if (bracketed && (offset === node.span.start || (offset === node.span.end && text[offset - 1] === close))) {
    return { node, role: 'value' };
  }
  return findGap(doc, node, offset, false);
}

function propertyAt(node: AslObjectNode, offset: number): AslProperty | undefined {
  const props = node.properties;
  for (let i = props.length - 1; i >= 0; i--) {
    const s = props[i].span;
    if (s.start <= offset) return offset <= s.end ? props[i] : undefined;
  }
  return undefined;
}

function itemAt(items: readonly AslNode[], offset: number): AslNode | undefined {
  for (let i = items.length - 1; i >= 0; i--) {
    const s = items[i].span;
    if (s.start <= offset) return offset <= s.end ? items[i] : undefined;
  }
  return undefined;
}

interface Scope {
  machine?: AslMachine;
  state?: AslState;
  path: (string | number)[];
}

/** Walks from the root to the target, tracking machine, state and path. */
function contextOf(doc: AslDocument, offset: number, target: Target): Location {
  if (target.node === undefined) return { offset, path: [], role: 'none' };
  const scope: Scope = { machine: undefined, state: undefined, path: [] };
  const chain = ancestors(target.node);
  for (let i = 0; i < chain.length; i++) enter(doc, scope, chain[i], chain[i + 1]);
  let role = target.role;
  const p = target.property;
  if (p !== undefined) {
    const state = stateOfProperty(scope.machine, p);
    if (state !== undefined) {
      scope.state = state;
      scope.path = [];
      if (role === 'key') role = 'stateName';
    } else scope.path.push(p.key);
  }
  const transition = transitionAt(scope, target.node);
  return {
    offset,
    machine: scope.machine,
    state: scope.state,
    node: target.node,
    property: p ?? innermostProperty(target.node),
    path: scope.path,
    role,
    transition,
  };
}

/** Updates the scope on entering `node` (and the edge to `next`, its child on the chain). */
function enter(doc: AslDocument, scope: Scope, node: AslNode, next: AslNode | undefined): void {
  if (node.kind === 'object') {
    const machine = node.parent === undefined ? doc.machine : scope.state?.children.find((m) => m.node === node);
    if (machine !== undefined && machine.node === node) scope.machine = machine;
  }
  if (next === undefined) return;
  const via = next.parent;
  if (via === undefined) return;
  if ('key' in via) {
    const state = stateOfProperty(scope.machine, via);
    if (state !== undefined) {
      scope.state = state;
      scope.path = [];
    } else scope.path.push(via.key);
  } else scope.path.push(via.items.indexOf(next));
}

function stateOfProperty(machine: AslMachine | undefined, p: AslProperty): AslState | undefined {
  if (machine === undefined || machine.statesNode === undefined || p.parent !== machine.statesNode) return undefined;
  const byName = machine.stateByName.get(p.key);
  return byName !== undefined && byName.property === p ? byName : machine.states.find((s) => s.property === p);
}

function ancestors(node: AslNode): AslNode[] {
  const chain: AslNode[] = [];
  for (let n: AslNode | undefined = node; n !== undefined;) {
    chain.push(n);
    const parent: AslProperty | AslNode | undefined = n.parent;
    n = parentNode(parent);
  }
  return chain.reverse();
}

/** The node above a parent link: a property's owning object, or the parent node itself. */
function parentNode(parent: AslProperty | AslNode | undefined): AslNode | undefined {
  if (parent === undefined) return undefined;
  return 'key' in parent ? parent.parent : parent;
}

function innermostProperty(node: AslNode): AslProperty | undefined {
  for (let n: AslNode | undefined = node; n !== undefined;) {
    const parent: AslProperty | AslNode | undefined = n.parent;
    if (parent === undefined) return undefined;
    if ('key' in parent) return parent;
    n = parent;
  }
  return undefined;
}

function transitionAt(scope: Scope, node: AslNode): Transition | undefined {
  if (node.kind !== 'string') return undefined;
  const own = scope.state?.transitions.find((t) => t.node === node);
  if (own !== undefined) return own;
  return scope.machine?.startAt?.node === node ? scope.machine.startAt : undefined;
}
