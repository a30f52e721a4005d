/*
 * The part of a PreviewGraph that decides its layout (states, names, types, Retry badges,
 * machines, edges and labels), hashed: when an edit leaves it unchanged (a new severity, a moved
 * range, a changed Comment), the webview redraws on the previous positions without laying out. Pure.
 */
import type { PreviewGraph } from '../protocol';
import { hashText } from './hash';

export function layoutKey(graph: PreviewGraph): string {
  const parts: unknown[] = [];
  for (const m of graph.machines) parts.push(['m', m.id, m.parentState, m.label, m.startAt]);
  for (const s of graph.states) parts.push(['s', s.id, s.type, s.isEnd, s.retry]);
  for (const e of graph.edges) parts.push(['e', e.from, e.to, e.target, e.kind, e.label]);
  return hashText(JSON.stringify(parts));
}
