/*
 * State names at StartAt / Next / Default / Choices[].Next / Catch[].Next: the states of the
 * enclosing machine only, never the state itself for its own transitions, unreferenced names first.
 */
import { type CompletionItem, CompletionItemKind } from 'vscode-languageserver-types';
import type { AslMachine, AslState } from '../../asl/types';
import { type CompletionContext, valueItem } from './items';

/** Names referenced by a transition of `machine` (or its StartAt), ignoring the one being edited. */
function referencedNames(machine: AslMachine, editing: unknown): Set<string> {
  const out = new Set<string>();
  if (machine.startAt !== undefined && machine.startAt.node !== editing) out.add(machine.startAt.target);
  for (const s of machine.states) for (const t of s.transitions) if (t.node !== editing) out.add(t.target);
  return out;
}

function summary(state: AslState): string {
  const parts = [`**${state.name}**: ${state.type ?? 'state'}`];
  const targets = state.transitions.map((t) => t.target);
  if (targets.length > 0) parts.push(`→ ${[...new Set(targets)].join(', ')}`);
  if (state.isEnd) parts.push('(end)');
  return parts.join(' ');
}

export function stateNameItems(ctx: CompletionContext, machine: AslMachine, self: AslState | undefined): CompletionItem[] {
  const referenced = referencedNames(machine, ctx.cursor.node);
  const seen = new Set<string>();
  const items: CompletionItem[] = [];
  machine.states.forEach((state, i) => {
    if (state === self || seen.has(state.name)) return;
    seen.add(state.name);
    const group = referenced.has(state.name) ? '1' : '0';
    items.push(
      valueItem(ctx, {
        label: state.name,
        kind: CompletionItemKind.Reference,
        value: state.name,
        detail: state.type ?? 'state',
        doc: summary(state),
        sortText: `${group}${String(i).padStart(7, '0')}`,
      }),
    );
  });
  return items;
}
