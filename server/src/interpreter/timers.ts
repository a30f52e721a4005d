/*
 * Pending timers (Wait states, retry back-off, task timeouts and heartbeats, the execution
 * timeout) ordered by virtual time, then by creation. A binary min-heap; cancelled timers stay
 * in the heap and are skipped when their `valid` check fails.
 */

export type TimerKind = 'wait' | 'retry' | 'taskTimeout' | 'executionTimeout';

export interface Timer {
  readonly at: number;
  readonly seq: number;
  readonly kind: TimerKind;
  readonly valid: () => boolean;
  readonly fire: () => void;
}

export class TimerQueue {
  private heap: Timer[] = [];
  private seq = 0;

  add(at: number, kind: TimerKind, valid: () => boolean, fire: () => void): void {
    const heap = this.heap;
    heap.push({ at, seq: this.seq++, kind, valid, fire });
    let i = heap.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!less(heap[i], heap[p])) break;
      [heap[i], heap[p]] = [heap[p], heap[i]];
      i = p;
    }
  }

  /** Earliest still-valid timer, without removing it. */
  peek(): Timer | undefined {
    while (this.heap.length > 0 && !this.heap[0].valid()) this.pop();
    return this.heap[0];
  }

  /** True when a valid timer other than task timeouts is pending (the execution can progress alone). */
  hasProgressTimer(): boolean {
    return this.heap.some((t) => t.kind !== 'taskTimeout' && t.kind !== 'executionTimeout' && t.valid());
  }

  pop(): Timer | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0 && last) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && less(heap[l], heap[m])) m = l;
        if (r < heap.length && less(heap[r], heap[m])) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m], heap[i]];
        i = m;
      }
    }
    return top;
  }

  clear(): void {
    this.heap = [];
  }

  get size(): number {
    return this.heap.length;
  }
}

function less(a: Timer, b: Timer): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}
