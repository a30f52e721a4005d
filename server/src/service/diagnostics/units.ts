/*
 * Units of incremental diagnostics: each top-level state with the states and machines nested in
 * it, and what the previous run found in it. A unit's findings are reused while its value node is
 * the same object (incremental.ts keeps a node only when its subtree is unchanged but for a uniform
 * offset shift) and what the rules read from outside it is the same: its name, its machine's
 * query language, the format. Everything stored is shifted to the node's current offset on reuse.
 */
import type { AslDocument, AslNode, AslState, QueryLanguage, SourceFormat } from '../../asl/types';
import type { AslDiagnostic } from './types';
import type { VariableRead } from './support/variables';
import type { GraphMemo } from './graphMemo';

export interface Unit {
  readonly state: AslState;
  /** The state's object: the memo key. Undefined when the value is not an object (never reused). */
  readonly node?: AslNode;
  /** Range of the unit's states in `allStates`: [first, end). */
  readonly first: number;
  readonly end: number;
  /** The state property's span: findings inside it belong to the unit. */
  readonly from: number;
  readonly to: number;
}

/** What one unit produced, at the offsets it had when `start` was its node's start. */
export interface UnitResult {
  readonly name: string;
  readonly queryLanguage: QueryLanguage;
  readonly format: SourceFormat;
  start: number;
  /** The 'states' rules' findings in the unit. */
  diagnostics: AslDiagnostic[];
  /**
   * The 'graph' rules' findings in the unit (valid while graphMemo.ts says the graph they read is
   * unchanged), at the offsets they had when the unit started at `graphStart` (moved when replayed).
   */
  graph: AslDiagnostic[];
  graphStart: number;
  /** The reachability / can-finish marks of the unit's states `graph` was computed with (graphMemo.marksKey). */
  graphKey?: string;
  /** The findings under other marks, at the offsets they had when the unit started at `start`. */
  graphAlt?: { readonly key: string; readonly start: number; readonly diagnostics: AslDiagnostic[] };
  /** Variable reads per state of the unit (index relative to the unit's first state). */
  reads: (VariableRead[] | undefined)[];
  /** Per document rule: numbers computed from the unit's value alone, offsets aside (definition-size). */
  readonly values: Map<string, number>;
}

/** The memo a DiagnosticsSession carries from one run to the next. */
export interface UnitMemo {
  readonly previous: ReadonlyMap<AslNode, UnitResult>;
  readonly next: Map<AslNode, UnitResult>;
  /** The graph the previous run's 'graph' findings were computed on, and (set by the run) this run's. */
  readonly graph?: GraphMemo;
  nextGraph?: GraphMemo;
  /** Numbers computed from the text outside the top-level states' values, kept while the root node is the same. */
  readonly outside?: OutsideValues;
}

/** See UnitMemo.outside: an incremental update replaces state values only, so while the root is kept so is the rest. */
export interface OutsideValues {
  readonly root: AslNode | undefined;
  readonly values: Map<string, number>;
}

/** The top-level states with their nested states, in document order. */
export function unitsOf(doc: AslDocument): Unit[] {
  const top = doc.machine?.states ?? [];
  const units: Unit[] = [];
  for (let i = 0; i < top.length; i++) {
    const state = top[i];
    const end = i + 1 < top.length ? top[i + 1].index : doc.allStates.length;
    const prop = state.property;
    units.push({ state, node: state.node, first: state.index, end, from: prop.start, to: prop.end });
  }
  return units;
}

/** The previous result of a unit when it still holds, moved to the node's current offset. */
export function reusable(memo: UnitMemo, unit: Unit, doc: AslDocument): UnitResult | undefined {
  if (unit.node === undefined) return undefined;
  const found = memo.previous.get(unit.node);
  if (found === undefined || found.name !== unit.state.name || found.format !== doc.format) return undefined;
  if (found.queryLanguage !== unit.state.machine.queryLanguage) return undefined;
  moveTo(found, unit.node.start);
  return found;
}

export function newResult(unit: Unit, doc: AslDocument): UnitResult {
  return {
    name: unit.state.name,
    queryLanguage: unit.state.machine.queryLanguage,
    format: doc.format,
    start: unit.node?.start ?? unit.from,
    diagnostics: [],
    graph: [],
    graphStart: unit.node?.start ?? unit.from,
    graphKey: undefined, // every field set here: one object shape for all results
    graphAlt: undefined,
    reads: [],
    values: new Map(),
  };
}

/** The unit's graph findings at its current offset. */
export function currentGraph(result: UnitResult): AslDiagnostic[] {
  const delta = result.start - result.graphStart;
  if (delta !== 0) {
    result.graph = result.graph.map((d) => shifted(d, delta));
    result.graphStart = result.start;
  }
  return result.graph;
}

function moveTo(result: UnitResult, start: number): void {
  const delta = start - result.start;
  if (delta === 0) return;
  result.start = start;
  if (result.diagnostics.length > 0) result.diagnostics = result.diagnostics.map((d) => shifted(d, delta));
  if (result.reads.length > 0)
    result.reads = result.reads.map((list) => list?.map((r) => ({ name: r.name, span: move(r.span, delta) })));
}

export function shifted(d: AslDiagnostic, delta: number): AslDiagnostic {
  return { ...d, span: move(d.span, delta) };
}

function move(span: { start: number; end: number }, delta: number): { start: number; end: number } {
  return { start: span.start + delta, end: span.end + delta };
}

/** The unit whose state property holds the offset (binary search over units in document order). */
export function unitAt(units: readonly Unit[], offset: number): Unit | undefined {
  let lo = 0;
  let hi = units.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (units[mid].to < offset) lo = mid + 1;
    else if (units[mid].from > offset) hi = mid - 1;
    else return units[mid];
  }
  return undefined;
}
