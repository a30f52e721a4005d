/*
 * Moves work off the edit-to-diagnostics path: shortly after the work of an edit, while the server
 * idles, the texts edited since are joined into whole strings (so the next feature that reads a
 * whole text, e.g. completion, does not pay for it) and one young-generation collection runs (when
 * Node runs with --expose-gc, as the extension starts it): the current model is then promoted
 * during the pause, and the next edit starts with an empty young generation.
 */
import type { SourceText } from '../asl/text';

type Collect = (options?: { type?: 'major' | 'minor' }) => void;

const collect = (globalThis as { gc?: Collect }).gc;
const IDLE_MS = 50;
let timer: NodeJS.Timeout | undefined;
const texts = new Set<SourceText>();

/** After an edit's work: `text` (the edited document's) is joined and the young generation collected when idle. */
export function collectWhenIdle(text?: SourceText): void {
  if (text !== undefined && !text.isJoined) texts.add(text);
  clearTimeout(timer);
  timer = setTimeout(idleWork, IDLE_MS);
  timer.unref();
}

function idleWork(): void {
  timer = undefined;
  for (const text of texts) text.toString();
  texts.clear();
  collect?.({ type: 'minor' });
}
