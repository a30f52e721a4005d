/*
 * The part of a PreviewGraph that decides its layout (states, names, types, Retry badges,
 * machines, edges and labels), hashed: when an edit leaves it unchanged (a new severity, a moved
 * range, a changed Comment), the preview redraws on the previous positions without laying out. Also
 * when a graph keeps the last drawing instead of being drawn. Pure.
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

/**
 * While the text has syntax errors, the last good graph of the same document stays on screen (marked
 * stale) and the new one is neither laid out nor drawn; `shown`: the graph on screen for the same
 * document, if any. The first graph of a document is drawn even when partial.
 */
export function keepsLastGraph(next: PreviewGraph, shown: PreviewGraph | undefined): boolean {
  return next.syntaxErrors > 0 && shown !== undefined && shown.syntaxErrors === 0;
}
