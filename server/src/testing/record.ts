/*
 * What an execution did, in the terms expectations and coverage speak: the top-level path, each
 * state's visits (input, output) at any depth, retries per state and the branches taken (Choice
 * rules and Default, catchers, retriers, told by the interpreter's BranchObserver). Built from
 * history events; pure.
 */
import type { BranchKind, BranchObserver } from '../interpreter/environment';
import type { HistoryEvent } from '../interpreter/history';
import type { Json } from '../interpreter/value';

export interface StateVisit {
  readonly input: Json | undefined;
  /** Undefined when the visit did not exit (the state failed, or the execution stopped in it). */
  output: Json | undefined;
  exited: boolean;
}

export interface ExecutionRecord {
  /** Top-level states in the order they were entered. */
  readonly path: readonly string[];
  /** Visits per state name, in order, across every branch and iteration. */
  readonly visits: ReadonlyMap<string, readonly StateVisit[]>;
  /** Retries per state name (all visits). */
  readonly retries: ReadonlyMap<string, number>;
  /** Branch hits, keyed by `branchKey`. */
  readonly branches: ReadonlyMap<string, number>;
}

export function branchKey(kind: BranchKind, state: string, index: number): string {
  return `${kind}\u0000${state}\u0000${index}`;
}

/** Counts branches as the execution takes them. */
export class BranchCounter implements BranchObserver {
  readonly hits = new Map<string, number>();
  readonly retries = new Map<string, number>();

  branchTaken(kind: BranchKind, state: string, index: number): void {
    const key = branchKey(kind, state, index);
    this.hits.set(key, (this.hits.get(key) ?? 0) + 1);
    if (kind === 'retry') this.retries.set(state, (this.retries.get(state) ?? 0) + 1);
  }
}

export function recordExecution(history: readonly HistoryEvent[], branches: BranchCounter): ExecutionRecord {
  const path: string[] = [];
  const visits = new Map<string, StateVisit[]>();
  const open = new Map<string, StateVisit>();
  for (const e of history) {
    const name = e.details.name;
    if (name === undefined) continue;
    if (e.type.endsWith('StateEntered')) {
      if (e.frame === 'root') path.push(name);
      const visit: StateVisit = { input: e.details.input, output: undefined, exited: false };
      const list = visits.get(name);
      if (list === undefined) visits.set(name, [visit]);
      else list.push(visit);
      open.set(`${e.frame}\u0000${name}`, visit);
    } else if (e.type.endsWith('StateExited')) exited(open.get(`${e.frame}\u0000${name}`), e.details.output);
  }
  return { path, visits, retries: branches.retries, branches: branches.hits };
}

function exited(visit: StateVisit | undefined, output: Json | undefined): void {
  if (visit === undefined) return;
  visit.output = output;
  visit.exited = true;
}
