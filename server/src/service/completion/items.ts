/*
 * Building completion items with text edits that replace the right span, in JSON and YAML:
 * values inside quotes insert raw text, bare values get quotes, keys get `"Key": ` plus a value
 * placeholder (`Key: ` in YAML). The one place that knows how to write a key or value as text.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  type CompletionItem,
  CompletionItemKind,
  type Command,
  InsertTextFormat,
  InsertTextMode,
  MarkupKind,
  type Range,
  TextEdit,
} from 'vscode-languageserver-types';
import type { AslDocument, Span } from '../../asl/types';
import { fieldKinds, type FieldSpec } from '../../asl/spec';
import { type Cursor, onCursorLine } from './cursor';
import type { Scope } from './scope';

export interface CompletionContext {
  readonly document: TextDocument;
  readonly asl: AslDocument;
  readonly cursor: Cursor;
  readonly scope: Scope;
  /** `cursor.replace` as a Range, computed once (lists can hold thousands of items). */
  readonly replaceRange: Range;
  /** Options.maxStateNames of doComplete (stateNames.ts has the default). */
  readonly maxStateNames?: number;
}

export const TRIGGER_SUGGEST: Command = { title: 'Suggest', command: 'editor.action.triggerSuggest' };

export function toRange(ctx: CompletionContext, span: Span): Range {
  if (span === ctx.cursor.replace) return ctx.replaceRange;
  return { start: ctx.document.positionAt(span.start), end: ctx.document.positionAt(span.end) };
}

/** Escapes text for use inside a snippet (`$`, `}` and `\`). */
export function escapeSnippet(s: string): string {
  return s.replace(/[$}\\]/g, (c) => `\\${c}`);
}

const YAML_PLAIN = /^[A-Za-z_$][\w.\-/$ ]*[\w.\-/$]$|^[A-Za-z_]$/;
const YAML_RESERVED = /^(true|false|null|yes|no|on|off|y|n|~)$/i;

/** A string as a YAML scalar: plain when safe, else double-quoted. */
export function yamlString(s: string): string {
  return YAML_PLAIN.test(s) && !YAML_RESERVED.test(s) && !s.includes(': ') && !s.includes(' #') ? s : JSON.stringify(s);
}

export interface ValueOptions {
  readonly label: string;
  readonly kind: CompletionItemKind;
  /** The string value to write; `literal` values (true, 12) are written bare. */
  readonly value: string;
  readonly literal?: boolean;
  readonly detail?: string;
  readonly doc?: string;
  readonly sortText?: string;
  readonly filterText?: string;
}

/** An item replacing the value under the cursor with `value`. */
export function valueItem(ctx: CompletionContext, o: ValueOptions): CompletionItem {
  const { cursor } = ctx;
  let span = cursor.replace;
  let text: string;
  if (o.literal && cursor.quoted && cursor.node !== undefined) {
    span = onCursorLine(ctx.asl.text, cursor.node.span, cursor.offset);
    text = o.value;
  } else {
    text = o.literal ? o.value : valueText(ctx, o.value);
  }
  text = valuePrefix(ctx, span) + text;
  const item: CompletionItem = { label: o.label, kind: o.kind, textEdit: TextEdit.replace(toRange(ctx, span), text) };
  if (o.sortText !== undefined) item.sortText = o.sortText;
  if (o.filterText !== undefined) item.filterText = o.filterText;
  return withDocs(item, o.detail, o.doc);
}

/** A space between a colon and a bare value typed right after it (`"Next":|`, `Next:|`). */
export function valuePrefix(ctx: CompletionContext, span: Span): string {
  return !ctx.cursor.quoted && ctx.asl.text[span.start - 1] === ':' ? ' ' : '';
}

/** A string value written at the cursor: raw inside quotes, else quoted for the format. */
export function valueText(ctx: CompletionContext, value: string): string {
  return valueWriter(ctx)(value);
}

/** `valueText` for many values at one cursor: the cursor's quoting is read once. */
export function valueWriter(ctx: CompletionContext): (value: string) => string {
  if (ctx.cursor.quoted) {
    const quote = ctx.asl.text[ctx.cursor.replace.start - 1];
    return ctx.asl.format === 'yaml' && quote === "'" ? singleQuotedContent : quotedContent;
  }
  return ctx.asl.format === 'yaml' ? yamlString : jsonString;
}

const jsonString = (value: string): string => JSON.stringify(value);

