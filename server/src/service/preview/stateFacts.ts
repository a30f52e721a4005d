/*
 * Per-state facts the graph preview shows besides the transitions: Retry rules, the Comment, the
 * most severe diagnostic inside the state (innermost state only) and edge labels for Catch. Pure.
 */
import { getPropertyValue, nodeToValue, stringValue } from '../../asl/nodes';
import type { AslDocument, AslNode, AslState } from '../../asl/types';
import type { AslDiagnostic, Severity } from '../diagnostics/types';
import type { PreviewRetry } from '../../protocol';

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 4, warning: 3, information: 2, hint: 1 };

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
