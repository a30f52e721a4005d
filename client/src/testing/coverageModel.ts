// State coverage as the editor shows it (server/src/testProtocol.ts DefinitionCoverage): coverage of
// several `asl test` runs added up, grouped per state (the state's hits, and its Choice rules,
// Default, Catch handlers and Retry paths as branches), and the states no case reached. Pure: no
// `vscode`, no I/O (coverageView.ts draws it; testRun.ts hands it to VS Code's coverage API).
import type { CoverageItem, DefinitionCoverage, TestRange } from '../../../server/src/testProtocol';

export interface BranchEntry {
  readonly label: string;
  readonly hits: number;
  readonly range: TestRange;
}

export interface StateEntry {
  readonly state: string;
  readonly hits: number;
  readonly range: TestRange;
  readonly branches: readonly BranchEntry[];
}

/** `a` and `b` added up per definition and item (the same state, kind and index). */
export function mergeCoverage(
  a: readonly DefinitionCoverage[],
  b: readonly DefinitionCoverage[],
): DefinitionCoverage[] {
  const byPath = new Map<string, Map<string, CoverageItem>>();
  for (const definition of [...a, ...b]) {
    const items = byPath.get(definition.definitionPath) ?? new Map<string, CoverageItem>();
    byPath.set(definition.definitionPath, items);
    for (const item of definition.items) {
      const key = `${item.kind}\u0000${item.state}\u0000${item.index ?? ''}`;
      const seen = items.get(key);
      items.set(key, seen === undefined ? item : { ...seen, hits: seen.hits + item.hits });
    }
  }
  return [...byPath].map(([definitionPath, items]) => ({ definitionPath, items: [...items.values()] }));
}

/** One entry per state, in the report's order, with the state's other items as its branches. */
export function stateEntries(coverage: DefinitionCoverage): StateEntry[] {
  const states = new Map<string, { hits: number; range: TestRange; branches: BranchEntry[] }>();
  for (const item of coverage.items)
    if (item.kind === 'state') states.set(item.state, { hits: item.hits, range: item.range, branches: [] });
  for (const item of coverage.items)
    if (item.kind !== 'state')
      states.get(item.state)?.branches.push({ label: item.label, hits: item.hits, range: item.range });
  return [...states].map(([state, entry]) => ({ state, ...entry }));
}

/** Names of the states no case entered. */
export function uncoveredStates(coverage: DefinitionCoverage): string[] {
  return coverage.items.filter((i) => i.kind === 'state' && i.hits === 0).map((i) => i.state);
}

/** "3 of 8 branches" style summary of one state's lens: hits and the branches never taken. */
export function stateLensText(entry: StateEntry): string {
  const reached = entry.hits === 0 ? 'not reached by any test' : `reached ${entry.hits}× by tests`;
  const missed = entry.branches.filter((b) => b.hits === 0);
  if (entry.hits === 0 || missed.length === 0) return reached;
  return `${reached}, never: ${missed.map((b) => b.label).join(', ')}`;
}
