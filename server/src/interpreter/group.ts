/*
 * The children of one Parallel or Map state visit: how many are running, which index starts
 * next, their results in order, and the first failure. Children are spawned lazily (at most
 * `limit` at a time), so a Map over many items only holds the active iterations.
 */
import type { Failure } from './failure';
import type { Frame } from './frame';
import type { CompiledMachine } from './compile';
import type { Json } from './value';

export type GroupKind = 'parallel' | 'map' | 'distributed';

export interface GroupSpec {
  readonly kind: GroupKind;
  readonly total: number;
  /** Maximum concurrently active children (Infinity = no limit). */
  readonly limit: number;
  /** Machine run by child i. */
  machineFor(index: number): CompiledMachine;
  /** Input of child i (ItemSelector / batching / branch input), or a Failure. */
  inputFor(index: number): Json | Failure | Promise<Json | Failure>;
  /** Distributed Map tolerance. */
  readonly toleratedCount?: number;
  readonly toleratedPercentage?: number;
}

export class ChildGroup {
  readonly results: Json[];
  next = 0;
  active = 0;
  finished = 0;
  failedCount = 0;
  failure: Failure | undefined = undefined;
  readonly frames = new Set<Frame>();
  /** Distributed Map: per-child outcome for ResultWriter. */
  readonly outcomes: ('SUCCEEDED' | 'FAILED')[] = [];

  constructor(
    readonly owner: Frame,
    readonly spec: GroupSpec,
  ) {
    this.results = new Array(spec.total);
  }

  get done(): boolean {
    return this.finished >= this.spec.total || this.failure !== undefined;
  }

  get canSpawn(): boolean {
    return this.failure === undefined && this.next < this.spec.total && this.active < this.spec.limit;
  }

  /** True when this many failures exceed the distributed Map's tolerance. */
  exceedsTolerance(): boolean {
    const { toleratedCount, toleratedPercentage, total } = this.spec;
    if (toleratedCount === undefined && toleratedPercentage === undefined) return this.failedCount > 0;
    if (toleratedCount !== undefined && this.failedCount > toleratedCount) return true;
    return toleratedPercentage !== undefined && (this.failedCount / total) * 100 > toleratedPercentage;
  }
}
