/* duplicate-key: a key written twice in one object (state names are left to duplicate-state-name). */
import type { AslNode } from '../../../asl/types';
import type { DiagnosticRule, RuleContext } from '../context';
import { MESSAGES } from '../messages';

export const duplicateKeyRule: DiagnosticRule = {
  codes: ['duplicate-key'],
  check(ctx) {
    const statesNodes = new Set(ctx.doc.allMachines.map((m) => m.statesNode));
    visit(ctx, ctx.doc.root, statesNodes);
  },
};

function visit(ctx: RuleContext, node: AslNode | undefined, skip: ReadonlySet<unknown>): void {
  if (node === undefined) return;
  if (node.kind === 'array') for (const item of node.items) visit(ctx, item, skip);
  if (node.kind !== 'object') return;
  if (!skip.has(node) && node.properties.length > 1) {
    const seen = new Set<string>();
    for (const prop of node.properties) {
      if (seen.has(prop.key)) ctx.report('duplicate-key', prop.keySpan, MESSAGES.duplicateKey(prop.key), { data: { key: prop.key } });
      seen.add(prop.key);
    }
  }
  for (const prop of node.properties) visit(ctx, prop.value, skip);
}
