"use strict";
/*
 * Pending timers (Wait states, retry back-off, task timeouts and heartbeats, the execution
 * timeout) ordered by virtual time, then by creation. A binary min-heap; cancelled timers stay
 * in the heap and are skipped when their `valid` check fails.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.TimerQueue = void 0;
class TimerQueue {
    heap = [];
    seq = 0;
    add(at, kind, valid, fire) {
        const heap = this.heap;
        heap.push({ at, seq: this.seq++, kind, valid, fire });
        let i = heap.length - 1;
        while (i > 0) {
            const p = (i - 1) >> 1;
            if (!less(heap[i], heap[p]))
                break;
            [heap[i], heap[p]] = [heap[p], heap[i]];
            i = p;
        }
    }
    /** Earliest still-valid timer, without removing it. */
    peek() {
        while (this.heap.length > 0 && !this.heap[0].valid())
            this.pop();
        return this.heap[0];
    }
    /** True when a valid timer other than task timeouts is pending (the execution can progress alone). */
    hasProgressTimer() {
        return this.heap.some((t) => t.kind !== 'taskTimeout' && t.kind !== 'executionTimeout' && t.valid());
    }
    pop() {
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
                if (l < heap.length && less(heap[l], heap[m]))
                    m = l;
                if (r < heap.length && less(heap[r], heap[m]))
                    m = r;
                if (m === i)
                    break;
                [heap[i], heap[m]] = [heap[m], heap[i]];
                i = m;
            }
        }
        return top;
    }
    clear() {
        this.heap = [];
    }
    get size() {
        return this.heap.length;
    }
}
exports.TimerQueue = TimerQueue;
function less(a, b) {
    return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}
//# sourceMappingURL=timers.js.map