/*
 * State names at StartAt / Next / Default / Choices[].Next / Catch[].Next: the states of the
 * enclosing machine only, never the state itself for its own transitions, unreferenced names first.
 * Lean items (one shared range, no per-item docs in big machines): thousands of states stay fast.
 */
import { type CompletionItem, CompletionItemKind, MarkupKind } from 'vscode-languageserver-types';
import type { AslMachine, AslState } from '../../asl/types';
import { type CompletionContext, valuePrefix, valueWriter } from './items';

/** Machines up to this size get a summary of each state in the item documentation. */
const DOCS_UP_TO = 200;

/**
 * Per state of `machine` (by ordinal): 1 when a transition or the StartAt names it, ignoring the
 * one being edited. Uses the model's resolved transitions: no name hashing per request.
 */
function referencedStates(machine: AslMachine, editing: unknown): Uint8Array {
  const out = new Uint8Array(machine.states.length);
  const start = machine.startAt;
  if (start?.resolved !== undefined && start.node !== editing) out[start.resolved.ordinal] = 1;
  const states = machine.states;
  for (let i = 0; i < states.length; i++) {
    const transitions = states[i].transitions;
    for (let j = 0; j < transitions.length; j++) {
      const t = transitions[j];
      if (t.resolved !== undefined && t.node !== editing) out[t.resolved.ordinal] = 1;
    }
  }
  return out;
}

function summary(state: AslState): string {
  const targets = [...new Set(state.transitions.map((t) => t.target))];
  return `**${state.name}**: ${state.type ?? 'state'}${summaryTail(targets, state.isEnd)}`;
}

/** What follows a state in its summary: where it goes next, or that it ends. */
function summaryTail(targets: readonly string[], isEnd: boolean): string {
  if (targets.length > 0) return ` → ${targets.map((t) => `\`${t}\``).join(', ')}`;
  return isEnd ? ' (end)' : '';
}

/**
 * Sort texts by ordinal: unreferenced ('0…') before referenced ('1…'), then in document order.
 * Kept across requests (the same strings every time: no number formatting per item and request).
 */
const sortTexts: [string[], string[]] = [[], []];

function sortText(referenced: 0 | 1, ordinal: number): string {
  const known = sortTexts[referenced];
  for (let i = known.length; i <= ordinal; i++) known.push(String(referenced) + (1000000 + i));
  return known[ordinal];
}

export function stateNameItems(
  ctx: CompletionContext,
  machine: AslMachine,
  self: AslState | undefined,
): CompletionItem[] {
  const referenced = referencedStates(machine, ctx.cursor.node);
  const items: CompletionItem[] = [];
  const withDocs = machine.states.length <= DOCS_UP_TO;
  const prefix = valuePrefix(ctx, ctx.cursor.replace);
  const range = ctx.replaceRange;
  const write = valueWriter(ctx);
  const states = machine.states;
  for (let i = 0; i < states.length; i++) {
    const state = states[i];
    if (state === self || machine.stateByName.get(state.name) !== state) continue;
    const text = write(state.name);
    const item: CompletionItem = {
      label: state.name,
      kind: CompletionItemKind.Reference,
      detail: state.type ?? 'state',
      sortText: sortText(referenced[i] === 1 ? 1 : 0, i),
      textEdit: { range, newText: prefix + text },
    };
    if (withDocs) item.documentation = { kind: MarkupKind.Markdown, value: summary(state) };
    items.push(item);
  }
  return items;
}
