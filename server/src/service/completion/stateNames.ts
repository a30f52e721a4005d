/*
 * State names at StartAt / Next / Default / Choices[].Next / Catch[].Next: the states of the
 * enclosing machine only, never the state itself for its own transitions, unreferenced names first.
 * Lean items (one shared range, no per-item docs in big machines): thousands of states stay fast.
 */
import { type CompletionItem, CompletionItemKind, MarkupKind } from 'vscode-languageserver-types';
import type { AslMachine, AslState } from '../../asl/types';
import { type CompletionContext, valuePrefix, valueText } from './items';

/** Machines up to this size get a summary of each state in the item documentation. */
const DOCS_UP_TO = 200;

/** Names referenced by a transition of `machine` (or its StartAt), ignoring the one being edited. */
function referencedNames(machine: AslMachine, editing: unknown): Set<string> {
  const out = new Set<string>();
  if (machine.startAt !== undefined && machine.startAt.node !== editing) out.add(machine.startAt.target);
  for (const s of machine.states) for (const t of s.transitions) if (t.node !== editing) out.add(t.target);
  return out;
}

function summary(state: AslState): string {
  const targets = [...new Set(state.transitions.map((t) => t.target))];
  const tail = targets.length > 0 ? ` → ${targets.map((t) => `\`${t}\``).join(', ')}` : state.isEnd ? ' (end)' : '';
  return `**${state.name}**: ${state.type ?? 'state'}${tail}`;
}

export function stateNameItems(ctx: CompletionContext, machine: AslMachine, self: AslState | undefined): CompletionItem[] {
  const referenced = referencedNames(machine, ctx.cursor.node);
  const items: CompletionItem[] = [];
  const withDocs = machine.states.length <= DOCS_UP_TO;
  const prefix = valuePrefix(ctx, ctx.cursor.replace);
  const range = ctx.replaceRange;
  const states = machine.states;
  for (let i = 0; i < states.length; i++) {
    const state = states[i];
    if (state === self || machine.stateByName.get(state.name) !== state) continue;
    const text = valueText(ctx, state.name);
    const item: CompletionItem = {
      label: state.name,
      kind: CompletionItemKind.Reference,
      detail: state.type ?? 'state',
      sortText: (referenced.has(state.name) ? '1' : '0') + (1000000 + i),
      textEdit: { range, newText: prefix + text },
    };
    if (withDocs) item.documentation = { kind: MarkupKind.Markdown, value: summary(state) };
    items.push(item);
  }
  return items;
}
