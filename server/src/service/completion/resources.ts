/*
 * Resource ARNs of common integrations (Task, ItemReader, ResultWriter). When the object has no
 * Parameters (JSONPath) / Arguments (JSONata) yet and the Resource value is already a string, the
 * item also inserts the request skeleton after it (additionalTextEdits).
 */
import { type CompletionItem, CompletionItemKind, InsertTextFormat, TextEdit } from 'vscode-languageserver-types';
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

function skeletonEdit(ctx: CompletionContext, r: ResourceSpec): TextEdit | undefined {
  const { cursor, asl } = ctx;
  const owner: AslObjectNode | undefined = cursor.property?.parent;
  const field = ctx.scope.language === 'JSONata' ? 'Arguments' : 'Parameters';
  const skeleton = ctx.scope.language === 'JSONata' ? r.arguments : r.parameters;
  if (cursor.node === undefined || owner === undefined || Object.keys(skeleton).length === 0) return undefined;
  if (owner.properties.some((p) => p.key === field)) return undefined;
  const keyStart = cursor.property!.keySpan.start;
  const indent = ' '.repeat(keyStart - (asl.text.lastIndexOf('\n', keyStart - 1) + 1));
  if (asl.format === 'yaml') {
    let end = asl.text.indexOf('\n', cursor.node.span.end);
    if (end < 0) end = asl.text.length;
    if (asl.text[end - 1] === '\r') end--;
    const text = `\n${indent}${field}:\n${indent}  ${toYaml(skeleton, `${indent}  `)}`;
    return TextEdit.insert(ctx.document.positionAt(end), text);
  }
  const json = JSON.stringify(skeleton, null, 2).replace(/\n/g, `\n${indent}`);
  return TextEdit.insert(ctx.document.positionAt(cursor.node.span.end), `,\n${indent}"${field}": ${json}`);
}

export function resourceItems(ctx: CompletionContext): CompletionItem[] {
  const usage = usageAt(ctx);
  if (usage === undefined) return [];
  const items: CompletionItem[] = [];
  RESOURCES.filter((r) => r.usage === usage).forEach((r, i) => {
    let text = arnSnippet(r.arn);
    if (!ctx.cursor.quoted) text = ctx.asl.format === 'yaml' && !/^[\w:.\-${}]+$/.test(r.arn) ? JSON.stringify(text) : ctx.asl.format === 'yaml' ? text : `"${text}"`;
    text = valuePrefix(ctx, ctx.cursor.replace) + text;
    const item: CompletionItem = {
      label: r.arn,
      kind: CompletionItemKind.Value,
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: TextEdit.replace(toRange(ctx, ctx.cursor.replace), text),
      sortText: String(i).padStart(3, '0'),
      filterText: r.arn,
    };
    const edit = skeletonEdit(ctx, r);
    if (edit !== undefined) item.additionalTextEdits = [edit];
    items.push(withDocs(item, r.label, r.doc));
  });
  return items;
}
