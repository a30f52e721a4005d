/*
 * State names at StartAt / Next / Default / Choices[].Next / Catch[].Next: the states of the
 * enclosing machine only, never the state itself for its own transitions, unreferenced names first.
 * Lean items (one shared range, no per-item docs in big machines): thousands of states stay fast.
 * Big machines send at most `limit` items, always as an incomplete list (the client asks again as the
 * user types or deletes): the names matching the typed prefix (a case-insensitive subsequence, never stricter than
 * VS Code's fuzzy filter), those starting with it first, then unreferenced, then nearest to the state.
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

/** Default of `limit`: enough for a screenful after a letter or two, small enough to send at once. */
const STATE_ITEMS_LIMIT = 200;

export interface StateNameItems {
  readonly items: CompletionItem[];
  /** True above `limit` states (the list depends on the typed text): the client asks again on typing. */
  readonly incomplete: boolean;
}

export function stateNameItems(
  ctx: CompletionContext,
  machine: AslMachine,
  self: AslState | undefined,
  limit: number = STATE_ITEMS_LIMIT,
): StateNameItems {
  const referenced = referencedStates(machine, ctx.cursor.node);
  const items: CompletionItem[] = [];
  const withDocs = machine.states.length <= DOCS_UP_TO;
  const prefix = valuePrefix(ctx, ctx.cursor.replace);
  const range = ctx.replaceRange;
  const write = valueWriter(ctx);
  const states = machine.states;
  const chosen = chooseStates(ctx, machine, self, referenced, limit);
  for (const i of chosen.ordinals) {
    const state = states[i];
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
  return { items, incomplete: chosen.incomplete };
}

/** What the user typed of the value so far: from the replaced span's start to the cursor, without quotes or blanks. */
function typedPrefix(ctx: CompletionContext): string {
  const typed = ctx.asl.text.slice(ctx.cursor.replace.start, ctx.cursor.offset);
  return typed.replace(/^[\s"']+/, '').toLowerCase();
}

/** 0 when `name` starts with `typed`, 2 when it holds its letters in order, -1 when not (both lower case). */
function matchRank(name: string, typed: string): number {
  if (name.startsWith(typed)) return 0;
  let at = 0;
  for (let i = 0; i < typed.length; i++) {
    const found = name.indexOf(typed[i], at);
    if (found < 0) return -1;
    at = found + 1;
  }
  return 2;
}

interface Chosen {
  readonly ordinals: number[];
  readonly incomplete: boolean;
}

/**
 * Ordinals of the states offered, in document order: every state when the machine has at most
 * `limit`, else the best `limit` matching the typed text by rank (starts with it, then unreferenced),
 * nearest to the edited state first within a rank. Cheap per state: few requests run optimised code.
 */
function chooseStates(
  ctx: CompletionContext,
  machine: AslMachine,
  self: AslState | undefined,
  referenced: Uint8Array,
  limit: number,
): Chosen {
  const states = machine.states;
  const n = states.length;
  const typed = n > limit ? typedPrefix(ctx) : '';
  const ranks: number[][] = [[], [], [], []];
  const rank = (i: number): void => {
    const r = typed === '' ? 0 : matchRank(states[i].name.toLowerCase(), typed);
    if (r >= 0) ranks[r + referenced[i]].push(i);
  };
  if (n <= limit) for (let i = 0; i < n; i++) rank(i);
  else {
    const centre = self === undefined ? 0 : self.ordinal;
    for (let hi = centre, lo = centre - 1; hi < n || lo >= 0; hi++, lo--) {
      if (hi < n) rank(hi);
      if (lo >= 0) rank(lo);
    }
  }
  const chosen = firstOffered(machine, self, ranks, limit);
  // A list filtered by the typed text is incomplete even when short: after a backspace the client
  // must ask again, or names matching the shorter text would be missing from its cached list.
  return n > limit ? { ordinals: chosen.ordinals, incomplete: true } : chosen;
}

/** The first `limit` ordinals of `ranks` (in order) that are offered: not the state itself, not a duplicate name. */
function firstOffered(machine: AslMachine, self: AslState | undefined, ranks: number[][], limit: number): Chosen {
  const states = machine.states;
  const ordinals: number[] = [];
  for (const rank of ranks) {
    for (const i of rank) {
      const state = states[i];
      if (state === self || machine.stateByName.get(state.name) !== state) continue;
      if (ordinals.length === limit) return { ordinals: ordinals.sort((a, b) => a - b), incomplete: true };
      ordinals.push(i);
    }
  }
  return { ordinals: ordinals.sort((a, b) => a - b), incomplete: false };
}
