/*
 * Workflow variables (`$name`) that an Assign can have set before the current state, in JSONPath
 * paths and in JSONata expressions. The analysis lives in service/variables.ts.
 */
import { type CompletionItem, CompletionItemKind } from 'vscode-languageserver-types';
import { variablesAt } from '../../asl/variables';
import type { CompletionContext } from './items';
import { fitsPrefix, type Token, tokenItem } from './tokens';

export function variableItems(ctx: CompletionContext, token: Token): CompletionItem[] {
  const state = ctx.scope.state;
  if (state === undefined) return [];
  const items: CompletionItem[] = [];
  for (const name of [...variablesAt(ctx.asl, state)].sort()) {
    const label = `$${name}`;
    if (!fitsPrefix(token, label)) continue;
    items.push(
      tokenItem(ctx, token, {
        label,
        kind: CompletionItemKind.Variable,
        detail: 'Workflow variable',
        sortText: `0${name}`,
      }),
    );
  }
  return items;
}
