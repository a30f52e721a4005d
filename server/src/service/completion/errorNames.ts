/*
 * Error names in ErrorEquals: predefined `States.*` errors, the errors raised by Fail states of
 * this document (their `Error` values), and common Lambda errors. Names already listed are skipped.
 */
import { type CompletionItem, CompletionItemKind } from 'vscode-languageserver-types';
import { LAMBDA_ERRORS, PREDEFINED_ERRORS } from '../../asl/spec';
import { getPropertyValue, stringValue } from '../../asl/nodes';
import type { AslNode } from '../../asl/types';
import { isArrayParent } from './cursor';
import { type CompletionContext, valueItem } from './items';

function listed(ctx: CompletionContext): Set<string> {
  const out = new Set<string>();
  const parent = ctx.cursor.node?.parent;
  const list: AslNode | undefined = isArrayParent(parent) ? parent : ctx.cursor.property?.value;
  if (list !== undefined && list.kind === 'array') {
    for (const item of list.items)
      if (item !== ctx.cursor.node && item.kind === 'string') out.add(item.value as string);
  }
  return out;
}

/** `Error` values of the document's Fail states, with the names of the states raising them. */
function failErrors(ctx: CompletionContext): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const s of ctx.asl.allStates) {
    if (s.type !== 'Fail') continue;
    const error = stringValue(getPropertyValue(s.node, 'Error'));
    if (error === undefined || error === '' || error.startsWith('{%')) continue;
    (out.get(error) ?? out.set(error, []).get(error)!).push(s.name);
  }
  return out;
}

export function errorNameItems(ctx: CompletionContext): CompletionItem[] {
  const skip = listed(ctx);
  const items: CompletionItem[] = [];
  const add = (name: string, detail: string, doc: string | undefined, group: string): void => {
    if (skip.has(name)) return;
    skip.add(name);
    items.push(
      valueItem(ctx, {
        label: name,
        kind: CompletionItemKind.Constant,
        value: name,
        detail,
        doc,
        sortText: `${group}${name}`,
      }),
    );
  };
  for (const [name, states] of failErrors(ctx))
    add(name, 'Raised by a Fail state', `Raised by: ${states.join(', ')}`, '0');
  for (const e of PREDEFINED_ERRORS) add(e.name, 'Predefined error', e.doc, '1');
  for (const e of LAMBDA_ERRORS) add(e.name, 'Lambda error', e.doc, '2');
  return items;
}
