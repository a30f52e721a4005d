/*
 * Keys inside a Task's Parameters (JSONPath) or Arguments (JSONata) when its Resource is a known
 * integration: the request fields of that integration's skeleton, with their sample values.
 */
import { type CompletionItem, CompletionItemKind } from 'vscode-languageserver-types';
import { RESOURCES } from '../../asl/spec';
import { getPropertyValue, stringValue } from '../../asl/nodes';
import { type CompletionContext, escapeSnippet, snippetItem, withDocs, yamlString } from './items';

function skeletonAt(ctx: CompletionContext): Readonly<Record<string, unknown>> | undefined {
  const { state, rel, language } = ctx.scope;
  if (state === undefined || rel.length !== 1) return undefined;
  const field = language === 'JSONata' ? 'Arguments' : 'Parameters';
  if (rel[0] !== field) return undefined;
  const arn = stringValue(getPropertyValue(state.node, 'Resource'));
  const spec = RESOURCES.find((r) => r.arn === arn && r.usage === 'task');
  if (spec === undefined) return undefined;
  return language === 'JSONata' ? spec.arguments : spec.parameters;
}

function valueSnippet(ctx: CompletionContext, value: unknown): string {
  const yaml = ctx.asl.format === 'yaml';
  if (typeof value === 'string') {
    const written = yaml ? yamlString(value) : JSON.stringify(value);
    const quoted = written.startsWith('"');
    const inner = escapeSnippet(quoted ? written.slice(1, -1) : written);
    return quoted ? `"\${1:${inner}}"` : `\${1:${inner}}`;
  }
  return escapeSnippet(JSON.stringify(value));
}

export function payloadKeyItems(ctx: CompletionContext): CompletionItem[] {
  const skeleton = skeletonAt(ctx);
  if (skeleton === undefined) return [];
  const present = new Set(
    (ctx.cursor.object?.properties ?? []).filter((p) => p !== ctx.cursor.property).map((p) => p.key),
  );
  const yaml = ctx.asl.format === 'yaml';
  const items: CompletionItem[] = [];
  for (const [key, value] of Object.entries(skeleton)) {
    if (present.has(key)) continue;
    const name = yaml ? yamlString(key) : JSON.stringify(key);
    let text = escapeSnippet(name);
    if (!ctx.cursor.hasColon) text += `: ${valueSnippet(ctx, value)}${!yaml && ctx.cursor.needsComma ? ',' : ''}`;
    const item = snippetItem(ctx, key, CompletionItemKind.Property, text);
    items.push(withDocs(item, 'Request field', `Sample: \`${JSON.stringify(value)}\``));
  }
  return items;
}
