/*
 * Per-state facts the graph preview shows besides the transitions: Retry rules, the Comment and the
 * edge labels (memoized by the state's node, see nodeFacts), and the most severe diagnostic inside
 * the state (innermost state only). Pure apart from that memo, which no caller can observe.
 */
import { getPropertyValue, nodeToValue, stringValue } from '../../asl/nodes';
import type { AslDocument, AslNode, AslObjectNode, AslState, Transition } from '../../asl/types';
import type { AslDiagnostic, Severity } from '../diagnostics/types';
import type { PreviewRetry } from '../../protocol';
import { choiceRuleLabel } from './choiceLabel';

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 4, warning: 3, information: 2, hint: 1 };

/** What the preview shows of a state that its object node alone decides. */
export interface NodeFacts {
  readonly retry: readonly PreviewRetry[] | undefined;
  /** The Retry rules as JSON: equal lists travel once (PreviewGraphWire.retryLists). */
  readonly retryKey: string | undefined;
  readonly comment: string | undefined;
  /** The label of each of the state's transitions, in order (null: none). */
  readonly labels: readonly (string | null)[];
}

/**
 * Memo by the state's object node. A node's content never changes while it lives: an incremental
 * update (asl/incremental.ts) gives the state it edits a new value node and only moves the offsets
 * of the others, and a state's transitions are read from its node alone. So after a keystroke
 * only the edited state's facts are computed again (5000 states per request).
 */
const factsByNode = new WeakMap<AslObjectNode, NodeFacts>();

export function nodeFacts(state: AslState): NodeFacts {
  const node = state.node;
  let facts = node === undefined ? undefined : factsByNode.get(node);
  if (facts === undefined) {
    const retry = retryRules(state);
    const retryKey = retry === undefined ? undefined : JSON.stringify(retry);
    facts = { retry, retryKey, comment: commentOf(state), labels: edgeLabels(state) };
    if (node !== undefined) factsByNode.set(node, facts);
  }
  return facts;
}

function edgeLabels(state: AslState): (string | null)[] {
  const transitions = state.transitions;
  const labels = new Array<string | null>(transitions.length);
  for (let k = 0; k < transitions.length; k++) labels[k] = edgeLabel(state, transitions[k]) ?? null;
  return labels;
}

/** Choice: the rule's short form; Catch: the error names; Default: 'Default'. */
function edgeLabel(state: AslState, t: Transition): string | undefined {
  if (t.kind === 'Default') return 'Default';
  const list = getPropertyValue(state.node, t.kind === 'Choice' ? 'Choices' : 'Catch');
  const rule = list?.kind === 'array' && t.index !== undefined ? list.items[t.index] : undefined;
  if (t.kind === 'Choice') return choiceRuleLabel(rule);
  if (t.kind === 'Catch') return errorNames(rule).join(', ') || undefined;
  return undefined;
}

/** The Retry rules of a state, or undefined when it has none. */
export function retryRules(state: AslState): PreviewRetry[] | undefined {
  const retry = getPropertyValue(state.node, 'Retry');
  if (retry?.kind !== 'array' || retry.items.length === 0) return undefined;
  /* loops without temporaries: every state of a 5000-state graph may have a Retry */
  const out: PreviewRetry[] = [];
  for (let i = 0; i < retry.items.length; i++) {
    const rule = retry.items[i];
    const maxAttempts = nodeToValue(getPropertyValue(rule, 'MaxAttempts'));
    out.push(
      typeof maxAttempts === 'number' ? { errors: errorNames(rule), maxAttempts } : { errors: errorNames(rule) },
    );
  }
  return out;
}

/** The `ErrorEquals` names of a Retry or Catch rule. */
export function errorNames(rule: AslNode | undefined): string[] {
  const list = getPropertyValue(rule, 'ErrorEquals');
  const names: string[] = [];
  if (list?.kind !== 'array') return names;
  for (let i = 0; i < list.items.length; i++) {
    const name = stringValue(list.items[i]);
    if (name !== undefined) names.push(name);
  }
  return names;
}

/** The state's Comment, when it is a string. */
export function commentOf(state: AslState): string | undefined {
  return stringValue(getPropertyValue(state.node, 'Comment'));
}

/** The most severe diagnostic of each state, by `AslState.index`; a diagnostic counts for its innermost state. */
export function severitiesByState(doc: AslDocument, diagnostics: readonly AslDiagnostic[]): (Severity | undefined)[] {
  const out: (Severity | undefined)[] = new Array(doc.allStates.length);
  for (const diagnostic of diagnostics) {
    const state = innermostStateAt(doc, diagnostic.span.start);
    if (state === undefined) continue;
    const current = out[state.index];
    if (current === undefined || SEVERITY_RANK[diagnostic.severity] > SEVERITY_RANK[current])
      out[state.index] = diagnostic.severity;
  }
  return out;
}

/**
 * The innermost state whose property holds `offset`. allStates is depth-first in source order, so
 * the last state starting at or before the offset either holds it or sits inside a state that does.
 */
export function innermostStateAt(doc: AslDocument, offset: number): AslState | undefined {
  const states = doc.allStates;
  let low = 0;
  let high = states.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (states[mid].property.start <= offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  let state: AslState | undefined = found < 0 ? undefined : states[found];
  while (state !== undefined && offset >= state.property.end) state = state.machine.owner?.state;
  return state;
}
