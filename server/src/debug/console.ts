/*
 * Debug console text for history events as they happen (id, type, state, frame, short detail) and
 * for the end of an execution (status, then output or error and cause). Pure formatting.
 */
import type { ExecutionResult } from '../interpreter/execution';
import type { HistoryEvent } from '../interpreter/history';
import { cutJson } from '../launch/overlay';
import { describeFrame } from './frames';

const DETAIL_CUT = 200;

export function formatEvent(e: HistoryEvent): string {
  const name = e.details.name !== undefined && !e.type.startsWith('MapIteration') ? ` "${e.details.name}"` : '';
  const frame = e.frame === 'root' ? '' : `  [${describeFrame(e.frame)}]`;
  return `${String(e.id).padStart(5)} ${e.type}${name}${frame}${detail(e)}\n`;
}

function detail(e: HistoryEvent): string {
  const d = e.details;
  if (d.error !== undefined || d.cause !== undefined) return `: ${d.error ?? ''}${d.cause ? ` (${cut(d.cause)})` : ''}`;
  if (e.type.startsWith('MapIteration') && d.index !== undefined) return ` #${d.index}`;
  if (e.type === 'MapStateStarted' && d.length !== undefined) return ` (${d.length} items)`;
  if (e.type === 'ExecutionSucceeded') return ` ${cutJson(d.output ?? null, DETAIL_CUT)}`;
  return '';
}

function cut(text: string): string {
  return text.length <= DETAIL_CUT ? text : text.slice(0, DETAIL_CUT) + '…';
}

export function formatEnd(result: ExecutionResult): string {
  if (result.status === 'SUCCEEDED')
    return `status: SUCCEEDED\noutput: ${JSON.stringify(result.output ?? null, null, 2)}\n`;
  return `status: ${result.status}\nerror: ${result.error ?? ''}\ncause: ${result.cause ?? ''}\n`;
}
