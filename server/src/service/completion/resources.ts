/*
 * Resource ARNs of common integrations (Task, ItemReader, ResultWriter). When the object has no
 * Parameters (JSONPath) / Arguments (JSONata) yet and the Resource value is already a string, the
 * item also inserts the request skeleton after it (additionalTextEdits).
 */
import {
  type CompletionItem,
  CompletionItemKind,
  InsertTextFormat,
  InsertTextMode,
  TextEdit,
} from 'vscode-languageserver-types';
import { RESOURCES, type ResourceSpec } from '../../asl/spec';
import type { AslObjectNode } from '../../asl/types';
import { type CompletionContext, escapeSnippet, toRange, valuePrefix, withDocs } from './items';
import { toYaml } from './yamlText';

function usageAt(ctx: CompletionContext): ResourceSpec['usage'] | undefined {
  const rel = ctx.scope.rel;
  if (rel.length === 1 && ctx.scope.state?.type === 'Task') return 'task';
  if (rel.length === 2 && rel[0] === 'ItemReader') return 'itemReader';
  if (rel.length === 2 && rel[0] === 'ResultWriter') return 'resultWriter';
  return undefined;
}

/** The ARN as snippet text: UPPER_CASE placeholders become tab stops. */
function arnSnippet(arn: string): string {
  let n = 0;
  return escapeSnippet(arn).replace(/\b[A-Z][A-Z_]{2,}\b/g, (w) => `\${${++n}:${w}}`);
}

interface Skeleton {
  /** Where the skeleton goes: right after the Resource value (JSON) or at the end of its line (YAML). */
  readonly at: number;
  readonly text: string;
}

/** The Parameters/Arguments skeleton to add after the Resource, when the object has neither yet. */
function skeletonFor(ctx: CompletionContext, r: ResourceSpec): Skeleton | undefined {
  const { cursor, asl } = ctx;
  const owner: AslObjectNode | undefined = cursor.property?.parent;
  const field = ctx.scope.language === 'JSONata' ? 'Arguments' : 'Parameters';
  const skeleton = ctx.scope.language === 'JSONata' ? r.arguments : r.parameters;
  if (owner === undefined || Object.keys(skeleton).length === 0 || owner.properties.some((p) => p.key === field))
    return undefined;
  const keyStart = cursor.property!.keySpan.start;
  const indent = ' '.repeat(keyStart - (asl.text.lastIndexOf('\n', keyStart - 1) + 1));
  const valueEnd = Math.max(cursor.node?.span.end ?? cursor.replace.end, cursor.replace.end);
  if (asl.format === 'yaml') {
    let end = asl.text.indexOf('\n', valueEnd);
    if (end < 0) end = asl.text.length;
    if (asl.text[end - 1] === '\r') end--;
    return { at: end, text: `\n${indent}${field}:\n${indent}  ${toYaml(skeleton, `${indent}  `)}` };
  }
  const json = JSON.stringify(skeleton, null, 2).replace(/\n/g, `\n${indent}`);
  return { at: valueEnd, text: `,\n${indent}"${field}": ${json}` };
}

/** Adds the skeleton: as a separate edit when it lies after the main edit, else inside the main text. */
function addSkeleton(ctx: CompletionContext, item: CompletionItem, r: ResourceSpec): void {
  const skeleton = skeletonFor(ctx, r);
  if (skeleton === undefined || item.textEdit === undefined || !('range' in item.textEdit)) return;
  if (skeleton.at > ctx.cursor.replace.end) {
    item.additionalTextEdits = [TextEdit.insert(ctx.document.positionAt(skeleton.at), skeleton.text)];
  } else if (ctx.asl.format === 'json' || skeleton.at === ctx.cursor.replace.end) {
    item.textEdit = { range: item.textEdit.range, newText: item.textEdit.newText + escapeSnippet(skeleton.text) };
    item.insertTextMode = InsertTextMode.asIs;
  }
}

/** An unquoted ARN snippet as written in the document: quoted in JSON, and in YAML only when it needs to be. */
function quotedArn(ctx: CompletionContext, arn: string, text: string): string {
  if (ctx.asl.format !== 'yaml') return `"${text}"`;
  return /^[\w:.\-${}]+$/.test(arn) ? text : JSON.stringify(text);
}

export function resourceItems(ctx: CompletionContext): CompletionItem[] {
  const usage = usageAt(ctx);
  if (usage === undefined) return [];
  const items: CompletionItem[] = [];
  RESOURCES.filter((r) => r.usage === usage).forEach((r, i) => {
    let text = arnSnippet(r.arn);
    if (!ctx.cursor.quoted) text = quotedArn(ctx, r.arn, text);
    text = valuePrefix(ctx, ctx.cursor.replace) + text;
    const item: CompletionItem = {
      label: r.arn,
      kind: CompletionItemKind.Value,
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: TextEdit.replace(toRange(ctx, ctx.cursor.replace), text),
      sortText: String(i).padStart(3, '0'),
      filterText: r.arn,
    };
    addSkeleton(ctx, item, r);
    items.push(withDocs(item, r.label, r.doc));
  });
  return items;
}
