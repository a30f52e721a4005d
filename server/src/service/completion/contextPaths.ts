/*
 * Context object paths: `$$.` in JSONPath, `$states.context.` in JSONata. `Map.Item.*` only inside
 * a Map state's ItemSelector (or deprecated Parameters); `Task.*` only in Task states.
 */
import { type CompletionItem, CompletionItemKind } from 'vscode-languageserver-types';
import { CONTEXT_FIELDS, type ContextFieldSpec } from '../../asl/spec';
import type { Scope } from './scope';
import type { CompletionContext } from './items';
import { fitsPrefix, type Token, tokenItem } from './tokens';

/** Whether a context field exists where the cursor is. */
export function contextFieldAvailable(scope: Scope, field: ContextFieldSpec): boolean {
  const top = field.path.split('.')[0];
  if (top === 'Map')
    return scope.state?.type === 'Map' && (scope.rel[0] === 'ItemSelector' || scope.rel[0] === 'Parameters');
  if (top === 'Task') return scope.state?.type === 'Task';
  return true;
}

export function contextPathItems(
  ctx: CompletionContext,
  token: Token,
  prefix: '$$.' | '$states.context.',
): CompletionItem[] {
  const items: CompletionItem[] = [];
  for (const f of CONTEXT_FIELDS) {
    const label = `${prefix}${f.path}`;
    if (!contextFieldAvailable(ctx.scope, f) || !fitsPrefix(token, label)) continue;
    const detail = f.availability === undefined ? 'Context object' : `Context object: ${f.availability}`;
    items.push(
      tokenItem(ctx, token, { label, kind: CompletionItemKind.Field, detail, doc: f.doc, sortText: `1${label}` }),
    );
  }
  return items;
}
