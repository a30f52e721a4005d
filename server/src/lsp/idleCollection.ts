/*
 * Moves garbage-collection work off the edit-to-diagnostics path: shortly after the work of an
 * edit, while the server idles, one young-generation collection (when Node runs with --expose-gc,
 * as the extension starts it). The current model is then promoted during the pause, and the next
 * edit starts with an empty young generation. A no-op without the flag.
 */
type Collect = (options?: { type?: 'major' | 'minor' }) => void;

const collect = (globalThis as { gc?: Collect }).gc;
const IDLE_MS = 50;
let timer: NodeJS.Timeout | undefined;

export function collectWhenIdle(): void {
  if (collect === undefined) return;
  clearTimeout(timer);
  timer = setTimeout(() => {
    timer = undefined;
    collect({ type: 'minor' });
  }, IDLE_MS);
  timer.unref();
}
