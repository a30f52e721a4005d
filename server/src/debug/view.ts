/*
 * Threads and call stacks of a stop, from the interpreter's snapshot: each innermost active frame
 * (the execution, a Parallel branch, a Map iteration) is a thread; its stack reads like the
 * nesting (state › Parallel "X" branch 2 › … › execution). Only active iterations of a Map are
 * listed; its frame counts the rest. Thread ids stay stable for a frame label. No DAP session.
 */
import type { FrameSnapshot } from '../interpreter/snapshot';
import { describeFrame } from './frames';

export interface StackEntry {
  readonly id: number;
  readonly name: string;
  readonly line?: number;
  readonly snapshot: FrameSnapshot;
}

export interface MapCounts {
  readonly total: number;
  readonly succeeded: number;
  readonly failed: number;
  readonly active: number;
}

interface Node {
  readonly snapshot: FrameSnapshot;
  readonly parent?: Node;
}

export class ExecutionView {
  private readonly threadIds = new Map<string, number>();
  private leaves: Node[] = [];
  private stackFrames = new Map<number, FrameSnapshot>();
  private nextFrameId = 1;

  constructor(
    private readonly lineOf: (state: string) => number | undefined,
    private readonly mapCounts: (state: string) => MapCounts | undefined,
  ) {}

  /** A new stop: the frames the snapshot holds now. */
  refresh(root: FrameSnapshot | undefined): void {
    this.leaves = [];
    this.stackFrames = new Map();
    if (root !== undefined) this.collect({ snapshot: root });
  }

  private collect(node: Node): void {
    if (node.snapshot.children.length === 0) this.leaves.push(node);
    for (const child of node.snapshot.children) this.collect({ snapshot: child, parent: node });
  }

  threadId(label: string): number {
    let id = this.threadIds.get(label);
    if (id === undefined) {
      id = this.threadIds.size + 1;
      this.threadIds.set(label, id);
    }
    return id;
  }

  /** The execution's thread (1) always exists, so that a client always has a thread to show. */
  threads(): { id: number; name: string }[] {
    this.threadId('root');
    if (this.leaves.length === 0) return [{ id: 1, name: 'Execution' }];
    return this.leaves.map((n) => ({ id: this.threadId(n.snapshot.label), name: describeFrame(n.snapshot.label) }));
  }

  /** Label of a thread's frame; undefined for an unknown thread. */
  labelOf(threadId: number): string | undefined {
    for (const [label, id] of this.threadIds) if (id === threadId) return label;
    return undefined;
  }

  stack(threadId: number): StackEntry[] {
    const leaf = this.leaves.find((n) => this.threadId(n.snapshot.label) === threadId);
    const out: StackEntry[] = [];
    for (let n: Node | undefined = leaf; n !== undefined; n = n.parent) out.push(this.entry(n, n === leaf));
    return out;
  }

  frame(frameId: number): FrameSnapshot | undefined {
    return this.stackFrames.get(frameId);
  }

  private entry(node: Node, innermost: boolean): StackEntry {
    const s = node.snapshot;
    const id = this.nextFrameId++;
    this.stackFrames.set(id, s);
    const where = s.label === 'root' ? '' : `  (${describeFrame(s.label)})`;
    const name = innermost ? `${s.state} (${s.type})${where}` : `${this.container(s)}${where}`;
    return { id, name, line: this.lineOf(s.state), snapshot: s };
  }

  /** A Parallel or Map a child is running in, with the Map's iteration counts. */
  private container(s: FrameSnapshot): string {
    const counts = s.type === 'Map' ? this.mapCounts(s.state) : undefined;
    if (counts === undefined) return `${s.type} "${s.state}"`;
    const waiting = Math.max(0, counts.total - counts.succeeded - counts.failed - counts.active);
    return `Map "${s.state}" (${counts.active} active, ${counts.succeeded + counts.failed} done, ${waiting} waiting of ${counts.total})`;
  }
}
