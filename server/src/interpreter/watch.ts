/*
 * What a host (the debugger) watches for while the interpreter runs at full speed
 * (`Execution.runUntil`): the events that could stop it, tested on the history's columns without
 * building an event object. Pure data and one predicate; knows nothing of breakpoints or DAP.
 */
import { STATE_ENTERED_EVENTS, type HistoryEventType, type HistoryLog } from './history';

export interface EventWatch {
  /** Events of these types stop the run (errors for exception breakpoints, the end). */
  readonly types?: ReadonlySet<HistoryEventType>;
  /** A StateEntered of one of these states stops the run (states with a breakpoint). */
  readonly states?: ReadonlySet<string>;
  /** A StateEntered in a frame (label) this accepts stops the run (stepping); every one when `true`. */
  readonly frames?: true | ((label: string) => boolean);
  /** The run stops once this many events have been delivered (a replay to a point). */
  readonly until?: number;
}

/** Where `runUntil` stopped: after a watched event (its index), at a pause request, or with nothing left to run now. */
export type WatchStop =
  { readonly kind: 'event'; readonly index: number } | { readonly kind: 'paused' } | { readonly kind: 'idle' };

/** True when the event at `index` of the log is one the watch stops at. */
export function watches(watch: EventWatch, log: HistoryLog, index: number): boolean {
  if (watch.until !== undefined && index + 1 >= watch.until) return true;
  const type = log.typeAt(index);
  if (watch.types !== undefined && watch.types.has(type)) return true;
  if (!STATE_ENTERED_EVENTS.has(type)) return false;
  if (watch.states !== undefined && watch.states.has(log.nameAt(index) as string)) return true;
  const frames = watch.frames;
  return frames === true || (frames !== undefined && frames(log.frameAt(index)));
}
