/*
 * Child-execution counts of distributed Maps for the execution overlay. AWS records no
 * MapIteration events for a Map Run (each child is an execution with its own history; ours are in
 * the same log, tagged with the child's frame), so the counts come from the children's frames:
 * a child starts with its first StateEntered, has finished once it is in no state, and failed when
 * its last error was not caught. Pure; fed by overlay.ts.
 */
export interface MapCounts {
  total: number;
  succeeded: number;
  failed: number;
  active: number;
}

interface MapRun {
  readonly counts: MapCounts;
  /** Child frame label → its last error was not (yet) caught. */
  readonly children: Map<string, boolean>;
  ended: boolean;
}

export class DistributedRuns {
  /** Keyed by the children's label prefix (`<Map frame>/<Map name>`). */
  private readonly runs = new Map<string, MapRun>();

  /** MapRunStarted of `state` in `frame`. */
  started(frame: string, state: string, counts: MapCounts): void {
    this.runs.set(childPrefix(frame, state), { counts, children: new Map(), ended: false });
  }

  /** A StateEntered in `label`: a new child when its parent is a running Map Run. */
  entered(label: string): void {
    const run = this.runOf(label);
    if (run !== undefined) run.children.set(label, false);
  }

  /** An error in `label` (true) or the state that raised it was left through a catcher (false). */
  erred(label: string, uncaught: boolean): void {
    const run = this.runOf(label);
    if (run !== undefined && run.children.has(label)) run.children.set(label, uncaught);
  }

  /** The Map Run ended: children still in a state are finished too; their labels are returned to be closed. */
  ended(frame: string, state: string, inState: (label: string) => boolean): string[] {
    const run = this.runs.get(childPrefix(frame, state));
    if (run === undefined) return [];
    run.ended = true;
    this.count(run, inState);
    return [...run.children.keys()].filter(inState);
  }

  /** Recomputes the live counts (before an overlay is built). */
  refresh(inState: (label: string) => boolean): void {
    for (const run of this.runs.values()) if (!run.ended) this.count(run, inState);
  }

  private count(run: MapRun, inState: (label: string) => boolean): void {
    const c = run.counts;
    c.active = c.succeeded = c.failed = 0;
    for (const [label, failed] of run.children) {
      if (inState(label) && !run.ended) c.active++;
      else if (failed) c.failed++;
      else c.succeeded++;
    }
  }

  private runOf(label: string): MapRun | undefined {
    if (this.runs.size === 0 || !label.endsWith(']')) return undefined;
    const open = label.lastIndexOf('[');
    return open < 0 ? undefined : this.runs.get(label.slice(0, open));
  }
}

function childPrefix(frame: string, state: string): string {
  return `${frame === 'root' ? '' : frame + '/'}${state}`;
}
