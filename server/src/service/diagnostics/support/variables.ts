/*
 * Workflow variables: where each state reads `$name` (JSONata expressions, JSONPath `$var` paths,
 * intrinsic arguments). Names and spans only; the flow analysis is asl/variables.ts.
 */
import { isIntrinsicCall } from '../../../asl/expr';
import type { IntrinsicArg, JsonPathAst } from '../../../asl/expr';
import { jsonataFunctionSpec } from '../../../asl/spec';
import type { AslNode, AslProperty, AslState, Span } from '../../../asl/types';
import type { RuleContext } from '../context';
import { textSpan } from './strings';

export interface VariableRead {
  readonly name: string;
  readonly span: Span;
}

/** Variable reads per state. */
export function collectReads(ctx: RuleContext): Map<AslState, VariableRead[]> {
  const reads = new Map<AslState, VariableRead[]>();
  const add = (state: AslState | undefined, read: VariableRead) => {
    if (!state) return;
    const list = reads.get(state);
    if (list) list.push(read);
    else reads.set(state, [read]);
  };
  for (const site of ctx.expressions.jsonata) {
    for (const ref of ctx.jsonata(site.expression).refs?.variables ?? []) {
      if (ref.name === 'states' || jsonataFunctionSpec(ref.name)) continue;
      add(site.state, { name: ref.name, span: textSpan(ctx.text, site.node, 2 + ref.start, 2 + ref.end) });
    }
  }
  const paths = ctx.pathStrings;
  for (let i = 0; i < paths.length; i++) {
    const site = paths[i];
    const text = site.node.value as string;
    if (isIntrinsicCall(text)) {
      const call = ctx.intrinsic(text).ast;
      if (call === undefined) continue;
      const names: { name: string; start: number; end: number }[] = [];
      collectIntrinsicVariables(call, names, 0);
      for (const n of names) add(site.state, { name: n.name, span: textSpan(ctx.text, site.node, n.start, n.end) });
    } else {
      const ast = ctx.jsonPath(text).ast;
      const name = ast && variableOf(ast);
      if (name === undefined) continue;
      const start = text.indexOf('$');
      add(site.state, { name, span: textSpan(ctx.text, site.node, start, start + 1 + name.length) });
    }
  }
  return reads;
}

function variableOf(ast: JsonPathAst): string | undefined {
  return ast.root.kind === 'variable' ? ast.root.name : undefined;
}

function collectIntrinsicVariables(
  arg: IntrinsicArg,
  out: { name: string; start: number; end: number }[],
  depth: number,
): void {
  if (depth > 16) return;
  if (arg.kind === 'call') for (const a of arg.args) collectIntrinsicVariables(a, out, depth + 1);
  else if (arg.kind === 'path') {
    const name = variableOf(arg.ast);
    if (name !== undefined) out.push({ name, start: arg.start, end: arg.start + 1 + name.length });
  }
}

/** The properties of an Assign object (each sets `name` or `name.$`). */
export function assignProperties(assign: AslNode | undefined): AslProperty[] {
  return assign?.kind === 'object' ? [...assign.properties] : [];
}
