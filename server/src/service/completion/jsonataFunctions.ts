/*
 * Inside JSONata `{% %}`: the `$states` members available here (`result` only in Output/Assign of
 * Task/Parallel/Map, `errorOutput` only in a catcher's Output/Assign), and the JSONata functions of
 * Step Functions (2.0.6 built-ins plus $partition, $range, $hash, $random, $uuid, $parse; never $eval).
 */
import { type CompletionItem, CompletionItemKind } from 'vscode-languageserver-types';
import { JSONATA_FUNCTIONS, STATES_VARIABLE_FIELDS } from '../../asl/spec';
import type { Scope } from './scope';
import type { CompletionContext } from './items';
import { callSnippet, fitsPrefix, type Token, tokenItem } from './tokens';

/** Whether `$states.<member>` exists where the cursor is. */
export function statesMemberAvailable(scope: Scope, member: string): boolean {
  const rel = scope.rel;
  if (member === 'result') {
    const t = scope.state?.type;
    return (t === 'Task' || t === 'Parallel' || t === 'Map') && (rel[0] === 'Output' || rel[0] === 'Assign');
  }
  if (member === 'errorOutput') return rel[0] === 'Catch' && (rel[2] === 'Output' || rel[2] === 'Assign');
  return true;
}

export function statesMemberItems(ctx: CompletionContext, token: Token): CompletionItem[] {
  const items: CompletionItem[] = [];
  if (fitsPrefix(token, '$states')) {
    items.push(
      tokenItem(ctx, token, {
        label: '$states',
        kind: CompletionItemKind.Variable,
        detail: 'Reserved variable',
        doc: 'The reserved `$states` variable: `input`, `context` and, where available, `result` and `errorOutput`.',
        sortText: '0$states',
      }),
    );
  }
  for (const f of STATES_VARIABLE_FIELDS) {
    const label = `$states.${f.path}`;
    if (!statesMemberAvailable(ctx.scope, f.path) || !fitsPrefix(token, label)) continue;
    items.push(
      tokenItem(ctx, token, {
        label,
        kind: CompletionItemKind.Field,
        detail: f.availability,
        doc: f.doc,
        sortText: `0${label}`,
      }),
    );
  }
  return items;
}

export function jsonataFunctionItems(ctx: CompletionContext, token: Token): CompletionItem[] {
  if (token.prefix.includes('.')) return [];
  return JSONATA_FUNCTIONS.filter((f) => !f.unavailable).map((f) =>
    tokenItem(ctx, token, {
      label: f.name,
      kind: CompletionItemKind.Function,
      text: callSnippet(f.name, f.signature),
      snippet: true,
      detail: f.awsOnly ? `${f.signature} (Step Functions)` : f.signature,
      doc: f.doc,
      sortText: `3${f.name}`,
    }),
  );
}
