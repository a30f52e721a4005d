/*
 * New-state snippets at a key position in `States`: one per state type with its required fields,
 * in the machine's query language. JSON uses the spec's snippets; YAML renders their defaults.
 */
import {
  type CompletionItem,
  CompletionItemKind,
  InsertTextFormat,
  InsertTextMode,
  TextEdit,
} from 'vscode-languageserver-types';
import { STATE_TYPES, type StateType } from '../../asl/spec';
import { expandSnippet } from '../../asl/spec/snippetText';
import type { AslMachine } from '../../asl/types';
import { type CompletionContext, addLeadingComma, escapeSnippet, toRange, withDocs, yamlString } from './items';
import { toYaml } from './yamlText';

/** Shifts tab stops by one so that `$1` can be the state name. */
function shiftTabStops(body: string): string {
  return body.replace(/(?<!\\)\$(\{?)(\d+)/g, (_m, brace: string, n: string) => `$${brace}${Number(n) + 1}`);
}

function freshName(machine: AslMachine | undefined, type: string): string {
  const taken = machine?.stateByName;
  let name = type === 'Pass' || type === 'Wait' ? `${type}State` : `New${type}`;
  for (let i = 2; taken !== undefined && taken.has(name); i++)
    name = `${type === 'Pass' || type === 'Wait' ? `${type}State` : `New${type}`}${i}`;
  return name;
}

function jsonText(ctx: CompletionContext, type: StateType, name: string): string {
  const body = shiftTabStops(STATE_TYPES[type].snippet[ctx.scope.language]);
  return `"\${1:${escapeSnippet(name)}}": ${body}${ctx.cursor.needsComma ? ',' : ''}`;
}

function yamlText(ctx: CompletionContext, type: StateType, name: string): string | undefined {
  let value: unknown;
  try {
    value = JSON.parse(expandSnippet(STATE_TYPES[type].snippet[ctx.scope.language]).text);
  } catch {
    return undefined;
  }
  const indent = `${ctx.cursor.indent}  `;
  return `\${1:${escapeSnippet(yamlString(name))}}:\n${indent}${escapeSnippet(toYaml(value, indent))}`;
}

export function stateSnippetItems(ctx: CompletionContext): CompletionItem[] {
  if (ctx.cursor.hasColon) return [];
  const items: CompletionItem[] = [];
  for (const type of Object.keys(STATE_TYPES) as StateType[]) {
    const name = freshName(ctx.scope.machine, type);
    const text = ctx.asl.format === 'yaml' ? yamlText(ctx, type, name) : jsonText(ctx, type, name);
    if (text === undefined) continue;
    const item: CompletionItem = {
      label: `${type} state`,
      kind: CompletionItemKind.Snippet,
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: TextEdit.replace(toRange(ctx, ctx.cursor.replace), text),
      filterText: ctx.asl.format === 'json' && ctx.asl.text[ctx.cursor.replace.start] === '"' ? `"${type}` : type,
    };
    if (ctx.asl.format === 'yaml') item.insertTextMode = InsertTextMode.asIs;
    addLeadingComma(ctx, item);
    items.push(withDocs(item, `New ${type} state (${ctx.scope.language})`, STATE_TYPES[type].doc));
  }
  return items;
}
