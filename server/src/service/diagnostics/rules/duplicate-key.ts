/* duplicate-key: a key written twice in one object (state names are left to duplicate-state-name). */
import type { AslNode, AslProperty, AslState } from '../../../asl/types';
import type { DiagnosticRule, RuleContext } from '../context';
import { MESSAGES } from '../messages';

/*
 * Runs per slice: each top-level state's value with the states it holds (a session replays it with
 * the state's other findings), and, in the slice holding the top-level machine, the text around
 * them. `States` objects are skipped (their keys are state names).
 */
export const duplicateKeyRule: DiagnosticRule = {
  scope: 'states',
  codes: ['duplicate-key'],
  check(ctx) {
    const root = ctx.doc.machine;
    if (root ? ctx.machines.includes(root) : ctx.states.length === 0)
      visit(ctx, ctx.doc.root, new Set([root?.statesNode]), 0, root?.statesNode);
    for (const state of ctx.states) {
      if (state.machine === root) visit(ctx, state.property.value, statesNodesIn(ctx.doc.allStates, state), 2);
    }
  },
};

/** Deeper nesting (hostile documents) is not checked. */
const MAX_DEPTH = 512;

const NONE: ReadonlySet<unknown> = new Set();

/**
 * The `States` objects of the machines nested in a top-level state (its descendants follow it in
 * allStates); one shared empty set for the many states that nest none.
 */
function statesNodesIn(all: readonly AslState[], top: AslState): ReadonlySet<unknown> {
  const next = top.machine.states[top.ordinal + 1];
  const end = next === undefined ? all.length : next.index;
  let out: Set<unknown> | undefined;
  for (let i = top.index; i < end; i++) for (const child of all[i].children) (out ??= new Set()).add(child.statesNode);
  return out ?? NONE;
}

/**
 * `units`: the top-level `States` object, whose states' values are left to the loop over states.
 * Only objects and arrays are visited (the leaves, most of the tree, cost no call), by index.
 */
function visit(
  ctx: RuleContext,
  node: AslNode | undefined,
  skip: ReadonlySet<unknown>,
  depth: number,
  units?: AslNode,
): void {
  if (node === undefined || depth > MAX_DEPTH) return;
  if (node.kind === 'array') {
    const items = node.items;
    for (let i = 0; i < items.length; i++) if (isContainer(items[i])) visit(ctx, items[i], skip, depth + 1, units);
  }
  if (node.kind !== 'object') return;
  const props = node.properties;
  if (props.length > 1 && !skip.has(node)) reportDuplicates(ctx, props);
  if (node === units) return;
  for (let i = 0; i < props.length; i++) {
    const value = props[i].value;
    if (value !== undefined && isContainer(value)) visit(ctx, value, skip, depth + 1, units);
  }
}

const isContainer = (node: AslNode): boolean => node.kind === 'object' || node.kind === 'array';

/** Quadratic scan for small objects (no allocation), a Set for big ones. */
function reportDuplicates(ctx: RuleContext, props: readonly AslProperty[]): void {
  if (props.length <= 12) {
    for (let i = 1; i < props.length; i++) {
      for (let j = 0; j < i; j++) {
        if (props[j].key === props[i].key) {
          report(ctx, props[i]);
          break;
        }
      }
    }
    return;
  }
  const seen = new Set<string>();
  for (const prop of props) {
    if (seen.has(prop.key)) report(ctx, prop);
    seen.add(prop.key);
  }
}

function report(ctx: RuleContext, prop: AslProperty): void {
  ctx.report('duplicate-key', prop.keySpan, MESSAGES.duplicateKey(prop.key), { data: { key: prop.key } });
}
