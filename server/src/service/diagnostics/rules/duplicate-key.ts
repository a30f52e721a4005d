/* duplicate-key: a key written twice in one object (state names are left to duplicate-state-name). */
import type { AslNode, AslProperty } from '../../../asl/types';
import type { DiagnosticRule, RuleContext } from '../context';
import { MESSAGES } from '../messages';

export const duplicateKeyRule: DiagnosticRule = {
  scope: 'document',
  codes: ['duplicate-key'],
  check(ctx) {
    const statesNodes = new Set(ctx.doc.allMachines.map((m) => m.statesNode));
    visit(ctx, ctx.doc.root, statesNodes, 0, ctx.doc.machine?.statesNode);
  },
};

/** Deeper nesting (hostile documents) is not checked. */
const MAX_DEPTH = 512;

/**
 * `units`: the top-level `States` object, whose states are checked one by one (replayed when unchanged).
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
  for (let i = 0; i < props.length; i++) {
    const value = props[i].value;
    if (value === undefined || !isContainer(value)) continue;
    if (node === units) ctx.perUnit('duplicate-key', value, () => visit(ctx, value, skip, depth + 1));
    else visit(ctx, value, skip, depth + 1, units);
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
