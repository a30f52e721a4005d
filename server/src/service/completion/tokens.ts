/*
 * Token-level items inside an expression string (JSONPath `.$` values, JSONata `{% %}`): the token
 * under the cursor (`$$.Execution.I`, `States.Fo`, `$states.con`) is replaced by the item.
 */
import { type CompletionItem, type CompletionItemKind, InsertTextFormat, TextEdit } from 'vscode-languageserver-types';
import type { Span } from '../../asl/types';
import { type CompletionContext, toRange, withDocs } from './items';

export interface Token {
  readonly span: Span;
  /** Text from the token start to the cursor. */
  readonly prefix: string;
}

/** The `[\w$.]` token around the cursor, clamped to the string content. */
export function tokenAt(text: string, content: Span, offset: number): Token {
  let start = offset;
  while (start > content.start && /[\w$.]/.test(text[start - 1])) start--;
  let end = offset;
  while (end < content.end && /[\w$.]/.test(text[end])) end++;
  return { span: { start, end }, prefix: text.slice(start, offset) };
}

/** True when an item labelled `label` fits what is typed: the part up to the last dot must match. */
export function fitsPrefix(token: Token, label: string): boolean {
  const dot = token.prefix.lastIndexOf('.');
  return dot < 0 || label.startsWith(token.prefix.slice(0, dot + 1));
}

export interface TokenItem {
  readonly label: string;
  readonly kind: CompletionItemKind;
  /** Snippet text when `snippet`, else plain text. Defaults to the label. */
  readonly text?: string;
  readonly snippet?: boolean;
  readonly detail?: string;
  readonly doc?: string;
  readonly sortText?: string;
}

export function tokenItem(ctx: CompletionContext, token: Token, o: TokenItem): CompletionItem {
  const item: CompletionItem = {
    label: o.label,
    kind: o.kind,
    textEdit: TextEdit.replace(toRange(ctx, token.span), o.text ?? o.label),
  };
  if (o.sortText !== undefined) item.sortText = o.sortText;
  if (o.snippet) item.insertTextFormat = InsertTextFormat.Snippet;
  return withDocs(item, o.detail, o.doc);
}

/**
 * Snippet call text from a signature: `States.Format(template: string, ...values)` → `States.Format(${1:template},
 * ${2:values})`.
 */
export function callSnippet(name: string, signature: string): string {
  const open = signature.indexOf('(');
  const close = signature.lastIndexOf(')');
  if (open < 0 || close < open) return `${name}($1)`;
  const params = signature
    .slice(open + 1, close)
    .split(',')
    .map((p) =>
      p
        .trim()
        .replace(/^\.\.\./, '')
        .split(/[:=?]/)[0]
        .trim()
        .replace(/[[\]]/g, ''),
    )
    .filter((p) => p !== '');
  const optional = signature
    .slice(open + 1, close)
    .split(',')
    .map((p) => /\?|\[|=/.test(p));
  const required = params.filter((_p, i) => !optional[i]);
  const body = required.map((p, i) => `\${${i + 1}:${p.replace(/[$}\\]/g, '')}}`).join(', ');
  return `${name.replace(/\$/g, '\\$')}(${body})`;
}
