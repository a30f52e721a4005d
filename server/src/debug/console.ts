/*
 * Debug console text for history events as they happen (id, type, state, frame, short detail) and
 * for the end of an execution (status, then output or error and cause). Pure formatting.
 */
import type { ExecutionResult } from '../interpreter/execution';
import type { HistoryEvent, HistoryLog } from '../interpreter/history';
import { cutJson } from '../launch/overlay';
import { describeFrame } from './frames';

const DETAIL_CUT = 200;
/**
 * A cut detail ends with three dots, not '…': one character outside Latin-1 makes V8 store the
 * whole batch of console lines (up to 5,000) as a two-byte string, which the DAP message's
 * JSON.stringify then reads four times slower.
 */
const MORE = '...';

/** The console line of the event at `index`, read in place: only events with details to show are built. */
export function formatEvent(log: HistoryLog, index: number): string {
  const type = log.typeAt(index);
  const label = log.frameAt(index);
  const name = log.nameAt(index);
  const shown = name !== undefined && !type.startsWith('MapIteration') ? ` "${name}"` : '';
  const frame = label === 'root' ? '' : `  [${frameText(label)}]`;
  const more = name === undefined ? detail(log.get(index)) : '';
  return `${String(index + 1).padStart(5)} ${type}${shown}${frame}${more}\n`;
}

const frameTexts = new Map<string, string>();

/** describeFrame, remembered for the labels of a run (a loop repeats the same few). */
function frameText(label: string): string {
  let text = frameTexts.get(label);
  if (text === undefined) {
    if (frameTexts.size > 10_000) frameTexts.clear();
    text = describeFrame(label);
    frameTexts.set(label, text);
  }
  return text;
}

function detail(e: HistoryEvent): string {
  const d = e.details;
  const name = d.name !== undefined && !e.type.startsWith('MapIteration') ? ` "${d.name}"` : '';
  if (d.error !== undefined || d.cause !== undefined)
    return `${name}: ${d.error ?? ''}${d.cause ? ` (${cut(d.cause)})` : ''}`;
  if (e.type.startsWith('MapIteration') && d.index !== undefined) return `${name} #${d.index}`;
  if (e.type === 'MapStateStarted' && d.length !== undefined) return `${name} (${d.length} items)`;
  if (e.type === 'ExecutionSucceeded') return `${name} ${cutJson(d.output ?? null, DETAIL_CUT, MORE)}`;
  return name;
}

function cut(text: string): string {
  return text.length <= DETAIL_CUT ? text : text.slice(0, DETAIL_CUT) + MORE;
}

export function formatEnd(result: ExecutionResult): string {
  if (result.status === 'SUCCEEDED')
    return `status: SUCCEEDED\noutput: ${JSON.stringify(result.output ?? null, null, 2)}\n`;
  return `status: ${result.status}\nerror: ${result.error ?? ''}\ncause: ${result.cause ?? ''}\n`;
}
