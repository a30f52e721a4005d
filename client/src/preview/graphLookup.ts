/*
 * Questions the preview asks of a PreviewGraph: which state is under the cursor (the innermost whose
 * range contains it, so a state inside a Parallel branch wins over the Parallel) and which state an
 * id names. Pure (no `vscode`); positions are LSP positions (zero-based line and UTF-16 character).
 */
import type { PreviewGraph, PreviewState } from '../../../server/src/protocol';

export interface Position {
  readonly line: number;
  readonly character: number;
}

interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** The innermost state whose range contains `position` (ends inclusive), or undefined. Ranges nest or are
 * disjoint, so of the states containing it the one that starts last is the innermost. */
export function stateAt(graph: PreviewGraph, position: Position): PreviewState | undefined {
  let best: PreviewState | undefined;
  for (const state of graph.states) {
    if (contains(state.range, position) && (!best || comparePositions(state.range.start, best.range.start) >= 0))
      best = state;
  }
  return best;
}

export function stateById(graph: PreviewGraph, id: string): PreviewState | undefined {
  return graph.states.find((state) => state.id === id);
}

function comparePositions(a: Position, b: Position): number {
  return a.line === b.line ? a.character - b.character : a.line - b.line;
}

function contains(range: Range, position: Position): boolean {
  return comparePositions(range.start, position) <= 0 && comparePositions(position, range.end) <= 0;
}
