/*
 * Incremental 'graph' rules (names, edges, reachability, can-finish): after an edit inside a few
 * top-level states, the graph those rules read is compared with the previous version's through the
 * edited states only. Unchanged: the other states' graph findings are replayed and the previous
 * reachability / can-finish marks reused. Only edges changed: the marks are computed again and the
 * states whose marks flipped are checked again with the edited ones. Anything else (names, types,
 * nesting, many edited states, duplicate names): every state is checked. Pure.
 */
import type { AslState } from '../../asl/types';
import { marksOf, reachableStates, statesThatCanFinish } from '../../asl/graph';
import type { GraphFacts, RuleContext } from './context';
import type { Unit, UnitResult } from './units';
import type { AslDiagnostic } from './types';

/** What a session keeps of a run for the next one: the units, their states and the graph facts. */
export interface GraphMemo {
  readonly units: readonly Unit[];
  readonly states: readonly AslState[];
  readonly facts: GraphFacts;
}

/** More edited top-level states than this: the graph is checked whole. */
const MAX_EDITED = 16;

/**
 * The indexes (into `units`) of the units whose 'graph' findings must be computed in this run:
 * 'all', or the edited ones and those whose reachability or can-finish flipped. Seeds `ctx` with
 * the graph facts that still hold.
 */
export function graphWork(
  ctx: RuleContext,
  previous: GraphMemo | undefined,
  units: readonly Unit[],
  edited: readonly number[],
): readonly number[] | 'all' {
  if (previous === undefined || previous.facts.uniqueNames !== true) return 'all';
  const change = compare(ctx, previous, units, edited);
  if (change === 'other') return 'all';
  if (change === 'none') {
    ctx.useGraphFacts(previous.facts);
    return edited;
  }
  return flipped(ctx, previous, units, edited);
}

/** Only edges changed: the marks computed again; the edited units and those where a mark flipped. */
function flipped(
  ctx: RuleContext,
  previous: GraphMemo,
  units: readonly Unit[],
  edited: readonly number[],
): readonly number[] | 'all' {
  const { reach, finish } = previous.facts;
  const nextReach = marksOf(reachableStates(ctx.doc));
  const nextFinish = marksOf(statesThatCanFinish(ctx.doc));
  if (reach === undefined || finish === undefined || nextReach === undefined || nextFinish === undefined) return 'all';
  if (nextReach.length !== reach.length || nextFinish.length !== finish.length) return 'all';
  ctx.useGraphFacts({ ...previous.facts, reach: nextReach, finish: nextFinish });
  const marked = new Uint8Array(units.length);
  for (const k of edited) marked[k] = 1;
  for (let i = 0; i < reach.length; i++) {
    if (reach[i] === nextReach[i] && finish[i] === nextFinish[i]) continue;
    const k = unitOfState(units, i);
    if (k >= 0) marked[k] = 1;
  }
  const work: number[] = [];
  for (let k = 0; k < marked.length; k++) if (marked[k] === 1) work.push(k);
  return work;
}

/** How the edited units' graph differs from the previous version's: not at all, only in edges, or otherwise. */
function compare(
  ctx: RuleContext,
  previous: GraphMemo,
  units: readonly Unit[],
  edited: readonly number[],
): 'none' | 'edges' | 'other' {
  if (edited.length > MAX_EDITED || previous.units.length !== units.length) return 'other';
  let edges = false;
  for (const k of edited) {
    const before = previous.units[k];
    const after = units[k];
    if (before.state.property !== after.state.property) return 'other';
    if (structureOf(previous.states, before) !== structureOf(ctx.doc.allStates, after)) return 'other';
    edges ||= edgesOf(previous.states, before) !== edgesOf(ctx.doc.allStates, after);
  }
  return edges ? 'edges' : 'none';
}

/** What the graph rules read of a unit's states besides edges: machines, names, types, ends, nested machines. */
function structureOf(states: readonly AslState[], unit: Unit): string {
  const out: unknown[] = [];
  for (let i = unit.first; i < unit.end; i++) {
    const s = states[i];
    out.push(s.machine.id, s.name, s.type ?? null, s.isEnd, s.node !== undefined);
    out.push(s.children.map((c) => [c.id, c.states.length, c.startAt?.target ?? null]));
  }
  return JSON.stringify(out);
}

/** The unit's edges: kind and target of every transition of its states. */
function edgesOf(states: readonly AslState[], unit: Unit): string {
  const out: string[] = [];
  for (let i = unit.first; i < unit.end; i++) for (const t of states[i].transitions) out.push(t.kind, t.target);
  return JSON.stringify(out);
}

/** The reachability and can-finish marks of a unit's states, as a key (undefined when either is unknown). */
export function marksKey(unit: Unit, facts: GraphFacts): string | undefined {
  const { reach, finish } = facts;
  if (reach === undefined || finish === undefined) return undefined;
  let key = '';
  for (let i = unit.first; i < unit.end; i++) key += String.fromCharCode(48 + reach[i] * 2 + finish[i]);
  return key;
}

/**
 * A unit whose marks flipped back to those of its previous findings: those are restored and the
 * current ones kept for the other marks. False when none match.
 */
export function restoreGraph(result: UnitResult, key: string | undefined): boolean {
  const alt = result.graphAlt;
  if (alt === undefined || key === undefined || alt.key !== key || result.graphKey === undefined) return false;
  result.graphAlt = { key: result.graphKey, start: result.graphStart, diagnostics: result.graph };
  result.graph = alt.diagnostics;
  result.graphStart = alt.start;
  result.graphKey = key;
  return true;
}

/** After the graph rules ran again on a unit: its findings, and (`keep`) the previous ones for their marks. */
export function storeGraph(result: UnitResult, found: AslDiagnostic[], key: string | undefined, keep: boolean): void {
  const previousKey = result.graphKey;
  result.graphAlt =
    keep && previousKey !== undefined && previousKey !== key
      ? { key: previousKey, start: result.graphStart, diagnostics: result.graph }
      : undefined;
  result.graph = found;
  result.graphStart = result.start;
  result.graphKey = key;
}

/** The index of the unit holding allStates[index], -1 when none does. */
export function unitOfState(units: readonly Unit[], index: number): number {
  let lo = 0;
  let hi = units.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (units[mid].end <= index) lo = mid + 1;
    else if (units[mid].first > index) hi = mid - 1;
    else return mid;
  }
  return -1;
}
