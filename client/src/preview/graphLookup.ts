/*
 * Questions the preview asks of a PreviewGraph: which state is under the cursor (the innermost whose
 * range contains it, so a state inside a Parallel branch wins over the Parallel) and which state an
 * id names, and where. Pure (no `vscode`); positions are LSP positions (zero-based line and UTF-16 character).
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
  let best = -1;
  for (let i = 0; i < graph.states.length; i++) {
    const range = stateRange(graph, i, 'state');
    if (
      contains(range, position) &&
      (best < 0 || comparePositions(range.start, stateRange(graph, best, 'state').start) >= 0)
    )
      best = i;
  }
  return best < 0 ? undefined : graph.states[best];
}

/** The range of the name of the state `id` names (the reveal target), or undefined when no state has that id. */
export function nameRangeById(graph: PreviewGraph, id: string): Range | undefined {
  const index = graph.states.findIndex((state) => state.id === id);
  return index < 0 ? undefined : stateRange(graph, index, 'name');
}

/** The range of the name or of the whole state of `graph.states[index]` (decodes PreviewGraph.ranges). */
function stateRange(graph: PreviewGraph, index: number, which: 'name' | 'state'): Range {
  const at = index * 8 + (which === 'name' ? 0 : 4);
  const r = graph.ranges;
  return { start: { line: r[at], character: r[at + 1] }, end: { line: r[at + 2], character: r[at + 3] } };
}

function comparePositions(a: Position, b: Position): number {
  return a.line === b.line ? a.character - b.character : a.line - b.line;
}

function contains(range: Range, position: Position): boolean {
  return comparePositions(range.start, position) <= 0 && comparePositions(position, range.end) <= 0;
}
