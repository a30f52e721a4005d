/*
 * The side panel that shows a visited state's run facts and its last input and output (from the
 * execution overlay's StateRunInfo). Built with textContent only: state data is never parsed as HTML.
 */
import type { StateRunInfo } from '../../server/src/debugProtocol';
import { el } from './dom';

export function showRunInfo(panel: HTMLElement, info: StateRunInfo, onClose: () => void): void {
  const close = el('button', { type: 'button', class: 'close', 'aria-label': 'Close panel', title: 'Close (Escape)' });
  close.textContent = '×';
  close.addEventListener('click', onClose);
  const title = el('h2');
  title.textContent = info.name;
  const facts = el('div', { class: 'facts' });
  facts.textContent = factsLine(info);
  panel.replaceChildren(close, title, facts, ...section('Input', info.input), ...section('Output', info.output));
  panel.hidden = false;
}

export function hidePanel(panel: HTMLElement): void {
  panel.hidden = true;
  panel.replaceChildren();
}

function factsLine(info: StateRunInfo): string {
  const parts = [info.status, `entered ${info.entered}×`];
  if (info.retries > 0) parts.push(`${info.retries} retries`);
  if (info.error !== undefined) parts.push(`error ${info.error}`);
  const m = info.mapIterations;
  if (m !== undefined)
    parts.push(`iterations ${m.succeeded} ok, ${m.failed} failed, ${m.active} running of ${m.total}`);
  return parts.join(' · ');
}

function section(name: string, json: string | undefined): HTMLElement[] {
  const heading = el('h3');
  heading.textContent = name;
  const body = el('pre');
  body.textContent = json === undefined ? '(not recorded)' : pretty(json);
  return [heading, body];
}

function pretty(json: string): string {
  try {
    return JSON.stringify(JSON.parse(json), null, 2);
  } catch {
    return json; // cut at 10,000 characters by the adapter: show it as it came
  }
}