/** Text inside existing single quotes of YAML: quotes doubled. */
const singleQuotedContent = (value: string): string => value.replace(/'/g, "''");

/** Text inside existing JSON/double-quoted YAML quotes: escaped. */
const quotedContent = (value: string): string =>
  NEEDS_ESCAPE.test(value) ? JSON.stringify(value).slice(1, -1) : value;

// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /["\\\u0000-\u001f\u2028\u2029]/;

export function withDocs(item: CompletionItem, detail?: string, doc?: string): CompletionItem {
  if (detail !== undefined) item.detail = detail;
  if (doc !== undefined && doc !== '') item.documentation = { kind: MarkupKind.Markdown, value: doc };
  return item;
}

/** An item replacing the current token with a snippet (`text` is snippet syntax). */
export function snippetItem(
  ctx: CompletionContext,
  label: string,
  kind: CompletionItemKind,
  text: string,
  span = ctx.cursor.replace,
): CompletionItem {
  return {
    label,
    kind,
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: TextEdit.replace(toRange(ctx, span), text),
  };
}

/** Inserts the comma missing after the previous property (JSON), as an additional edit. */
export function addLeadingComma(ctx: CompletionContext, item: CompletionItem): void {
  const at = ctx.cursor.leadingCommaAt;
  if (at === undefined || ctx.asl.format !== 'json') return;
  const p = ctx.document.positionAt(at);
  item.additionalTextEdits = [...(item.additionalTextEdits ?? []), TextEdit.insert(p, ',')];
}

/** A key item: `"Name": <placeholder>` (JSON) or `Name: <placeholder>` (YAML). */
export function keyItem(ctx: CompletionContext, name: string, field: FieldSpec | undefined): CompletionItem {
  const { cursor } = ctx;
  const yaml = ctx.asl.format === 'yaml';
  const key = yaml ? yamlString(name) : JSON.stringify(name);
  let text: string;
  if (cursor.hasColon) text = escapeSnippet(key);
  else if (yaml) text = `${escapeSnippet(key)}:${yamlValueSnippet(ctx, name, field)}`;
  else text = `${escapeSnippet(key)}: ${jsonValueSnippet(ctx, name, field)}${cursor.needsComma ? ',' : ''}`;
  const item = snippetItem(ctx, name, CompletionItemKind.Property, text);
  addLeadingComma(ctx, item);
  if (yaml && text.includes('\n')) item.insertTextMode = InsertTextMode.asIs;
  if (!yaml && ctx.asl.text[cursor.replace.start] === '"') item.filterText = key;
  if (field?.kinds.includes('stateName') && !cursor.hasColon) item.command = TRIGGER_SUGGEST;
  if (name === 'Resource' && !cursor.hasColon) item.command = TRIGGER_SUGGEST;
  return withDocs(item, field?.deprecated ? `(deprecated) ${field.deprecated}` : undefined, field?.doc);
}

type Placeholder = 'string' | 'number' | 'boolean' | 'object' | 'array' | 'jsonata' | 'path' | 'enum' | 'true' | 'any';

function placeholderFor(ctx: CompletionContext, name: string, field: FieldSpec | undefined): Placeholder {
  if (field === undefined) return 'any';
  if (name === 'End') return 'true';
  if (field.enum !== undefined && field.enum.length > 0) return 'enum';
  const kinds = fieldKinds(field, ctx.scope.language);
  const k = kinds[0] ?? field.kinds[0];
  if (ctx.scope.language === 'JSONata' && (k === 'any' || k === 'jsonata')) return 'jsonata';
  switch (k) {
    case 'integer':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'object':
    case 'payloadTemplate':
      return 'object';
    case 'array':
      return 'array';
    case 'path':
    case 'referencePath':
      return 'path';
    case 'any':
      return 'any';
    default:
      return 'string';
  }
}

function enumChoice(field: FieldSpec | undefined): string {
  return `\${1|${(field?.enum ?? []).map((v) => v.replace(/[,|\\$}]/g, (c) => `\\${c}`)).join(',')}|}`;
}

function jsonValueSnippet(ctx: CompletionContext, name: string, field: FieldSpec | undefined): string {
  switch (placeholderFor(ctx, name, field)) {
    case 'true':
      return 'true';
    case 'enum':
      return `"${enumChoice(field)}"`;
    case 'number':
      return '${1:0}';
    case 'boolean':
      return '${1|true,false|}';
    case 'object':
      return '{$1}';
    case 'array':
      return name === 'ErrorEquals' ? '["$1"]' : '[$1]';
    case 'jsonata':
      return '"{% $1 %\\}"';
    case 'path':
      return '"\\$$1"';
    case 'any':
      return '$1';
    default:
      return '"$1"';
  }
}

function yamlValueSnippet(ctx: CompletionContext, name: string, field: FieldSpec | undefined): string {
  const inner = `\n${ctx.cursor.indent}  `;
  switch (placeholderFor(ctx, name, field)) {
    case 'true':
      return ' true';
    case 'enum':
      return ` ${enumChoice(field)}`;
    case 'number':
      return ' ${1:0}';
    case 'boolean':
      return ' ${1|true,false|}';
    case 'object':
      return `${inner}$1`;
    case 'array':
      return `${inner}- $1`;
    case 'jsonata':
      return " '{% $1 %\\}'";
    case 'path':
      return ' \\$$1';
    default:
      return ' $1';
  }
}
