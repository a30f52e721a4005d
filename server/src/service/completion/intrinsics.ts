/*
 * Intrinsic functions (`States.*`) with signature snippets, inside JSONPath `.$` values, Assign
 * values and fields that accept an intrinsic (ErrorPath, CausePath).
 */
import { type CompletionItem, CompletionItemKind } from 'vscode-languageserver-types';
import { INTRINSIC_FUNCTIONS } from '../../asl/spec';
import type { CompletionContext } from './items';
import { callSnippet, fitsPrefix, type Token, tokenItem } from './tokens';

export function intrinsicItems(ctx: CompletionContext, token: Token): CompletionItem[] {
  if (token.prefix.startsWith('$')) return [];
  return INTRINSIC_FUNCTIONS.filter((f) => fitsPrefix(token, f.name)).map((f) =>
    tokenItem(ctx, token, {
      label: f.name,
      kind: CompletionItemKind.Function,
      text: callSnippet(f.name, f.signature),
      snippet: true,
      detail: f.signature,
      doc: f.doc,
      sortText: `2${f.name}`,
    }),
  );
}
