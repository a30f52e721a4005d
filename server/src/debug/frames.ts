/*
 * Facts about frame labels and history events the debugger's stepping relies on. A frame label
 * is 'root', or the parent's label (none for root) + `<state>/Branches[i]` (Parallel branch) or
 * `<state>[i]` (Map iteration): so a child's label starts with its parent's label + '/'.
 */
import {
  STATE_ENTERED_EVENTS,
  STATE_FAILURE_EVENTS,
  type HistoryEvent,
  type HistoryEventType,
} from '../interpreter/history';

/** True when `ancestor` is a strict ancestor frame of `label`. */
export function isAncestor(ancestor: string, label: string): boolean {
  if (ancestor === label) return false;
  return ancestor === 'root' || label.startsWith(ancestor + '/');
}

export function isStateEntered(e: HistoryEvent): boolean {
  return STATE_ENTERED_EVENTS.has(e.type);
}

/** Events that raise an error in a state (retried, caught or not): what "All errors" stops at. */
export const FAILURE_EVENTS: ReadonlySet<HistoryEventType> = new Set<HistoryEventType>([
  ...(STATE_FAILURE_EVENTS as ReadonlySet<HistoryEventType>),
  'FailStateEntered',
]);

/** The events that end an execution with an error nobody caught: what "Uncaught errors" stops at. */
export const UNCAUGHT_END_EVENTS: ReadonlySet<HistoryEventType> = new Set<HistoryEventType>([
  'ExecutionFailed',
  'ExecutionTimedOut',
]);

/** 'FanOut/Branches[1]' → 'Parallel "FanOut" branch 2'; 'Each[3]' → 'Map "Each" item 3'; 'root' → 'Execution'. */
export function describeFrame(label: string): string {
  if (label === 'root') return 'Execution';
  const parts: string[] = [];
  const re = /(?:^|\/)(.+?)(?:\/Branches\[(\d+)\]|\[(\d+)\])(?=\/|$)/gy;
  for (let m = re.exec(label); m !== null; m = re.exec(label)) {
    parts.push(m[2] !== undefined ? `Parallel "${m[1]}" branch ${Number(m[2]) + 1}` : `Map "${m[1]}" item ${m[3]}`);
  }
  return parts.length === 0 ? label : parts.join(' › ');
}
